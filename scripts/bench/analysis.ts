/**
 * Analysis: what a report and a respondent cost. Three parts.
 *
 * 1. CPU (analysis/cpu.ts): the report routes' CPU for 20 partners × 250 respondents on the
 *    instrument as built (the overview computed for a new release and served from the kept model,
 *    its JSON against the whole model's, the figures, a pair), repeated, timed with
 *    `process.cpuUsage`; also at 50 respondents and on a made-up 70-item stand-in (analysis/stand-in.ts).
 *    The overview's steps again inside workerd itself, per request (analysis/runtime.ts).
 * 2. D1 (analysis/d1.ts): the Worker's own routes against a real local D1 with every statement's
 *    `meta` recorded: rows read by each report route, and rows read and written, queries and round
 *    trips per submission and per draft save.
 * 3. One database's capacity: respondents going through the whole protocol on a full survey give
 *    what one respondent costs the database; with D1's one-writer-at-a-time rule that says how many
 *    respondents a minute one database takes, and the database's growth what its 10 GB hold.
 *
 * Prints a Markdown section; `npm run bench -- analysis` writes it to BENCHMARKS.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPlatformProxy } from 'wrangler';
import { currentInstrument, surveyItems } from '../../core/instrument';
import { COMMENT_SAMPLE_SIZE } from '../../worker/store/comments';
import { FOLD_AT } from '../../worker/store/fold';
import { applyMigrations, root } from '../local/server';
import { type CpuFigures, measureCpu, PARTNERS, percentile, RUNS, sections, type Timing } from './analysis/cpu';
import { type BenchEnv, CONCURRENCY, type D1Figures, measureD1, PROTOCOL_DRAFTS, type RequestCost, retries } from './analysis/d1';
import { measureRuntimeCpu, RUNTIME_STEPS, RUNTIME_WARM_UP, type RuntimeStep } from './analysis/runtime';
import { standInInstrument } from './analysis/stand-in';
import { measureUpsert, UPSERT_RUNS, type UpsertFigures } from './analysis/upsert';

const RESPONDENTS = 5000;
const SMALL = 50;
/** At 5,000 respondents, every tenth submits through the route; the rest are bulk-loaded. */
const ROUTE_EVERY = 10;
const PROTOCOL_RESPONDENTS = 100;
/** Issue 13's budget per submission. */
const BUDGET = { rowsRead: 20, rowsWritten: 10 };
/** D1's documented rule of thumb: an average query of 1 ms lets one database run about 1,000 a second. */
const D1_MS_PER_QUERY = 1;
const D1_LIMIT_BYTES = 10 * 1024 ** 3;

const ms = (value: number) => value.toFixed(2);
const summary = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? 0 };
};
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const thousands = (value: number) => Math.round(value).toLocaleString('en-GB');

const asBuilt = `v${currentInstrument.version} as built`;
const cpu = [
  measureCpu(asBuilt, currentInstrument, RESPONDENTS / PARTNERS),
  measureCpu(asBuilt, currentInstrument, Math.ceil(SMALL / PARTNERS)),
  measureCpu('stand-in', standInInstrument(), RESPONDENTS / PARTNERS),
];
const runtime = await measureRuntimeCpu(RESPONDENTS / PARTNERS);

const persistTo = mkdtempSync(join(tmpdir(), 'samenwaarde-analysis-'));
applyMigrations(persistTo);
const proxy = await getPlatformProxy<BenchEnv>({ configPath: `${root}wrangler.toml`, persist: { path: join(persistTo, 'v3') } });
let small: D1Figures;
let large: D1Figures;
let upsert: UpsertFigures;
try {
  small = await measureD1(proxy.env, SMALL, 1, currentInstrument);
  large = await measureD1(proxy.env, RESPONDENTS, ROUTE_EVERY, currentInstrument, PROTOCOL_RESPONDENTS);
  upsert = await measureUpsert(proxy.env.DB, currentInstrument);
} finally {
  await proxy.dispose();
  rmSync(persistTo, { recursive: true, force: true });
}

// Per submission: the whole submit request. "Steady" leaves out the one-off of an isolate's first
// request for a partnership (its partners read for the cache).
const steady = large.submissions.filter((s) => !s.coldCache);
const read = summary(steady.map((s) => s.rowsRead));
const written = summary(steady.map((s) => s.rowsWritten));
const allRead = summary(large.submissions.map((s) => s.rowsRead));
const allWritten = summary(large.submissions.map((s) => s.rowsWritten));
const byCase = (comments: boolean, drafted: boolean) => {
  const matching = steady.filter((s) => s.comments > 0 === comments && s.drafted === drafted);
  if (matching.length === 0) return '–';
  const of = (key: keyof RequestCost) => summary(matching.map((s) => s[key] as number));
  return `${of('rowsRead').median} / ${of('rowsWritten').median} (max ${of('rowsRead').max} / ${of('rowsWritten').max}), ${of('roundTrips').median} round trips, ${of('queries').median} queries`;
};
const withinBudget = read.max <= BUDGET.rowsRead && written.max <= BUDGET.rowsWritten;
// A late submission with comments and no draft: its partner's group rows exist already.
const typical = steady.findLast((s) => s.comments > 0 && !s.drafted) ?? steady.at(-1)!;
const draft = (key: keyof RequestCost) => summary(large.drafts.map((d) => d[key] as number)).median;

// One respondent's whole protocol on the full survey, with its share of the folds the route
// submissions started (the protocol's few respondents per partner start none themselves).
const foldShare = (key: 'rowsRead' | 'rowsWritten' | 'queries' | 'roundTrips' | 'duration') =>
  large.folds.reduce((sum, f) => sum + f[key], 0) / (large.submissions.length + large.protocol.length);
const per = (key: 'rowsRead' | 'rowsWritten' | 'queries' | 'roundTrips' | 'duration') =>
  mean(large.protocol.map((p) => p[key])) + foldShare(key);
const fold = (key: keyof RequestCost) => summary(large.folds.map((f) => f[key] as number));
const sqliteMs = per('duration');
const perMinuteMeasured = 60_000 / sqliteMs;
const perMinuteByRule = 60_000 / (per('queries') * D1_MS_PER_QUERY);
const bytesPerRespondent = (large.size.after - large.size.before) / large.respondents;
const respondentsPerDatabase = D1_LIMIT_BYTES / bytesPerRespondent;

// The overview as most reads find it: its release's model kept, no counters read.
const ratio = large.routes.overviewServed.rowsRead / small.routes.overviewServed.rowsRead;
const textItems = surveyItems(currentInstrument, sections).filter((item) => item.format === 'text').length;
/** The start of a statement's SQL, for a table cell. */
const statementLabel = (sql: string) => `${sql.replace(/\s+/g, ' ').slice(0, 64).replaceAll('|', '\\|')}…`;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const timing = (t: Timing) => `${ms(t.median)} / ${ms(t.p95)}`;
const cpuRow = (c: CpuFigures) =>
  `| ${c.label} (${c.items} items) | ${c.respondents} | ${timing(c.parse)} (${kB(c.rowBytes)}); as objects ${timing(c.parseObjects)} (${kB(c.objectBytes)}) | ${timing(c.build)} | **${timing(c.cold)}** | **${timing(c.stored)}** | **${timing(c.served)}** | **${kB(c.overviewBytes)}** (${kB(c.modelBytes)}) | ${timing(c.figures)} (${kB(c.figuresBytes)}) | ${ms(c.pair.median)} | ${ms(c.breakdowns.median)} |`;
const runtimeSteps: Record<RuntimeStep, string> = {
  idle: 'a request that does nothing (the floor of every row)',
  computed: 'overview computed (parse the rows, `buildReport`, cut, JSON)',
  parse: '… its first part alone: read the rows back',
  analysis: '… its second part alone: `buildReport`, cut and JSON, from rows read once',
  'parse-objects': 'for comparison: parse the rows as stored before (JSON objects)',
  stored: 'overview stored (key compared, body parsed, JSON)',
  served: 'overview served (kept model, cut, JSON)',
  send: `sending the overview's ${kB(cpu[0]!.overviewBytes)} as a response`,
};
const runtimeRow = (step: RuntimeStep) => `| ${runtimeSteps[step]} | ${timing(runtime.thread[step])} | ${timing(runtime.process[step])} |`;
const routeRow = (name: string, key: keyof D1Figures['routes'], note: string) =>
  `| ${name} | ${small.routes[key].rowsRead} | ${large.routes[key].rowsRead} | ${note} |`;
/** A burst of invitations: `share` of a partnership's respondents answering within `minutes`. */
const burst = (partners: number, staff: number, share: number, minutes: number) => {
  const perMinute = (partners * staff * share) / minutes;
  return `| ${partners} × ${thousands(staff)} staff, ${share * 100} % within ${minutes} min | ${thousands(perMinute)} | ${(perMinute / perMinuteMeasured).toFixed(2)} | ${(perMinute / perMinuteByRule).toFixed(2)} |`;
};

console.log(`## Analysis: report cost at ${PARTNERS} partners, and what a respondent costs D1

Method: \`scripts/bench/analysis.ts\` (parts in \`scripts/bench/analysis/\`).

**CPU.** Synthetic answers (\`db/seed/synthetic.ts\`, each partner with its own leanings) for ${PARTNERS} partners
are summed into aggregate rows exactly as the submit batch sums them (\`aggregateResponses\`). Each figure is
the CPU time (\`process.cpuUsage\`, user + system, one Node ${process.version} process) of ${RUNS} repetitions after
20 warm-up runs, median / p95, in ms, of the steps the route runs (\`scripts/bench/analysis/cpu.ts\`).
"Parse rows" reads every partner's \`all\` row back from the form \`released_aggregates.stats\` stores it in
(the values in a layout of keys shared per instrument version: \`worker/store/released-counters.ts\`; the
overview reads no other row), with the rows' bytes; "as objects" parses the same rows stored as JSON objects,
as every row was before that form. The overview is \`GET /api/report\`: "computed" is a release this isolate has
not built yet and no other isolate stored either (parse the rows, \`buildReport\`, cut the overview,
\`JSON.stringify\`): the one read per release (and per change of a partner's name, mark or facts, or of an open
link) that builds it. "Stored" is the first read of that release in every other isolate: the overview the
building read stored in D1 (\`report_overviews\`, \`worker/store/report-overviews.ts\`; its key compared,
its body parsed and sent again). "Served" is every later read in an isolate that built the model, from the
model it kept (\`worker/routes/report-cache.ts\`: the key, the kept model, cut, JSON). Its JSON is the overview's size, with the whole model's (what it
sent before it was cut in two) in brackets. Figures is \`GET /api/report/figures\` (served), the rest of the
model, fetched when a reader opens a detail or prints the full report. Pair is \`GET /api/report/pair\`: it
parses the rows (a pair's comparisons need the counters) and takes its verdicts from the kept model;
breakdowns is one partner's. The respondent count changes the counters' values, never their number, so the
time should not move with it. The stand-in row is a made-up instrument of 70 items
(\`scripts/bench/analysis/stand-in.ts\`); \`${asBuilt}\` is whatever \`core/instrument/v${currentInstrument.version}/\`
holds at the time of the run. Issue 13's budget for the overview at ${PARTNERS} × 5,000: CPU (parse, analysis, JSON) ≤ 5 ms at p95,
JSON ≤ 150 kB.

| instrument | respondents | parse rows | buildReport | overview computed | overview stored | overview served | overview JSON (whole model) | figures served (JSON) | pair | breakdowns |
|---|---|---|---|---|---|---|---|---|---|---|
${cpu.map(cpuRow).join('\n')}

**In the runtime** (\`scripts/bench/analysis/runtime.ts\`). Node ${process.version} has an older V8 than workerd, the runtime the
Worker runs on, so the overview's steps also run inside workerd (Miniflare, one request per step, one at a
time, the ${asBuilt} instrument at ${RESPONDENTS} respondents), and each request's CPU is read from outside, from
\`/proc\` (\`schedstat\`, nanoseconds per thread): on the thread that ran its JavaScript, and on all of workerd's
threads, which adds the garbage collector's helper threads. Every row includes what any request costs;
the steps answer with their JSON's length, and sending the overview's bytes is a row of its own. Median / p95
of ${RUNS} requests of each step, one step after the other, each after ${RUNTIME_WARM_UP} warm-up requests of its own and all
after 20 rounds of every step (which collect what preparing the synthetic partnership left), in ms. With 20
warm-up requests, as in Node, ten of a step's first timed requests still took up to twice its usual CPU while
the isolate settled (its compiler optimising the analysis, the steps before it still being collected).

| step | the request's thread | all threads |
|---|---|---|
${RUNTIME_STEPS.map(runtimeRow).join('\n')}

A release's overview is computed once, so in an isolate that has rarely built one, the analysis runs before
it is optimised: the first overview computed in the isolate above (its second build: preparing built the
stored overview once), with the garbage preparing left, took ${ms(runtime.firstComputed.thread)} ms on the request's thread
(${ms(runtime.firstComputed.process)} ms on all threads).

**D1.** wrangler's \`getPlatformProxy\` gives a local D1 (workerd's SQLite, the committed migrations); the
Worker's Hono app (\`worker/app.ts\`) runs in Node with that binding behind a wrapper that records the
\`meta\` D1 returns for every statement (\`rows_read\`, \`rows_written\`, \`duration\`; drizzle reads selects with
\`raw()\`, which has no meta, so the wrapper runs \`all()\` and hands back the rows as arrays, as drizzle's batch
path does). Two surveys of ${PARTNERS} partners with all sections, k = 5: ${SMALL} respondents (2–3 per partner), all
submitted through \`POST /api/respond/submit\`, and ${RESPONDENTS} (${RESPONDENTS / PARTNERS} per partner), of which every ${ROUTE_EVERY}th submitted
through the route and the rest loaded in bulk (response and comment rows inserted directly, every
aggregate row set to the totals \`aggregateResponses\` computes for all ${RESPONDENTS}, which is what the submit
batch leaves behind: \`test/integration/aggregates.test.ts\` checks that). Route submissions run ${CONCURRENCY} at a
time, each on its own single-use link; one in four saved a draft first; one in three respondents
answered the ${textItems} open question(s). ${retries} requests were retried after the proxy transport dropped
them. Then each report route was called once with the organiser link; "rows read" is the sum over
every statement the request ran.

| route | rows read at ${SMALL} | rows read at ${RESPONDENTS} | reads |
|---|---|---|---|
${routeRow('`GET /api/report` (overview), first read', 'overview', `link, partnership, ${PARTNERS} partners, surveys, the release (made now), then with the model not kept, the release again with one \`all\` row per partner`)}
${routeRow('`GET /api/report` (overview), again', 'overviewServed', 'link, partnership, partners, surveys, the release without its counters: the model is kept')}
${routeRow('`GET /api/report/figures`', 'figures', 'as the overview read again')}
${routeRow('`GET /api/report/pair`', 'pair', "the release with every partner's `all` row (a pair's comparisons need the counters; its verdicts come from the kept model)")}
${routeRow('`GET /api/report/breakdowns`', 'breakdowns', "one partner's group rows")}
${routeRow('`GET /api/report` (overview), first read in another isolate', 'overviewStored', 'as the overview read again, then the stored overview (one row): this isolate kept no model')}
${routeRow('`GET /api/report/comments`', 'comments', `respondent counts, then ≤ ${COMMENT_SAMPLE_SIZE} per eligible partner × question (${large.routes.comments.commentRows} comment rows at ${RESPONDENTS}; none at ${SMALL}: no partner has 10)`)}

The overview read again (its release's model kept), rows read at ${RESPONDENTS} ÷ at ${SMALL}: **${ratio.toFixed(3)}**. By statement (a range
read through an index may read one row past its end, a row of another partnership, which is where the two surveys differ):

| overview statement (read again) | rows read at ${SMALL} | at ${RESPONDENTS} |
|---|---|---|
${large.routes.overviewServed.byStatement.map((m, i) => `| \`${statementLabel(m.sql)}\` | ${small.routes.overviewServed.byStatement[i]?.meta.rows_read ?? '–'} | ${m.meta.rows_read} |`).join('\n')}

**Per submission** (every statement of the whole \`POST /api/respond/submit\` request: the link lookup and the
submit batch; D1 counts a row in a table and one in each index it writes), over the ${steady.length} route submissions of
the ${RESPONDENTS}-respondent survey that were not an isolate's first read of the partnership's partners (a new
group row is written once, as an updated one is: the tables are WITHOUT ROWID): rows read median **${read.median}**, p95 ${read.p95}, max **${read.max}**; rows written median **${written.median}**,
p95 ${written.p95}, max **${written.max}** (budget: ${BUDGET.rowsRead} read, ${BUDGET.rowsWritten} written, with or without comments:
**${withinBudget ? 'met' : 'not met'}**). Over all ${large.submissions.length}, one-offs included: read max ${allRead.max}, written max ${allWritten.max}
(${large.submissions.filter((s) => s.coldCache).length} read the partners, ${PARTNERS} rows, once per isolate).
The ${large.submissions.length} route submissions started **${large.folds.length} folds** (each run after its submission's response, when its partner had
${FOLD_AT} responses pending; \`worker/store/fold.ts\`): per fold, median, rows read ${fold('rowsRead').median}, rows written ${fold('rowsWritten').median},
${fold('queries').median} queries, ${ms(fold('duration').median)} ms of SQLite; per submission, spread over all of them, ${foldShare('rowsRead').toFixed(1)} rows read and
${foldShare('rowsWritten').toFixed(1)} written more.
Rows read / written by case (median): no comment, no draft ${byCase(false, false)}; no comment after a draft
${byCase(false, true)}; with comments ${byCase(true, false)}; comments after a draft ${byCase(true, true)}.
A draft save reads ${draft('rowsRead')} and writes ${draft('rowsWritten')} rows in ${draft('roundTrips')} round trips (median of ${large.drafts.length}).
A late submission with comments, statement by statement:

| statement | rows written | rows read |
|---|---|---|
${typical.statements.map((s) => `| \`${statementLabel(s.sql)}\` | ${s.meta.rows_written} | ${s.meta.rows_read} |`).join('\n')}

**Why a submission stores its counters as pending** (\`scripts/bench/analysis/upsert.ts\`). Merging a response's
counters into its partner's \`all\` row (${kB(upsert.storedBytes)} of JSON after 250 responses) was most of a submission's
SQLite time: every counter is looked up and added inside SQLite's JSON functions, then merged. A submission now
stores its counters in \`pending_counts\` and a fold merges ${FOLD_AT} responses at once (\`worker/store/fold.ts\`). The
fold's merge as \`mergeInto\` builds it, on a scratch copy of the row in the same local D1 (D1's \`duration\`, mean of
${UPSERT_RUNS} runs):

| the merge into the \`all\` row | counters | SQLite ms | per response |
|---|---|---|---|
${upsert.variants.map((v) => `| ${v.label} | ${v.counters} | ${ms(v.sqliteMs)} | **${ms(v.perResponseMs)}** |`).join('\n')}

The cost is per counter merged, and the responses of a fold share most of their counters (the same points of the
same scales), so a fold costs each response a fraction of its own merge; the breakdown groups' rows gain the same
way. What each submission still runs is in the table above (per statement).

**One database's capacity.** ${large.protocol.length} more respondents, one after another on the full ${RESPONDENTS}-respondent
survey, each open their link, save ${PROTOCOL_DRAFTS} growing drafts and submit (one in three with comments). Per respondent,
on average, its share of the folds included: **${per('roundTrips').toFixed(1)} round trips, ${per('queries').toFixed(1)} queries, ${per('rowsRead').toFixed(1)} rows read, ${per('rowsWritten').toFixed(1)} rows written**, and
**${ms(sqliteMs)} ms** of SQLite time (D1's \`duration\`, whole milliseconds per statement on this machine, averaged). A D1
database runs one query at a time ("your maximum throughput is directly related to the duration of your
queries": about 1,000 a second at ${D1_MS_PER_QUERY} ms each), and every respondent query goes to the primary. So one database
takes about **${thousands(perMinuteMeasured)} respondents a minute** by the measured SQLite time, or **${thousands(perMinuteByRule)} a minute** if each
query costs D1's round ${D1_MS_PER_QUERY} ms (the cautious figure: it counts the database's own per-query work). The database
grew by **${thousands(bytesPerRespondent)} bytes per respondent** (${thousands(large.size.before)} → ${thousands(large.size.after)} bytes for ${large.respondents} respondents: responses,
comments, links; drafts are deleted at submit), so D1's 10 GB limit holds about **${thousands(respondentsPerDatabase)} respondents**.
When a survey's invitations go out, this share of one database's capacity (above 1 it needs more than one;
docs/scaling.md says how):

| burst | respondents a minute | × one database (measured) | × one database (${D1_MS_PER_QUERY} ms a query) |
|---|---|---|---|
${burst(20, 5_000, 0.2, 60)}
${burst(20, 5_000, 0.5, 60)}
${burst(20, 5_000, 0.2, 10)}
${burst(100, 5_000, 0.2, 10)}
`);

if (!withinBudget) {
  console.error(
    `per-submission budget not met: rows read max ${read.max} (≤ ${BUDGET.rowsRead}), written max ${written.max} (≤ ${BUDGET.rowsWritten})`,
  );
  process.exitCode = 1;
}
