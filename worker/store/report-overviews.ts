/**
 * The report overview of a survey's latest release, kept in D1 (`report_overviews`): the one read
 * that builds a release's model stores what the overview sends, and every Worker isolate that has
 * not built that model serves it from here instead of parsing the release's rows and running the
 * analysis again (worker/routes/report.ts). One row per survey: only the latest release is read.
 */
import { eq, sql } from 'drizzle-orm';
import { reportOverviews } from '../../db/schema';
import type { Database } from './db';

export type StoredOverview = typeof reportOverviews.$inferSelect;

/** The overview stored for a survey, if any (which release and key it was built for is the caller's to check). */
export async function readStoredOverview(db: Database, surveyId: string): Promise<StoredOverview | undefined> {
  const [row] = await db.select().from(reportOverviews).where(eq(reportOverviews.surveyId, surveyId));
  return row;
}

/**
 * Stores the overview built for a release. A reader that built an older release's model (it read
 * before a newer release was made) never replaces a newer one's: the overview of a later release
 * is the one the next reader needs. A reader serves a stored body only under its own key, so an
 * overview stored under a key that has since changed (a partner renamed, a link issued, a fact
 * stated) costs the next reader a rebuild, never a figure the release does not hold.
 */
export async function storeOverview(db: Database, overview: StoredOverview): Promise<void> {
  await db
    .insert(reportOverviews)
    .values(overview)
    .onConflictDoUpdate({
      target: reportOverviews.surveyId,
      set: { sequence: overview.sequence, modelKey: overview.modelKey, body: overview.body },
      setWhere: sql`${reportOverviews.sequence} <= excluded.sequence`,
    });
}
