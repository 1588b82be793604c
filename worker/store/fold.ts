/**
 * Folding: adding the counters of submitted responses that wait in `pending_counts` to their
 * partner's aggregate rows, many responses in one merge per row; and reading live totals, which are
 * a row's `stats` plus its pending responses' counters (db/schema.ts, `aggregates`). A pending
 * response's counters are computed from its stored answers (`aggregateResponses`, as the submit
 * would have counted them): nothing but its key waits.
 *
 * A fold is one D1 batch: a guard that all the pending rows it read are still there, their
 * deletion, and one merge per group row with their summed counters and their number (`folded`).
 * Two folds of one partner at once read the same rows: the second's guard fails its whole batch,
 * so no counter is added twice, and a later submission starts another fold for whatever is left.
 * The submit batch starts one (`foldDue`) when a partner's pending responses reach FOLD_AT; the
 * nightly run folds whatever a survey that went quiet left pending (`foldEveryPending`).
 *
 * Why the merge writes counters into its SQL. A merge adds hundreds of counters, more than the 100
 * parameters D1 binds per statement, so `counterValues` writes keys and amounts as literals after
 * refusing (throwing on) any key outside COUNTER_KEY (letters, digits and `_ . : | @ * -`: no
 * quote, no backslash, no space, nothing that could end an SQL string or the quoted key of a JSON
 * path) and any amount that is not a safe integer. The keys are built from instrument ids, validated
 * option ids and scale values, and the partnership's partner ids (UUIDs) (worker/analysis/stats.ts),
 * which always pass; the check is what makes it safe, not where the keys come from. D1 counts the
 * rows of a table-valued function such as `json_each` as rows read; a `VALUES` list is no table.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { getInstrument, surveyItems } from '../../core/instrument';
import type { Answers, Item } from '../../core/instrument/types';
import { aggregates, foldChecks, pendingCounts, responses, surveys } from '../../db/schema';
import { addStats, aggregateResponses, type GroupTotals, type Stats } from '../analysis/stats';
import { stored } from './aggregates';
import type { Database } from './db';

/** The only characters a counter key may have when it is written into SQL. */
export const COUNTER_KEY = /^[A-Za-z0-9_.:|@*-]+$/;

/** Counters as an SQL `VALUES` list of (key, amount), after checking every key and amount. */
export function counterValues(stats: Readonly<Stats>): string {
  let rows = '';
  for (const key in stats) {
    const amount = stats[key]!;
    if (!COUNTER_KEY.test(key)) throw new Error(`counter key ${JSON.stringify(key)} has a character SQL could read`);
    if (!Number.isSafeInteger(amount)) throw new Error(`counter ${key} would add ${amount}, not a safe integer`);
    rows += `${rows ? ', ' : ''}('${key}', ${amount})`;
  }
  if (!rows) throw new Error('no counters to write');
  return `VALUES ${rows}`;
}

/** A partner's pending responses that start a fold; then every FOLD_AGAIN more, until one succeeds. */
export const FOLD_AT = 16;
const FOLD_AGAIN = 8;
/**
 * Pending responses one fold takes at most: bounds the CPU it spends on their answers' counters, and
 * keeps its guard and deletion within D1's 100 bound parameters (the survey, the partner, the keys).
 */
export const FOLD_MAX = 90;

/** Whether a submission that left its partner with `pending` responses pending starts a fold. */
export function foldDue(pending: number): boolean {
  return pending >= FOLD_AT && (pending - FOLD_AT) % FOLD_AGAIN === 0;
}

/** A live row: a group row's respondents and its counters with every pending response's added. */
export interface LiveRow extends GroupTotals {
  readonly partnerId: string;
  readonly groupKey: string;
}

/** The pending responses of a survey (of `partnerIds` when given), with their answers. */
function pendingResponses(db: Database, surveyId: string, partnerIds?: readonly string[]) {
  return db
    .select({ partnerId: pendingCounts.partnerId, submissionKey: pendingCounts.submissionKey, answers: responses.answers })
    .from(pendingCounts)
    .innerJoin(
      responses,
      and(
        eq(responses.surveyId, pendingCounts.surveyId),
        eq(responses.partnerId, pendingCounts.partnerId),
        eq(responses.submissionKey, pendingCounts.submissionKey),
      ),
    )
    .where(and(eq(pendingCounts.surveyId, surveyId), partnerIds ? inArray(pendingCounts.partnerId, [...partnerIds]) : undefined));
}

/**
 * The statement that adds `sum` (counters and their number of responses) to one group row: each
 * counter looked up and added inside SQL, then merged into the row's JSON (`json_patch`).
 */
export function mergeInto(db: Database, row: { surveyId: string; partnerId: string; groupKey: string }, sum: GroupTotals) {
  return db
    .update(aggregates)
    .set({
      folded: sql`${aggregates.folded} + ${sum.respondents}`,
      ...(Object.keys(sum.stats).length === 0
        ? {}
        : {
            stats: sql`json_patch(${stored}, (
              SELECT json_group_object(column1, column2 + coalesce(json_extract(${stored}, '$."' || column1 || '"'), 0))
              FROM (${sql.raw(counterValues(sum.stats))})
            ))`,
          }),
    })
    .where(and(eq(aggregates.surveyId, row.surveyId), eq(aggregates.partnerId, row.partnerId), eq(aggregates.groupKey, row.groupKey)));
}

/**
 * Adds up to FOLD_MAX of a partner's pending responses to its aggregate rows. Returns how many it
 * folded: 0 when none were pending, or when another fold took some of them first.
 */
export async function foldPending(db: Database, surveyId: string, partnerId: string, items: readonly Item[]): Promise<number> {
  const ofPartner = and(eq(pendingCounts.surveyId, surveyId), eq(pendingCounts.partnerId, partnerId));
  const rows = await pendingResponses(db, surveyId, [partnerId]).limit(FOLD_MAX);
  if (rows.length === 0) return 0;
  const taken = and(
    ofPartner,
    inArray(
      pendingCounts.submissionKey,
      rows.map((row) => row.submissionKey),
    ),
  );
  // Keyed `<partner>/<group>`, all of this partner.
  const merges = [...aggregateResponses(items, rows as { partnerId: string; answers: Answers }[])].map(([key, sum]) =>
    mergeInto(db, { surveyId, partnerId, groupKey: key.slice(partnerId.length + 1) }, sum),
  );
  try {
    await db.batch([
      // The guard: fails the batch (its CHECK) unless every row read is still pending.
      db.insert(foldChecks).values({ ok: sql`(SELECT count(*) FROM ${pendingCounts} WHERE ${taken}) = ${rows.length}` }),
      db.delete(foldChecks),
      db.delete(pendingCounts).where(taken),
      ...merges,
    ]);
  } catch (error) {
    if (/CHECK constraint failed/.test(String(error))) return 0;
    throw error;
  }
  return rows.length;
}

/**
 * The live rows of a survey's partners (every partner's when `partnerIds` is undefined): each
 * group row with its pending responses' counters added. One batch, so a fold in between cannot
 * count a response twice or not at all.
 */
export async function readLiveTotals(
  db: Database,
  surveyId: string,
  items: readonly Item[],
  partnerIds?: readonly string[],
): Promise<LiveRow[]> {
  const [rows, pending] = await db.batch([
    db
      .select({
        partnerId: aggregates.partnerId,
        groupKey: aggregates.groupKey,
        respondents: aggregates.respondents,
        stats: aggregates.stats,
      })
      .from(aggregates)
      .where(and(eq(aggregates.surveyId, surveyId), partnerIds ? inArray(aggregates.partnerId, [...partnerIds]) : undefined)),
    pendingResponses(db, surveyId, partnerIds),
  ]);
  const sums = aggregateResponses(items, pending as { partnerId: string; answers: Answers }[]);
  return rows.map((row) => {
    const sum = sums.get(`${row.partnerId}/${row.groupKey}`);
    return sum ? { ...row, stats: addStats({ ...row.stats }, sum.stats) } : row;
  });
}

/** A fold that failed, for the Worker's log: which survey and partner (ids only, no answers) and why. */
const logFoldFailure = (surveyId: string, partnerId: string, error: unknown) =>
  console.error(JSON.stringify({ level: 'error', event: 'fold_failed', surveyId, partnerId, error: String(error) }));

/**
 * The fold a submission starts once its answer is sent (`waitUntil`): nobody waits for it, so a
 * failure is logged, not thrown. Nothing is lost by one: the counters stay pending, every reader
 * of live totals adds them, and the next due submission folds them.
 */
export async function foldAfterSubmit(db: Database, surveyId: string, partnerId: string, items: readonly Item[]): Promise<void> {
  try {
    await foldPending(db, surveyId, partnerId, items);
  } catch (error) {
    logFoldFailure(surveyId, partnerId, error);
  }
}

/** Partners the nightly run folds at most: a night with more pending leaves the rest to the next. */
export const NIGHTLY_FOLD_PARTNERS = 500;

/**
 * The nightly run's fold: every partner's pending responses, of every survey. A partner whose
 * survey went quiet keeps its last fewer-than-FOLD_AT responses pending until the next submission
 * otherwise, and every release of its report counts them again from their answers. One partner's
 * failure is logged and leaves its responses pending (readers still count them), not the others'.
 */
export async function foldEveryPending(db: Database): Promise<{ partners: number; responses: number; failed: number }> {
  const waiting = await db
    .selectDistinct({
      surveyId: pendingCounts.surveyId,
      partnerId: pendingCounts.partnerId,
      instrumentVersion: surveys.instrumentVersion,
      sections: surveys.sections,
    })
    .from(pendingCounts)
    .innerJoin(surveys, eq(surveys.id, pendingCounts.surveyId))
    .limit(NIGHTLY_FOLD_PARTNERS);
  let folded = 0;
  let failed = 0;
  for (const { surveyId, partnerId, instrumentVersion, sections } of waiting) {
    try {
      const instrument = getInstrument(instrumentVersion);
      if (!instrument) throw new Error(`survey ${surveyId} uses unknown instrument version ${instrumentVersion}`);
      const items = surveyItems(instrument, sections);
      // FOLD_MAX at a time; fewer means none are left, or another fold took them.
      let taken: number;
      do {
        taken = await foldPending(db, surveyId, partnerId, items);
        folded += taken;
      } while (taken === FOLD_MAX);
    } catch (error) {
      failed += 1;
      logFoldFailure(surveyId, partnerId, error);
    }
  }
  return { partners: waiting.length, responses: folded, failed };
}
