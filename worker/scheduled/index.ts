/**
 * The Worker's scheduled run (the nightly cron in wrangler.toml): enforces retention dates. Locally
 * `wrangler dev --test-scheduled` triggers it at `/__scheduled?cron=…`.
 */
import { database, today } from '../store/db';
import { enforceRetention } from '../store/retention';

/** Runs retention for the day the trigger was scheduled on (UTC), so a late run deletes the same. */
export const scheduled: ExportedHandlerScheduledHandler<Env> = async (controller, env) => {
  const outcome = await enforceRetention(database(env.DB), today(new Date(controller.scheduledTime)));
  // Counts only: nothing here identifies a respondent or a link.
  console.log(JSON.stringify({ level: 'info', event: 'retention', cron: controller.cron, ...outcome }));
};
