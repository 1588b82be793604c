/**
 * The Worker: the API under `/api` (the assets layer serves the web app for every other path), and
 * the scheduled run that enforces retention dates.
 */
import { api } from './app';
import { scheduled } from './scheduled';

export type { AppType } from './app';

export default {
  fetch: api.fetch,
  scheduled,
} satisfies ExportedHandler<Env>;
