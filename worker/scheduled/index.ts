/**
 * The Worker's scheduled run (the nightly cron in wrangler.toml): enforces retention dates, then
 * folds the counters of responses still pending (worker/store/fold.ts). Locally
 * `wrangler dev --test-scheduled` triggers it at `/__scheduled?cron=…`.
 */
import { database, today } from '../store/db';
import { foldEveryPending } from '../store/fold';
import { enforceRetention } from '../store/retention';

/** Runs retention for the day the trigger was scheduled on (UTC), so a late run deletes the same. */
export const scheduled: ExportedHandlerScheduledHandler<Env> = async (controller, env) => {
  const db = database(env.DB);
  const outcome = await enforceRetention(db, today(new Date(controller.scheduledTime)));
  // Counts only: nothing here identifies a respondent or a link.
  console.log(JSON.stringify({ level: 'info', event: 'retention', cron: controller.cron, ...outcome }));
  // After retention: the responses it deleted are no longer pending.
  const folds = await foldEveryPending(db);
  console.log(JSON.stringify({ level: folds.failed > 0 ? 'error' : 'info', event: 'nightly_fold', cron: controller.cron, ...folds }));
};
