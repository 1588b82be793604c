/**
 * Load: at least 200 simulated respondents in parallel against the platform as `wrangler dev` runs
 * it (workerd + local D1 on disk), each opening the link, saving drafts and submitting. Reports
 * throughput and latency, then checks nothing was lost or counted twice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentInstrument, surveyItems } from '../../core/instrument';
import type { Answers, SectionId } from '../../core/instrument/types';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { aggregateResponses, type Stats } from '../../worker/analysis/stats';
import { api, createPartnership, issueLinks } from '../local/api';
import { executeLocalSql, freePort, startLocalServer } from '../local/server';

const RESPONDENTS = 200;
const DRAFT_SAVES = 3;
const sections: SectionId[] = ['drives', 'culture', 'values', 'readiness', 'value_case', 'triangle', 'tensions', 'open', 'about'];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1)! };
};

const persistTo = mkdtempSync(join(tmpdir(), 'samenwaarde-load-'));
const server = await startLocalServer({ port: await freePort(), persistTo });
try {
  const partnership = await createPartnership(server.url, {
    partners: ['Gemeente', 'Zorg', 'Bedrijf', 'School'],
    sections,
    minGroupSize: 5,
  });
  const links = (
    await Promise.all(
      partnership.partnerIds.map((partnerId) =>
        issueLinks(server.url, partnership.organiserSecret, {
          scope: 'respondent_single',
          surveyId: partnership.surveyId,
          partnerId,
          count: RESPONDENTS / 4,
          maxUses: null,
        }),
      ),
    )
  ).flat();

  const draftLatencies: number[] = [];
  const submitLatencies: number[] = [];
  const statuses = new Map<number, number>();
  let accepted = 0;
  const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const serverErrorBodies: string[] = [];
  const timed = async <T extends { status: number; clone(): { text(): Promise<string> } }>(into: number[], call: () => Promise<T>) => {
    const started = performance.now();
    const res = await call();
    into.push(performance.now() - started);
    count(res.status);
    if (res.status >= 500) serverErrorBodies.push(`${res.status} ${(await res.clone().text()).slice(0, 300)}`);
    return res;
  };

  const random = seededRandom(7);
  const respondent = async (secret: string, index: number) => {
    const client = api(server.url, secret);
    count((await client.respond.$get()).status);
    const answers = syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds: [], random, skipOptional: 0.2 });
    const keys = Object.keys(answers);
    const submissionId = `load${index}x${crypto.randomUUID().replaceAll('-', '')}`;
    for (let save = 1; save <= DRAFT_SAVES; save++) {
      const partial = Object.fromEntries(keys.slice(0, Math.ceil((keys.length * save) / (DRAFT_SAVES + 1))).map((k) => [k, answers[k]]));
      await timed(draftLatencies, () => client.respond.draft.$put({ json: { submissionId, language: 'nl', answers: partial } }));
    }
    const res = await timed(submitLatencies, () => client.respond.submit.$post({ json: { submissionId, language: 'nl', answers } }));
    if (res.status === 201) accepted++;
  };

  const started = performance.now();
  await Promise.all(links.map((link, i) => respondent(link.secret, i)));
  const seconds = (performance.now() - started) / 1000;

  // Check: stored responses equal accepted submits, and the stored aggregates equal a recomputation.
  const rows = executeLocalSql<{ partner_id: string; answers: string }>(
    persistTo,
    `SELECT partner_id, answers FROM responses WHERE survey_id = '${partnership.surveyId}'`,
  );
  const aggregates = executeLocalSql<{ partner_id: string; group_key: string; respondents: number; stats: string }>(
    persistTo,
    `SELECT partner_id, group_key, respondents, stats FROM aggregates WHERE survey_id = '${partnership.surveyId}'`,
  );
  const items = surveyItems(currentInstrument, sections);
  const expected = aggregateResponses(
    items,
    rows.map((row) => ({ partnerId: row.partner_id, answers: JSON.parse(row.answers) as Answers })),
  );
  const mismatched =
    aggregates.filter((a) => {
      const e = expected.get(`${a.partner_id}/${a.group_key}`);
      const stats = JSON.parse(a.stats) as Stats;
      return (
        !e ||
        e.respondents !== a.respondents ||
        Object.keys(e.stats).length !== Object.keys(stats).length ||
        Object.entries(e.stats).some(([k, v]) => stats[k] !== v)
      );
    }).length + Math.max(0, expected.size - aggregates.length);
  const serverErrors = [...statuses].filter(([s]) => s >= 500).reduce((sum, [, n]) => sum + n, 0);
  const lost = accepted - rows.length;

  const draft = summary(draftLatencies);
  const submit = summary(submitLatencies);
  const requests = [...statuses.values()].reduce((a, b) => a + b, 0);
  console.log(`## Load: ${RESPONDENTS} respondents in parallel

Method: \`scripts/bench/load.ts\` starts the platform as \`npm start\` runs it (\`wrangler dev\`: workerd with
a local D1 on disk) and lets ${RESPONDENTS} simulated respondents loose at once, each on its own single-use link
(four partners): open the link, save ${DRAFT_SAVES} growing drafts, submit the full ${sections.length}-section response.
Latency is measured by the client on the same machine (loopback, 2 cores shared by client, wrangler and
workerd). Afterwards it reads the local D1 with \`wrangler d1 execute\`: stored responses must equal
accepted submits, and every stored aggregate row must equal a recomputation from the raw responses.

| figure | value |
|---|---|
| requests | ${requests} in ${seconds.toFixed(1)} s = **${(requests / seconds).toFixed(0)} requests/s** |
| draft saves | ${draft.n}, p50 **${draft.p50.toFixed(0)} ms**, p99 **${draft.p99.toFixed(0)} ms**, max ${draft.max.toFixed(0)} ms |
| submits | ${submit.n}, p50 **${submit.p50.toFixed(0)} ms**, p99 **${submit.p99.toFixed(0)} ms**, max ${submit.max.toFixed(0)} ms |
| status codes | ${[...statuses]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s}: ${n}`)
    .join(', ')} |
| accepted submits / stored responses | ${accepted} / ${rows.length} |
| lost / counted twice | **${Math.max(0, lost)} / ${Math.max(0, -lost)}** |
| aggregate rows checked / mismatched | ${aggregates.length} / **${mismatched}** |
| 5xx responses | **${serverErrors}** |
`);
  if (lost !== 0 || mismatched !== 0 || serverErrors !== 0 || accepted !== RESPONDENTS) {
    console.error(`load check failed: lost ${lost}, mismatched ${mismatched}, 5xx ${serverErrors}, accepted ${accepted}/${RESPONDENTS}`);
    console.error(serverErrorBodies.slice(0, 5).join('\n'));
    // What the Worker logged about its failures (the log carries no secrets).
    console.error(
      server
        .output()
        .split('\n')
        .filter((line) => line.includes('"level":"error"'))
        .slice(0, 5)
        .join('\n'),
    );
    process.exitCode = 1;
  }
} finally {
  await server.stop();
  rmSync(persistTo, { recursive: true, force: true });
}
