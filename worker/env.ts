import type { Database } from './store/db';
import type { CapabilityLink } from './store/links';
import type { RespondentLink } from './store/respondent-link';

/** Hono's environment for every route: the Worker's bindings and what the access guard resolved. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    link: CapabilityLink;
    /** Set on respondent routes only (`requireRespondentLink`). */
    respondent: RespondentLink;
    /** The secret the link was presented with: an organiser link's unwraps its copy of the data key. */
    secret: string;
    db: Database;
  };
}

declare global {
  namespace Cloudflare {
    interface Env {
      /**
       * Set only under local development (`wrangler dev --var`, scripts/local/server.ts): the local
       * outbox that stands in for the Email Service. No deployed configuration has it.
       */
      OUTBOX_URL?: string;
    }
  }
}
