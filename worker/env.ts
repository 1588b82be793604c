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
    db: Database;
  };
}
