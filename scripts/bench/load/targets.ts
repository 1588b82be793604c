/**
 * The two Workers the load bench runs the protocol against, on the same `wrangler dev`: Samenwaarde
 * and the minimal Worker (scripts/bench/minimal/). Each sets up a fresh survey of RESPONDENTS
 * single-use links for a run and checks afterwards, from its local D1, that nothing was lost or
 * counted twice.
 */
import { currentInstrument, surveyItems } from '../../../core/instrument';
import type { Answers, SectionId } from '../../../core/instrument/types';
import { seededRandom, syntheticAnswers } from '../../../db/seed/synthetic';
import { addStats, aggregateResponses, channelKey, type Stats } from '../../../worker/analysis/stats';
import { api, createPartnership, issueLinks } from '../../local/api';
import { executeLocalSql, type LocalServer } from '../../local/server';
import type { Envelope, Respondent } from './protocol';

export const RESPONDENTS = 200;
export const PARTNERS = 4;
export const sections: SectionId[] = ['drives', 'culture', 'values', 'readiness', 'value_case', 'triangle', 'tensions', 'open', 'about'];

/** The minimal Worker's wrangler config, relative to the repository. */
export const MINIMAL_CONFIG = 'scripts/bench/minimal/wrangler.toml';
/** The same Worker behind the assets layer Samenwaarde has (load/attribution.ts). */
export const MINIMAL_ASSETS_CONFIG = 'scripts/bench/minimal/wrangler.assets.toml';

/** What a run checks afterwards: stored responses against accepted submits, and the aggregate rows. */
export interface Check {
  readonly stored: number;
  readonly aggregateRows: number;
  readonly mismatched: number;
}

export interface Target {
  readonly name: string;
  readonly server: LocalServer;
  readonly persistTo: string;
  /** A fresh survey with RESPONDENTS links, and the answers each respondent will give. */
  prepare(seed: number): Promise<{ respondents: Respondent[]; check: () => Check }>;
}

/**
 * A setup request (not part of what is measured) sent again once when it got no response: the local
 * runtime can drop a kept-alive connection under load (docs/scaling.md), and a second partnership or
 * a few more links change nothing for the run.
 */
const setUp = <T>(request: () => Promise<T>): Promise<T> => request().catch(() => request());

const answersFor = (random: () => number, otherPartnerIds: readonly string[]) =>
  syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds, random, skipOptional: 0.2 });

export function samenwaarde(server: LocalServer, persistTo: string): Target {
  return {
    name: 'Samenwaarde',
    server,
    persistTo,
    async prepare(seed) {
      const partnership = await setUp(() =>
        createPartnership(server.url, {
          partners: Array.from({ length: PARTNERS }, (_, i) => `Partner ${i + 1}`),
          sections,
          minGroupSize: 5,
        }),
      );
      const random = seededRandom(seed);
      const respondents = (
        await Promise.all(
          partnership.partnerIds.map(async (partnerId) => {
            const links = await setUp(() =>
              issueLinks(server.url, partnership.organiserSecret, {
                scope: 'respondent_single',
                surveyId: partnership.surveyId,
                partnerId,
                count: RESPONDENTS / PARTNERS,
                maxUses: null,
              }),
            );
            return links.map((link) => ({ secret: link.secret, partnerId }));
          }),
        )
      )
        .flat()
        .map(({ secret }): Respondent => {
          const client = api(server.url, secret);
          return {
            answers: answersFor(random, []),
            client: {
              open: () => client.respond.$get(),
              draft: (json: Envelope) => client.respond.draft.$put({ json }),
              submit: (json: Envelope) => client.respond.submit.$post({ json }),
            },
          };
        });
      return { respondents, check: () => checkSamenwaarde(persistTo, partnership.surveyId) };
    },
  };
}

/** Stored responses, and every aggregate row against a recomputation from them (the channel counters apart). */
function checkSamenwaarde(persistTo: string, surveyId: string): Check {
  const rows = executeLocalSql<{ partner_id: string; answers: string }>(
    persistTo,
    `SELECT partner_id, answers FROM responses WHERE survey_id = '${surveyId}'`,
  );
  const aggregates = executeLocalSql<{ partner_id: string; group_key: string; respondents: number; stats: string }>(
    persistTo,
    `SELECT partner_id, group_key, respondents, stats FROM aggregates WHERE survey_id = '${surveyId}'`,
  );
  // The counters of responses not folded yet are added, as every reader of live totals adds them (worker/store/fold.ts).
  const pending = executeLocalSql<{ partner_id: string; answers: string }>(
    persistTo,
    `SELECT p.partner_id, r.answers FROM pending_counts p JOIN responses r USING (survey_id, partner_id, submission_key) WHERE p.survey_id = '${surveyId}'`,
  );
  const items = surveyItems(currentInstrument, sections);
  const pendingSums = aggregateResponses(
    items,
    pending.map((p) => ({ partnerId: p.partner_id, answers: JSON.parse(p.answers) as Answers })),
  );
  const expected = aggregateResponses(
    items,
    rows.map((row) => ({ partnerId: row.partner_id, answers: JSON.parse(row.answers) as Answers })),
  );
  // Every link is personal: the `all` row counts each of its respondents as come through one.
  const personal = channelKey('personal');
  const mismatched = aggregates.filter((a) => {
    const e = expected.get(`${a.partner_id}/${a.group_key}`);
    const live = addStats(JSON.parse(a.stats) as Stats, pendingSums.get(`${a.partner_id}/${a.group_key}`)?.stats ?? {});
    const { [personal]: channel, ...stats } = live;
    return (
      !e ||
      e.respondents !== a.respondents ||
      (a.group_key === 'all' ? channel !== a.respondents : channel !== undefined) ||
      Object.keys(e.stats).length !== Object.keys(stats).length ||
      Object.entries(e.stats).some(([k, v]) => stats[k] !== v)
    );
  }).length;
  return { stored: rows.length, aggregateRows: aggregates.length, mismatched: mismatched + Math.max(0, expected.size - aggregates.length) };
}

export function minimal(server: LocalServer, persistTo: string): Target {
  return {
    name: 'minimal',
    server,
    persistTo,
    async prepare(seed) {
      const res = await setUp(() => fetch(`${server.url}/setup?count=${RESPONDENTS}&partners=${PARTNERS}`, { method: 'POST' }));
      if (res.status !== 201) throw new Error(`setting up the minimal Worker failed: ${res.status} ${await res.text()}`);
      const { secrets } = (await res.json()) as { secrets: string[] };
      const random = seededRandom(seed);
      const before = checkMinimal(persistTo);
      const respondents = secrets.map((secret): Respondent => {
        const call = (method: string, path: string, body?: Envelope) =>
          fetch(`${server.url}${path}`, {
            method,
            headers: {
              authorization: `Bearer ${secret}`,
              'accept-language': 'nl',
              ...(body ? { 'content-type': 'application/json' } : {}),
            },
            ...(body ? { body: JSON.stringify(body) } : {}),
          });
        return {
          answers: answersFor(random, []),
          client: {
            open: () => call('GET', '/api/respond'),
            draft: (body) => call('PUT', '/api/respond/draft', body),
            submit: (body) => call('POST', '/api/respond/submit', body),
          },
        };
      });
      // The minimal Worker keeps one database for all runs: a run's figures are the growth.
      return {
        respondents,
        check: () => {
          const after = checkMinimal(persistTo);
          return { stored: after.stored - before.stored, aggregateRows: after.aggregateRows, mismatched: after.mismatched };
        },
      };
    },
  };
}

/** Stored responses, and the counter rows against the responses per partner. */
function checkMinimal(persistTo: string): Check {
  const [row] = executeLocalSql<{ stored: number; rows: number; mismatched: number }>(
    persistTo,
    `SELECT (SELECT count(*) FROM responses) AS stored, (SELECT count(*) FROM aggregates) AS rows,
      (SELECT count(*) FROM aggregates a WHERE a.respondents != (SELECT count(*) FROM responses r WHERE r.partner = a.partner)) AS mismatched`,
    MINIMAL_CONFIG,
  );
  return { stored: row?.stored ?? 0, aggregateRows: row?.rows ?? 0, mismatched: row?.mismatched ?? 0 };
}
