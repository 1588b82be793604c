/**
 * Analysis: what a report costs. Two parts.
 *
 * 1. CPU: `buildReport` (and the JSON it is sent as) for 20 partners × 250 respondents on the
 *    instrument as built (`currentInstrument`, all sections), repeated, timed with
 *    `process.cpuUsage`. Also at 50 respondents (the counters do not grow with respondents, so
 *    neither should the time), and on a made-up 70-item stand-in (analysis/stand-in.ts), so the
 *    figure shows what a larger instrument would cost.
 * 2. D1: the Worker's own routes (`worker/app.ts`) run in Node against a real local D1 from
 *    wrangler's `getPlatformProxy` (workerd's SQLite, D1's own `meta`), with every D1 call going
 *    through a measuring wrapper. Respondents submit through the real submit route; then each
 *    report route is called once and the `rows_read` of every statement it ran is added up.
 *
 * Prints a Markdown section; `npm run bench -- analysis` writes it to BENCHMARKS.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { D1Database, D1PreparedStatement } from '@cloudflare/workers-types';
import { hc } from 'hono/client';
import { getPlatformProxy } from 'wrangler';
import { currentInstrument, surveyItems } from '../../core/instrument';
import { type Answers, type Instrument, type Item, type SectionId, sectionIds } from '../../core/instrument/types';
import { randomProfile, seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { buildBreakdowns, buildPairDetail, buildReport, type ReportInput } from '../../worker/analysis';
import { ALL_GROUP, aggregateResponses } from '../../worker/analysis/stats';
import { type AppType, api as app } from '../../worker/app';
import { COMMENT_SAMPLE_SIZE } from '../../worker/store/comments';
import { applyMigrations, root } from '../local/server';
import { Collector, type Meta, measuredD1 } from './analysis/measured-d1';
import { standInInstrument } from './analysis/stand-in';
import { benchPartnerId, reportInputFrom } from './partnership';

const PARTNERS = 20;
const RESPONDENTS = 5000;
const SMALL = 50;
const RUNS = 200;
const CONCURRENCY = 8;
/** At 5,000 respondents, every tenth submits through the route; the rest are bulk-loaded. */
const ROUTE_EVERY = 10;
const sections: SectionId[] = [...sectionIds];
const log = (message: string) => process.stderr.write(`${message}\n`);

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (value: number) => value.toFixed(2);

// ---------------------------------------------------------------------------------------------
// Synthetic partnership: each partner leans its own way, so there is real alignment and conflict.

const partnerIds = Array.from({ length: PARTNERS }, (_, i) => benchPartnerId(i));

function respondentsFor(instrument: Instrument, perPartner: (index: number) => number, seed: number, ids = partnerIds) {
  const random = seededRandom(seed);
  return ids.flatMap((partnerId, index) => {
    const profile = randomProfile(instrument, sections, random);
    const others = ids.filter((id) => id !== partnerId);
    return Array.from({ length: perPartner(index) }, () => ({
      partnerId,
      answers: syntheticAnswers({ instrument, sections, otherPartnerIds: others, profile, random, skipOptional: 0.1 }),
    }));
  });
}

/** The overview's input as the report route builds it, and the `all` rows' counters as JSON (what the route parses). */
function overviewInput(instrument: Instrument, responses: { partnerId: string; answers: Answers }[]): { input: ReportInput; rows: string } {
  const input = reportInputFrom(instrument, sections, partnerIds, responses);
  const rows = [...input.stats.values()].map((groups) => JSON.stringify(groups.get(ALL_GROUP)!.stats));
  return { input, rows: `[${rows.join(',')}]` };
}

/** Milliseconds of CPU (user + system) `run` takes, median and p95 over RUNS after a warm-up. */
function cpuTime(run: () => unknown): { median: number; p95: number } {
  for (let i = 0; i < 20; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const before = process.cpuUsage();
    run();
    const spent = process.cpuUsage(before);
    times.push((spent.user + spent.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

interface CpuFigures {
  readonly label: string;
  readonly items: number;
  readonly respondents: number;
  readonly build: { median: number; p95: number };
  readonly serialise: { median: number; p95: number };
  readonly total: { median: number; p95: number };
  readonly parse: { median: number; p95: number };
  readonly jsonBytes: number;
  readonly rowBytes: number;
  readonly pair: { median: number; p95: number };
  readonly breakdowns: { median: number; p95: number };
}

function measureCpu(label: string, instrument: Instrument, perPartner: number): CpuFigures {
  log(`cpu: ${label}, ${PARTNERS} × ${perPartner} respondents`);
  const responses = respondentsFor(instrument, () => perPartner, 7);
  const { input, rows } = overviewInput(instrument, responses);
  const overview = {
    input: { ...input, stats: new Map([...input.stats].map(([id, groups]) => [id, new Map([[ALL_GROUP, groups.get(ALL_GROUP)!]])])) },
  };
  const built = buildReport(overview.input);
  const json = JSON.stringify(built);
  return {
    label,
    items: surveyItems(instrument, sections).length,
    respondents: perPartner * PARTNERS,
    build: cpuTime(() => buildReport(overview.input)),
    serialise: cpuTime(() => JSON.stringify(built)),
    total: cpuTime(() => JSON.stringify(buildReport(overview.input))),
    parse: cpuTime(() => JSON.parse(rows)),
    jsonBytes: json.length,
    rowBytes: rows.length,
    pair: cpuTime(() => JSON.stringify(buildPairDetail(overview.input, partnerIds[0]!, partnerIds[1]!))),
    breakdowns: cpuTime(() => JSON.stringify(buildBreakdowns(input, partnerIds[0]!))),
  };
}

// ---------------------------------------------------------------------------------------------
// D1: the real routes against a local D1, every statement's meta collected.

interface Submission {
  readonly rowsWritten: number;
  readonly rowsRead: number;
  readonly comments: number;
  readonly drafted: boolean;
  readonly statements: { sql: string; meta: Meta }[];
}

interface D1Figures {
  readonly respondents: number;
  readonly routes: Record<
    'overview' | 'pair' | 'breakdowns' | 'comments',
    { rowsRead: number; statements: number; commentRows: number; byStatement: { sql: string; meta: Meta }[] }
  >;
  readonly submissions: Submission[];
  readonly seconds: number;
}

/**
 * The platform proxy's transport (HTTP into workerd) can drop a call when the machine is busy; the
 * request then fails with a 500. Requests are retried, as the respondent app retries (a submission
 * keeps its id, so a retry never stores it twice), and counted.
 */
let retries = 0;
async function attempt<T extends { status: number }>(request: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    const res = await request();
    if (res.status < 500 || tries === 5) return res;
    retries++;
  }
}

/** The Worker's bindings as the platform proxy provides them. */
type BenchEnv = { readonly DB: D1Database } & Record<string, unknown>;

/** Text answers for one in three respondents, on every open question. */
function withComments(index: number, answers: Answers, textItems: readonly Item[]): Answers {
  if (index % 3 !== 0) return answers;
  return { ...answers, ...Object.fromEntries(textItems.map((item) => [item.id, `Opmerking ${index} over ${item.id}`])) };
}

/**
 * One survey of PARTNERS partners and `total` respondents. Every `routeEvery`-th respondent submits
 * through the real submit route on its own single-use link (one in three of those saves a draft
 * first); these submissions give the rows-written figures. The others are loaded in bulk: their
 * response and comment rows inserted directly, and at the end every aggregate row set to the
 * totals of all respondents as `aggregateResponses` computes them, which is what the submit batch
 * leaves behind (test/integration/aggregates.test.ts shows the two agree). The report reads only
 * the final rows, so it sees the same database either way.
 */
async function measureD1(env: BenchEnv, total: number, routeEvery: number, instrument: Instrument): Promise<D1Figures> {
  log(`d1: ${total} respondents over ${PARTNERS} partners`);
  const call = (secret?: string) => {
    const collector = new Collector();
    const client = hc<AppType>('http://bench.local', {
      fetch: (input: RequestInfo | URL, init?: RequestInit) =>
        app.fetch(new Request(input, init), { ...env, DB: measuredD1(env.DB, collector) } as never),
      headers: secret ? { authorization: `Bearer ${secret}` } : {},
    }).api;
    return { client, collector };
  };

  const created = await attempt(() =>
    call().client.partnerships.$post({
      json: {
        partnership: { name: 'Bench', challenge: 'Rows read per report', collaborationFunction: 'operational_alignment', horizon: '2030' },
        partners: Array.from({ length: PARTNERS }, (_, i) => ({
          name: `Partner ${i + 1}`,
          sector: 'public' as const,
          expectedStaff: null,
          shownAsOrganisation: false,
        })),
        survey: { title: `Bench ${total}`, sections, languages: ['nl'], minGroupSize: 5, closesOn: null, retainUntil: null },
      },
    }),
  );
  if (created.status !== 201) throw new Error(`creating the partnership failed: ${created.status} ${await created.text()}`);
  const { organiserSecret, surveyId, partnerIds: ids } = await created.json();
  const organiser = call(organiserSecret).client;
  const perPartner = (index: number) => Math.floor(total / PARTNERS) + (index < total % PARTNERS ? 1 : 0);
  const items = surveyItems(instrument, sections);
  const textItems = items.filter((item) => item.format === 'text');

  const respondents = respondentsFor(instrument, perPartner, 11, ids).map((r, index) => ({
    ...r,
    answers: withComments(index, r.answers, textItems),
    index,
  }));
  const viaRoute = respondents.filter((r) => r.index % routeEvery === 0);
  const secrets = new Map<number, string>();
  for (const partnerId of ids) {
    const mine = viaRoute.filter((r) => r.partnerId === partnerId);
    for (let from = 0; from < mine.length; from += 500) {
      const batch = mine.slice(from, from + 500);
      const res = await attempt(() =>
        organiser.organiser.links.$post({ json: { scope: 'respondent_single', surveyId: surveyId!, partnerId, count: batch.length } }),
      );
      if (res.status !== 201) throw new Error(`issuing links failed: ${res.status} ${await res.text()}`);
      for (const [i, link] of (await res.json()).links.entries()) secrets.set(batch[i]!.index, link.secret);
    }
  }

  // Through the real route, CONCURRENCY at a time; only the attempt that stored a response is measured.
  const submissions: Submission[] = [];
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < viaRoute.length) {
      const order = next++;
      const { index, answers } = viaRoute[order]!;
      const secret = secrets.get(index)!;
      const submissionId = `bench${index}x${crypto.randomUUID().replaceAll('-', '')}`;
      const drafted = order % 4 === 1;
      if (drafted)
        await attempt(() => call(secret).client.respond.draft.$put({ json: { submissionId, language: 'nl', answers: answers as never } }));
      let collector = new Collector();
      const res = await attempt(() => {
        const measured = call(secret);
        collector = measured.collector;
        return measured.client.respond.submit.$post({ json: { submissionId, language: 'nl', answers: answers as never } });
      });
      if (res.status === 200) continue; // stored by an attempt whose reply was lost: not measured
      if (res.status !== 201) throw new Error(`a submission was refused: ${res.status} ${await res.text()}`);
      const batch = collector.batches.find((b) => b.some((m) => /insert into "responses"/.test(m.sql)))!;
      submissions.push({
        rowsWritten: batch.reduce((sum, m) => sum + m.meta.rows_written, 0),
        rowsRead: batch.reduce((sum, m) => sum + m.meta.rows_read, 0),
        comments: textItems.filter((item) => item.id in answers).length,
        drafted,
        statements: batch,
      });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;

  // The rest in bulk, straight into D1 (not measured).
  const bulk = respondents.filter((r) => r.index % routeEvery !== 0);
  const day = new Date().toISOString().slice(0, 10);
  const statements: D1PreparedStatement[] = [];
  for (let from = 0; from < bulk.length; from += 14) {
    const rows = bulk.slice(from, from + 14); // 7 columns: 98 of D1's 100 parameters
    statements.push(
      env.DB.prepare(
        `INSERT INTO responses (id, survey_id, partner_id, submission_key, instrument_version, submitted_on, answers) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      ).bind(
        ...rows.flatMap((r) => [
          crypto.randomUUID(),
          surveyId,
          r.partnerId,
          crypto.randomUUID(),
          instrument.version,
          day,
          JSON.stringify(r.answers),
        ]),
      ),
    );
  }
  const comments = bulk.flatMap((r) =>
    textItems
      .filter((item) => item.id in r.answers)
      .map((item) => [crypto.randomUUID(), surveyId, r.partnerId, item.id, crypto.randomUUID(), String(r.answers[item.id])]),
  );
  for (let from = 0; from < comments.length; from += 16) {
    const rows = comments.slice(from, from + 16); // 6 columns: 96 parameters
    statements.push(
      env.DB.prepare(
        `INSERT INTO comments (id, survey_id, partner_id, item_id, sort_key, body) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}`,
      ).bind(...rows.flat()),
    );
  }
  for (const [key, totals] of aggregateResponses(items, respondents)) {
    const [partnerId, group] = key.split('/') as [string, string];
    statements.push(
      env.DB.prepare(
        'INSERT INTO aggregates (survey_id, partner_id, group_key, respondents, stats) VALUES (?, ?, ?, ?, ?) ON CONFLICT (survey_id, partner_id, group_key) DO UPDATE SET respondents = excluded.respondents, stats = excluded.stats',
      ).bind(surveyId, partnerId, group, totals.respondents, JSON.stringify(totals.stats)),
    );
  }
  for (let from = 0; from < statements.length; from += 50) await env.DB.batch(statements.slice(from, from + 50));

  const route = async (request: (client: ReturnType<typeof call>['client']) => Promise<Response>) => {
    let collector = new Collector();
    const res = await attempt(() => {
      const measured = call(organiserSecret);
      collector = measured.collector;
      return request(measured.client);
    });
    if (res.status !== 200 && res.status !== 404) throw new Error(`report route failed: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    const commentRows = collector.metas.filter((m) => /from "comments"/.test(m.sql)).reduce((sum, m) => sum + m.meta.rows_read, 0);
    return { rowsRead: collector.rowsRead, statements: collector.metas.length, commentRows, byStatement: collector.metas };
  };
  return {
    respondents: total,
    seconds,
    submissions,
    routes: {
      overview: await route((c) => c.report.$get({ query: { surveyId: surveyId! } })),
      pair: await route((c) => c.report.pair.$get({ query: { surveyId: surveyId!, a: ids[0]!, b: ids[1]! } })),
      breakdowns: await route((c) => c.report.breakdowns.$get({ query: { surveyId: surveyId!, partnerId: ids[0]! } })),
      comments: await route((c) => c.report.comments.$get({ query: { surveyId: surveyId! } })),
    },
  };
}

// ---------------------------------------------------------------------------------------------

const cpu = [
  measureCpu('v1 as built', currentInstrument, RESPONDENTS / PARTNERS),
  measureCpu('v1 as built', currentInstrument, Math.ceil(SMALL / PARTNERS)),
  measureCpu('stand-in', standInInstrument(), RESPONDENTS / PARTNERS),
];

const persistTo = mkdtempSync(join(tmpdir(), 'samenwaarde-analysis-'));
applyMigrations(persistTo);
const proxy = await getPlatformProxy<BenchEnv>({ configPath: `${root}wrangler.toml`, persist: { path: join(persistTo, 'v3') } });
let small: D1Figures;
let large: D1Figures;
try {
  small = await measureD1(proxy.env, SMALL, 1, currentInstrument);
  large = await measureD1(proxy.env, RESPONDENTS, ROUTE_EVERY, currentInstrument);
} finally {
  await proxy.dispose();
  rmSync(persistTo, { recursive: true, force: true });
}

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)! };
};
const written = summary(large.submissions.map((s) => s.rowsWritten));
const byCase = (comments: boolean, drafted: boolean) => {
  const matching = large.submissions.filter((s) => s.comments > 0 === comments && s.drafted === drafted);
  return matching.length === 0 ? '–' : `${summary(matching.map((s) => s.rowsWritten)).median}`;
};
// A late submission with comments and no draft: its partner's group rows exist already.
const typical = large.submissions.findLast((s) => s.comments > 0 && !s.drafted)!;
const ratio = large.routes.overview.rowsRead / small.routes.overview.rowsRead;
const textItems = surveyItems(currentInstrument, sections).filter((item) => item.format === 'text').length;
/** The start of a statement's SQL, for a table cell. */
const statementLabel = (sql: string) => `${sql.replace(/\s+/g, ' ').slice(0, 64).replaceAll('|', '\\|')}…`;
const cpuRow = (c: CpuFigures) =>
  `| ${c.label} (${c.items} items) | ${c.respondents} | ${ms(c.build.median)} / ${ms(c.build.p95)} | ${ms(c.serialise.median)} / ${ms(c.serialise.p95)} | **${ms(c.total.median)}** / ${ms(c.total.p95)} | ${(c.jsonBytes / 1024).toFixed(0)} kB | ${ms(c.parse.median)} (${(c.rowBytes / 1024).toFixed(0)} kB) | ${ms(c.pair.median)} | ${ms(c.breakdowns.median)} |`;
const routeRow = (name: string, key: keyof D1Figures['routes'], note: string) =>
  `| ${name} | ${small.routes[key].rowsRead} | ${large.routes[key].rowsRead} | ${note} |`;

console.log(`## Analysis: report cost at ${PARTNERS} partners

Method: \`scripts/bench/analysis.ts\`.

**CPU.** Synthetic answers (\`db/seed/synthetic.ts\`, each partner with its own leanings) for ${PARTNERS} partners
are summed into aggregate rows exactly as the submit batch sums them (\`aggregateResponses\`); the overview
is built from the \`all\` rows, as \`GET /api/report\` does. Each figure is the CPU time (\`process.cpuUsage\`,
user + system, one Node ${process.version} process) of ${RUNS} repetitions after 20 warm-up runs, median / p95, in ms.
"Report + JSON" is \`JSON.stringify(buildReport(input))\`, what the route spends on the analysis.
"Parse rows" is \`JSON.parse\` of the ${PARTNERS} \`all\` rows' counters, which the route also spends (drizzle
parses the \`stats\` column). Pair and breakdowns are the per-pair and per-partner reads, with their JSON; the
pair read analyses every pair, as the overview does, because its verdicts allow for every comparison.
The respondent count changes the counters' values, never their number, so the time should not move
with it. The stand-in row is a made-up instrument of 70 items, larger than v1 (every culture scale also asked
as a perception; \`scripts/bench/analysis/stand-in.ts\`); \`v1 as built\` is whatever \`core/instrument/v1/\`
holds at the time of the run.

| instrument | respondents | buildReport | JSON.stringify | report + JSON | JSON size | parse rows | pair + JSON | breakdowns + JSON |
|---|---|---|---|---|---|---|---|---|
${cpu.map(cpuRow).join('\n')}

**D1.** wrangler's \`getPlatformProxy\` gives a local D1 (workerd's SQLite, the committed migrations); the
Worker's Hono app (\`worker/app.ts\`) runs in Node with that binding behind a wrapper that records the
\`meta\` D1 returns for every statement (\`rows_read\`, \`rows_written\`; drizzle reads selects with \`raw()\`,
which has no meta, so the wrapper runs \`all()\` and hands back the rows as arrays, as drizzle's batch path
does). Two surveys of ${PARTNERS} partners with all sections, k = 5: ${SMALL} respondents (2–3 per partner), all
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
${routeRow('`GET /api/report` (overview)', 'overview', `link, partnership, ${PARTNERS} partners, surveys, one \`all\` row per partner`)}
${routeRow('`GET /api/report/pair`', 'pair', "as the overview: every partner's `all` row (a verdict allows for every comparison)")}
${routeRow('`GET /api/report/breakdowns`', 'breakdowns', "one partner's group rows")}
${routeRow('`GET /api/report/comments`', 'comments', `respondent counts, then ≤ ${COMMENT_SAMPLE_SIZE} per eligible partner × question (${large.routes.comments.commentRows} comment rows at ${RESPONDENTS}; none at ${SMALL}: no partner has 10)`)}

Overview rows read at ${RESPONDENTS} ÷ at ${SMALL}: **${ratio.toFixed(3)}**. By statement (a range read through an index
may read one row past its end, a row of another partnership, which is where the two surveys differ;
the aggregates are read by primary key, one seek per partner):

| overview statement | rows read at ${SMALL} | at ${RESPONDENTS} |
|---|---|---|
${large.routes.overview.byStatement.map((m, i) => `| \`${statementLabel(m.sql)}\` | ${small.routes.overview.byStatement[i]?.meta.rows_read ?? '–'} | ${m.meta.rows_read} |`).join('\n')}

Rows written per submission (the submit batch's \`rows_written\`, summed over its statements; D1 counts a
row in a table and one in each index it writes): median **${written.median}**, p95 ${written.p95}, max ${written.max} over the
${large.submissions.length} route submissions of the ${RESPONDENTS}-respondent survey. Median by case: no comment, no draft ${byCase(false, false)};
no comment after a draft ${byCase(false, true)}; with comments ${byCase(true, false)}; comments after a draft ${byCase(true, true)}.
A late submission with comments, statement by statement:

| statement | rows written | rows read |
|---|---|---|
${typical.statements.map((s) => `| \`${statementLabel(s.sql)}\` | ${s.meta.rows_written} | ${s.meta.rows_read} |`).join('\n')}
`);
