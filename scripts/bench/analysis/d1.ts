/**
 * The analysis bench's D1 part: the Worker's own routes (`worker/app.ts`) run in Node against a
 * real local D1 from wrangler's `getPlatformProxy` (workerd's SQLite, D1's own `meta`), with every
 * D1 call going through a measuring wrapper (measured-d1.ts). Respondents submit through the real
 * routes; each report route is then called once; and a set of respondents goes through the whole
 * respondent protocol, for what one respondent costs the database.
 */
import type { D1Database, D1PreparedStatement } from '@cloudflare/workers-types';
import { hc } from 'hono/client';
import { surveyItems } from '../../../core/instrument';
import type { Answers, Instrument, Item } from '../../../core/instrument/types';
import { aggregateResponses } from '../../../worker/analysis/stats';
import { type AppType, api as app } from '../../../worker/app';
import { forgetKeptModels } from '../../../worker/routes/report-cache';
import { log, PARTNERS, respondentsFor, sections } from './cpu';
import { Collector, type Meta, measuredD1 } from './measured-d1';

/** Route submissions run this many at a time. */
export const CONCURRENCY = 8;
/** Draft saves a protocol respondent makes before submitting. */
export const PROTOCOL_DRAFTS = 3;

/** What one request cost D1: every statement it ran, in every call. */
export interface RequestCost {
  readonly rowsRead: number;
  readonly rowsWritten: number;
  /** Statements run (a batch's statements each count). */
  readonly queries: number;
  /** Calls to D1 (a batch is one). */
  readonly roundTrips: number;
  /** SQLite milliseconds over all statements. */
  readonly duration: number;
  readonly statements: readonly { sql: string; meta: Meta }[];
}

/** What a request's statements cost so far (a copy: later statements are not in it). */
const costOf = (collector: Collector): RequestCost => ({
  rowsRead: collector.rowsRead,
  rowsWritten: collector.rowsWritten,
  queries: collector.metas.length,
  roundTrips: collector.roundTrips,
  duration: collector.duration,
  statements: [...collector.metas],
});

/** The cost of `statements` alone (one batch or call each: what a fold runs after its submission's response). */
const costOfStatements = (statements: RequestCost['statements'], roundTrips: number): RequestCost => ({
  rowsRead: statements.reduce((sum, m) => sum + m.meta.rows_read, 0),
  rowsWritten: statements.reduce((sum, m) => sum + m.meta.rows_written, 0),
  queries: statements.length,
  roundTrips,
  duration: statements.reduce((sum, m) => sum + m.meta.duration, 0),
  statements,
});

export interface Submission extends RequestCost {
  readonly comments: number;
  readonly drafted: boolean;
  /** This process had not read the partnership's partners yet (the per-isolate cache was cold). */
  readonly coldCache: boolean;
}

export interface D1Figures {
  readonly respondents: number;
  readonly routes: Record<
    'overview' | 'overviewServed' | 'figures' | 'pair' | 'breakdowns' | 'comments' | 'overviewStored',
    { rowsRead: number; statements: number; commentRows: number; byStatement: { sql: string; meta: Meta }[] }
  >;
  readonly submissions: Submission[];
  /** The folds the route submissions started (each run after its submission's response). */
  readonly folds: RequestCost[];
  readonly drafts: RequestCost[];
  /** Per protocol respondent: the sum over their open, drafts and submit. */
  readonly protocol: RequestCost[];
  /** Database size in bytes before the survey's first response and after its last. */
  readonly size: { readonly before: number; readonly after: number };
  readonly seconds: number;
}

/**
 * The platform proxy's transport (HTTP into workerd) can drop a call when the machine is busy; the
 * request then fails with a 500. Requests are retried, as the respondent app retries (a submission
 * keeps its id, so a retry never stores it twice), and counted.
 */
export let retries = 0;
async function attempt<T extends { status: number }>(request: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    const res = await request();
    if (res.status < 500 || tries === 10) return res;
    retries++;
    // A machine busy enough to drop a call is given a moment before the next try.
    await new Promise((resolve) => setTimeout(resolve, 100 * tries));
  }
}

/** The Worker's bindings as the platform proxy provides them. */
export type BenchEnv = { readonly DB: D1Database } & Record<string, unknown>;

/** Text answers for one in three respondents, on every open question. */
function withComments(index: number, answers: Answers, textItems: readonly Item[]): Answers {
  if (index % 3 !== 0) return answers;
  return { ...answers, ...Object.fromEntries(textItems.map((item) => [item.id, `Opmerking ${index} over ${item.id}`])) };
}

/**
 * One survey of PARTNERS partners and `total` respondents, then `protocolRespondents` more who each
 * go through the whole protocol (open, drafts, submit) on the full survey. Every `routeEvery`-th respondent submits
 * through the real submit route on its own single-use link (one in four of those saves a draft
 * first); these submissions give the rows-written figures. The others are loaded in bulk: their
 * response and comment rows inserted directly, and at the end every aggregate row set to the
 * totals of all respondents as `aggregateResponses` computes them, which is what the submit batch
 * leaves behind (test/integration/aggregates.test.ts shows the two agree). The report reads only
 * the final rows, so it sees the same database either way.
 */
export async function measureD1(
  env: BenchEnv,
  total: number,
  routeEvery: number,
  instrument: Instrument,
  protocolRespondents = 0,
): Promise<D1Figures> {
  log(`d1: ${total} respondents over ${PARTNERS} partners`);
  const call = (secret?: string) => {
    const collector = new Collector();
    // What the request leaves to run after its response (a fold: `waitUntil`), awaited by `measuredRequest`.
    const afterwards: Promise<unknown>[] = [];
    const context = { waitUntil: (work: Promise<unknown>) => afterwards.push(work), passThroughOnException: () => undefined, props: {} };
    const client = hc<AppType>('http://bench.local', {
      fetch: (input: RequestInfo | URL, init?: RequestInit) =>
        app.fetch(new Request(input, init), { ...env, DB: measuredD1(env.DB, collector) } as never, context),
      headers: secret ? { authorization: `Bearer ${secret}` } : {},
    }).api;
    return { client, collector, afterwards };
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
  const issue = async (partnerId: string, count: number): Promise<string[]> => {
    const res = await attempt(() =>
      organiser.organiser.links.$post({ json: { scope: 'respondent_single', surveyId: surveyId!, partnerId, count } }),
    );
    if (res.status !== 201) throw new Error(`issuing links failed: ${res.status} ${await res.text()}`);
    return (await res.json()).links.map((link) => link.secret);
  };
  const secrets = new Map<number, string>();
  for (const partnerId of ids) {
    const mine = viaRoute.filter((r) => r.partnerId === partnerId);
    for (let from = 0; from < mine.length; from += 500) {
      const batch = mine.slice(from, from + 500);
      for (const [i, secret] of (await issue(partnerId, batch.length)).entries()) secrets.set(batch[i]!.index, secret);
    }
  }

  // Through the real route, CONCURRENCY at a time; only the attempt that stored a response is measured.
  const submissions: Submission[] = [];
  const drafts: RequestCost[] = [];
  const folds: RequestCost[] = [];
  const size = { before: await databaseSize(env.DB), after: 0 };
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < viaRoute.length) {
      const order = next++;
      const { index, answers } = viaRoute[order]!;
      const secret = secrets.get(index)!;
      const submissionId = `bench${index}x${crypto.randomUUID().replaceAll('-', '')}`;
      const drafted = order % 4 === 1;
      if (drafted) {
        const measured = await measuredRequest(call, secret, (c) =>
          c.respond.draft.$put({ json: { submissionId, language: 'nl', answers: answers as never } }),
        );
        if (measured.status === 200) drafts.push(measured.cost);
      }
      const measured = await measuredRequest(call, secret, (c) =>
        c.respond.submit.$post({ json: { submissionId, language: 'nl', answers: answers as never } }),
      );
      if (measured.status === 200) continue; // stored by an attempt whose reply was lost: not measured
      if (measured.status !== 201) throw new Error(`a submission was refused: ${measured.status}`);
      if (measured.after) folds.push(measured.after);
      submissions.push({
        ...measured.cost,
        comments: textItems.filter((item) => item.id in answers).length,
        drafted,
        coldCache: measured.cost.statements.some((m) => /from "partners"/.test(m.sql)),
      });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;

  // The rest in bulk, straight into D1 (not measured).
  const bulk = respondents.filter((r) => r.index % routeEvery !== 0);
  const day = new Date().toISOString().slice(0, 10);
  const statements: D1PreparedStatement[] = [];
  for (let from = 0; from < bulk.length; from += 16) {
    const rows = bulk.slice(from, from + 16); // 6 columns: 96 of D1's 100 parameters
    statements.push(
      env.DB.prepare(
        `INSERT INTO responses (survey_id, partner_id, submission_key, instrument_version, submitted_on, answers) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}`,
      ).bind(...rows.flatMap((r) => [surveyId, r.partnerId, crypto.randomUUID(), instrument.version, day, JSON.stringify(r.answers)])),
    );
  }
  const comments = bulk.flatMap((r) =>
    textItems
      .filter((item) => item.id in r.answers)
      .map((item) => [surveyId, r.partnerId, item.id, crypto.randomUUID(), String(r.answers[item.id])]),
  );
  for (let from = 0; from < comments.length; from += 20) {
    const rows = comments.slice(from, from + 20); // 5 columns: 100 parameters
    statements.push(
      env.DB.prepare(
        `INSERT INTO comments (survey_id, partner_id, item_id, sort_key, body) VALUES ${rows.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
      ).bind(...rows.flat()),
    );
  }
  for (const [key, totals] of aggregateResponses(items, respondents)) {
    const [partnerId, group] = key.split('/') as [string, string];
    statements.push(
      env.DB.prepare(
        'INSERT INTO aggregates (survey_id, partner_id, group_key, respondents, folded, stats) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (survey_id, partner_id, group_key) DO UPDATE SET respondents = excluded.respondents, folded = excluded.folded, stats = excluded.stats',
      ).bind(surveyId, partnerId, group, totals.respondents, totals.respondents, JSON.stringify(totals.stats)),
    );
  }
  // The rows hold every response folded: the route submissions' pending counters are in them.
  statements.push(env.DB.prepare('DELETE FROM pending_counts WHERE survey_id = ?').bind(surveyId));
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
  // In this order: the overview's first read makes the release, builds its model and stores the
  // overview; the next reads of that release are served from the model the process kept
  // (worker/routes/report-cache.ts); last, the overview as an isolate that has not built the model
  // reads it (the kept models forgotten): from the stored overview.
  const routes = {
    overview: await route((c) => c.report.$get({ query: { surveyId: surveyId! } })),
    overviewServed: await route((c) => c.report.$get({ query: { surveyId: surveyId! } })),
    figures: await route((c) => c.report.figures.$get({ query: { surveyId: surveyId! } })),
    pair: await route((c) => c.report.pair.$get({ query: { surveyId: surveyId!, a: ids[0]!, b: ids[1]! } })),
    breakdowns: await route((c) => c.report.breakdowns.$get({ query: { surveyId: surveyId!, partnerId: ids[0]! } })),
    comments: await route((c) => c.report.comments.$get({ query: { surveyId: surveyId! } })),
    overviewStored: await route((c) => {
      forgetKeptModels();
      return c.report.$get({ query: { surveyId: surveyId! } });
    }),
  };

  // The whole protocol, one respondent at a time, on a survey already full: what one respondent costs.
  const protocol: RequestCost[] = [];
  const extra = respondentsFor(instrument, () => Math.ceil(protocolRespondents / PARTNERS), 13, ids).slice(0, protocolRespondents);
  for (const [i, { partnerId, answers: given }] of extra.entries()) {
    const answers = withComments(i, given, textItems);
    const [link] = await issue(partnerId, 1);
    const submissionId = `protocol${i}x${crypto.randomUUID().replaceAll('-', '')}`;
    const keys = Object.keys(answers);
    const costs = [(await measuredRequest(call, link!, (c) => c.respond.$get())).cost];
    for (let save = 1; save <= PROTOCOL_DRAFTS; save++) {
      const partial = Object.fromEntries(
        keys.slice(0, Math.ceil((keys.length * save) / (PROTOCOL_DRAFTS + 1))).map((k) => [k, answers[k]]),
      );
      costs.push(
        (
          await measuredRequest(call, link!, (c) =>
            c.respond.draft.$put({ json: { submissionId, language: 'nl', answers: partial as never } }),
          )
        ).cost,
      );
    }
    const submitted = await measuredRequest(call, link!, (c) =>
      c.respond.submit.$post({ json: { submissionId, language: 'nl', answers: answers as never } }),
    );
    // A fold it started is counted among the folds, whose share every respondent gets.
    if (submitted.after) folds.push(submitted.after);
    costs.push(submitted.cost);
    protocol.push(sumCosts(costs));
  }
  size.after = await databaseSize(env.DB);
  return { respondents: total + extra.length, seconds, submissions, folds, drafts, protocol, size, routes };
}

/**
 * One request's cost (its statements until its response), and the cost of what it left to run after
 * it (a fold), or null.
 */
async function measuredRequest(
  call: (secret?: string) => { client: ApiClient; collector: Collector; afterwards: Promise<unknown>[] },
  secret: string,
  request: (client: ApiClient) => Promise<Response>,
): Promise<{ status: number; cost: RequestCost; after: RequestCost | null }> {
  let measured = call(secret);
  const res = await attempt(() => {
    measured = call(secret);
    return request(measured.client);
  });
  await res.arrayBuffer();
  const cost = costOf(measured.collector);
  const roundTrips = measured.collector.roundTrips;
  await Promise.all(measured.afterwards);
  const later = measured.collector.metas.slice(cost.queries);
  return {
    status: res.status,
    cost,
    after: later.length === 0 ? null : costOfStatements(later, measured.collector.roundTrips - roundTrips),
  };
}

type ApiClient = ReturnType<typeof hc<AppType>>['api'];

function sumCosts(costs: readonly RequestCost[]): RequestCost {
  const sum = (key: 'rowsRead' | 'rowsWritten' | 'queries' | 'roundTrips' | 'duration') => costs.reduce((total, c) => total + c[key], 0);
  return {
    rowsRead: sum('rowsRead'),
    rowsWritten: sum('rowsWritten'),
    queries: sum('queries'),
    roundTrips: sum('roundTrips'),
    duration: sum('duration'),
    statements: costs.flatMap((c) => c.statements),
  };
}

/** The database's size in bytes, as D1 reports it after a statement. */
async function databaseSize(db: D1Database): Promise<number> {
  const result = await db.prepare('SELECT 1').run();
  return (result.meta as unknown as Meta).size_after;
}
