/**
 * Respondent routes' CPU: what the Worker's own JavaScript spends on opening a link
 * (`GET /api/respond`), a draft save (`PUT /api/respond/draft`) and the submit
 * (`POST /api/respond/submit`), in the protocol of the load bench (scripts/bench/load/protocol.ts).
 *
 * The real app (worker/app.ts) runs in Node against a real local D1 and rate limiter from
 * wrangler's `getPlatformProxy` (the committed migrations). Each request runs once live, with what
 * its binding calls answered recorded (respond-cpu/tape.ts), and is then timed again with those
 * answers played back: no binding call crosses the proxy, whose transport would otherwise be most
 * of the CPU measured, so the time is the Worker's own JavaScript.
 *
 * Prints a Markdown section; `npm run bench -- respond-cpu` writes it to BENCHMARKS.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { D1Database, RateLimit } from '@cloudflare/workers-types';
import { getPlatformProxy } from 'wrangler';
import { currentInstrument } from '../../core/instrument';
import type { Answers } from '../../core/instrument/types';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { api } from '../../worker/app';
import { applyMigrations, root } from '../local/server';
import { DRAFT_SAVES } from './load/protocol';
import { PARTNERS, sections } from './load/targets';
import { Deck, type Tape, tapedD1, tapedLimiter } from './respond-cpu/tape';

/** Respondents whose requests warm the process up (JIT, caches) and are not counted. */
const WARM_UP = 60;
/** Respondents measured, each through the whole protocol. */
const MEASURED = 300;
/** Timed playbacks of each measured request. */
const PLAYBACKS = Number(process.env.PLAYBACKS ?? 5);

const log = (message: string) => process.stderr.write(`${message}\n`);

type BenchEnv = { readonly DB: D1Database; readonly RESPOND_LIMITER: RateLimit } & Record<string, unknown>;

const persistTo = mkdtempSync(join(tmpdir(), 'samenwaarde-respond-cpu-'));
applyMigrations(persistTo);
const proxy = await getPlatformProxy<BenchEnv>({ configPath: `${root}wrangler.toml`, persist: { path: join(persistTo, 'v3') } });
const deck = new Deck();
const env = { ...proxy.env, DB: tapedD1(proxy.env.DB, deck), RESPOND_LIMITER: tapedLimiter(proxy.env.RESPOND_LIMITER, deck) };

interface Call {
  readonly path: string;
  readonly method: string;
  readonly secret?: string;
  readonly json?: unknown;
}

/** The request as a respondent's browser sends it; built before any clock starts. */
const request = ({ path, method, secret, json }: Call) =>
  new Request(`http://bench.local/api${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'cf-connecting-ip': '198.18.0.1',
      ...(secret ? { authorization: `Bearer ${secret}` } : {}),
    },
    body: json === undefined ? undefined : JSON.stringify(json),
  });

/**
 * What a request leaves to run after its response (a submission's fold, `waitUntil`): run to its
 * end before the next request, on the same tape, and not timed (it is not the request's work).
 */
const afterwards: Promise<unknown>[] = [];
const context = { waitUntil: (work: Promise<unknown>) => afterwards.push(work), passThroughOnException: () => undefined, props: {} };
const finishAfterwards = async () => {
  await Promise.all(afterwards.splice(0));
};

/** Runs a call live, recording its binding answers; throws unless it answers `status`. */
async function live<T>(call: Call, status: number): Promise<{ body: T; tape: Tape }> {
  const tape = deck.record();
  const res = await api.fetch(request(call), env as never, context);
  const text = await res.text();
  await finishAfterwards();
  if (res.status !== status) throw new Error(`${call.method} ${call.path}: ${res.status} ${text}`);
  return { body: JSON.parse(text) as T, tape };
}

/** One played-back run of a recorded call: milliseconds of CPU (user + system) and of wall time. */
async function played(call: Call, tape: Tape, status: number): Promise<{ cpu: number; wall: number }> {
  const req = request(call);
  deck.play(tape);
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const res = await api.fetch(req, env as never, context);
  await res.text();
  const wall = performance.now() - wallBefore;
  const cpu = process.cpuUsage(cpuBefore);
  await finishAfterwards();
  if (res.status !== status) {
    throw new Error(`${call.method} ${call.path} played back differently: ${res.status}`);
  }
  return { cpu: (cpu.user + cpu.system) / 1000, wall };
}

type Route = 'open' | 'draft' | 'submit';
const samples: Record<Route, { cpu: number; wall: number }[]> = { open: [], draft: [], submit: [] };
const started = performance.now();
try {
  const { body: created } = await live<{ organiserSecret: string; surveyId: string; partnerIds: string[] }>(
    {
      path: '/partnerships',
      method: 'POST',
      json: {
        partnership: { name: 'Bench', challenge: 'Respondent CPU', collaborationFunction: 'operational_alignment', horizon: '2030' },
        partners: Array.from({ length: PARTNERS }, (_, i) => ({
          name: `Partner ${i + 1}`,
          sector: 'public',
          expectedStaff: null,
          shownAsOrganisation: false,
        })),
        survey: { title: 'Bench', sections, languages: ['nl'], minGroupSize: 5, closesOn: null, retainUntil: null },
      },
    },
    201,
  );
  const total = WARM_UP + MEASURED;
  const secrets: string[] = [];
  for (const partnerId of created.partnerIds) {
    const json = { scope: 'respondent_single', surveyId: created.surveyId, partnerId, count: Math.ceil(total / PARTNERS) };
    const { body } = await live<{ links: { secret: string }[] }>(
      { path: '/organiser/links', method: 'POST', secret: created.organiserSecret, json },
      201,
    );
    secrets.push(...body.links.map((link) => link.secret));
  }
  const random = seededRandom(13);
  log(`respond-cpu: ${total} respondents, ${WARM_UP} of them warming up, each request played back ${PLAYBACKS} times`);
  for (let index = 0; index < total; index++) {
    const secret = secrets[index]!;
    // As the load bench's respondents answer: every section but the perceptions, some optional items skipped.
    const answers: Answers = syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds: [], random, skipOptional: 0.2 });
    const keys = Object.keys(answers);
    const submissionId = `cpu${index}x${crypto.randomUUID().replaceAll('-', '')}`;
    const steps: [Route, Call, number][] = [['open', { path: '/respond', method: 'GET', secret }, 200]];
    for (let save = 1; save <= DRAFT_SAVES; save++) {
      const partial = Object.fromEntries(keys.slice(0, Math.ceil((keys.length * save) / (DRAFT_SAVES + 1))).map((k) => [k, answers[k]!]));
      steps.push([
        'draft',
        { path: '/respond/draft', method: 'PUT', secret, json: { submissionId, language: 'nl', answers: partial } },
        200,
      ]);
    }
    steps.push(['submit', { path: '/respond/submit', method: 'POST', secret, json: { submissionId, language: 'nl', answers } }, 201]);
    for (const [route, call, status] of steps) {
      const { tape } = await live(call, status);
      for (let run = 0; run < PLAYBACKS; run++) {
        const sample = await played(call, tape, status);
        if (index >= WARM_UP) samples[route].push(sample);
      }
    }
  }
} finally {
  await proxy.dispose();
  rmSync(persistTo, { recursive: true, force: true });
}
const seconds = (performance.now() - started) / 1000;

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const figure = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${percentile(sorted, 50).toFixed(3)} / ${percentile(sorted, 95).toFixed(3)} ms`;
};
const names: Record<Route, string> = {
  open: '`GET /api/respond` (open)',
  draft: '`PUT /api/respond/draft`',
  submit: '`POST /api/respond/submit`',
};

console.log(`## Respondent routes: the Worker's JavaScript per request

Method: \`scripts/bench/respond-cpu.ts\` runs the app (worker/app.ts) in Node against a real local D1 and rate
limiter from wrangler's \`getPlatformProxy\` (the committed migrations). ${WARM_UP + MEASURED} respondents on single-use links
(${PARTNERS} partners, the load bench's ${sections.length} sections and answers) each go through the load bench's protocol: open the
link, save ${DRAFT_SAVES} growing drafts, submit, one request at a time. Each request runs once live, recording what D1 and
the rate limiter answered, and is then run ${PLAYBACKS} more times with those answers played back, so no call crosses the
proxy (whose transport runs in the same process and would be most of what is measured): the time left is the
Worker's own JavaScript (routing, middleware, validation, building the statements and the aggregate delta,
JSON), from \`app.fetch\` to the last byte of the body. Not included: SQLite and the runtime's D1 binding. The
first ${WARM_UP} respondents warm the process up; the playbacks of the other ${MEASURED} are the figures (Node ${process.versions.node} and its V8, not
workerd's: compare routes and runs with each other, not with the deployed runtime).

| route | playbacks | CPU (user + system) median / p95 | wall median / p95 |
| --- | --- | --- | --- |
${(Object.keys(samples) as Route[])
  .map((route) => {
    const list = samples[route];
    return `| ${names[route]} | ${list.length} | ${figure(list.map((s) => s.cpu))} | ${figure(list.map((s) => s.wall))} |`;
  })
  .join('\n')}

Run time: ${Math.round(seconds)} s.`);
