/**
 * The report API as a partnership lead uses it: the overview, one pair's comparisons, one partner's
 * breakdowns and the free-text sample, each within the confidentiality rules, and only with a
 * report or organiser link.
 */
import { describe, expect, it } from 'vitest';
import { currentInstrument, surveyItems } from '../../core/instrument';
import type { SectionId } from '../../core/instrument/types';
import { isBreakdownItem } from '../../core/instrument/types';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { COMMENT_SAMPLE_SIZE } from '../../worker/store/comments';
import { client, createPartnership, raw, respondentLinks, submissionId } from './client';

const sections: SectionId[] = ['drives', 'culture', 'values', 'readiness', 'value_case', 'open', 'about'];

/** Submits `count` responses for a partner, each with a numbered comment. */
async function respond(p: Awaited<ReturnType<typeof createPartnership>>, partnerIndex: number, count: number) {
  const partnerId = p.partnerIds[partnerIndex]!;
  const secrets = await respondentLinks(p.organiserSecret, p.surveyId, partnerId, 'respondent_single', count);
  const random = seededRandom(partnerIndex + 1);
  const others = p.partnerIds.filter((id) => id !== partnerId);
  await Promise.all(
    secrets.map(async (secret, i) => {
      const answers = {
        ...syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds: others, random }),
        'open.success': `partner ${partnerIndex} comment ${i}`,
      };
      const res = await client(secret).respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers } });
      expect(res.status).toBe(201);
    }),
  );
}

describe('the report API', () => {
  it('serves overview, pair, breakdowns and a bounded comment sample, never about a partner under k', async () => {
    const p = await createPartnership({ sections, minGroupSize: 5 });
    await respond(p, 0, COMMENT_SAMPLE_SIZE + 5);
    await respond(p, 1, 6);
    await respond(p, 2, 2);
    const [first, second, small] = p.partnerIds as [string, string, string];

    const overview = await (await p.api.report.$get({ query: {} })).json();
    expect(overview.report.partners.map((x) => x.status)).toEqual(['shown', 'shown', 'not_enough_responses']);
    const { figures } = await (await p.api.report.figures.$get({ query: {} })).json();
    expect(figures.pairs.map((x) => [x.a, x.b])).toEqual([[first, second]]);

    const pair = await p.api.report.pair.$get({ query: { a: first, b: second } });
    expect(pair.status).toBe(200);
    const detail = (await pair.json()).pair;
    expect(detail.items.length).toBeGreaterThan(0);
    expect(detail.allocations).toHaveLength(1);
    const withSmall = await p.api.report.pair.$get({ query: { a: first, b: small } });
    expect(withSmall.status).toBe(404);
    expect(JSON.stringify(await withSmall.json())).not.toContain(small);

    const breakdowns = await p.api.report.breakdowns.$get({ query: { partnerId: first } });
    expect(breakdowns.status).toBe(200);
    const dimensions = surveyItems(currentInstrument, sections).flatMap((item) => (isBreakdownItem(item) ? [item.tags.breakdown] : []));
    expect((await breakdowns.json()).breakdowns.dimensions.map((d) => d.dimension)).toEqual(dimensions);
    expect((await p.api.report.breakdowns.$get({ query: { partnerId: small } })).status).toBe(404);

    // Comments: only the partner with at least 10 respondents; a sample of at most COMMENT_SAMPLE_SIZE.
    const { comments } = await (await p.api.report.comments.$get({ query: {} })).json();
    expect(comments.minRespondents).toBe(10);
    expect(comments.byPartner.map((x) => x.partnerId)).toEqual([first]);
    const shown = comments.byPartner[0]!.items.find((i) => i.itemId === 'open.success')!.comments;
    expect(shown).toHaveLength(COMMENT_SAMPLE_SIZE);
    expect(new Set(shown).size).toBe(COMMENT_SAMPLE_SIZE);
    expect(shown.every((c) => c.startsWith('partner 0 comment '))).toBe(true);
    // Stored in random order, not in the order they came in.
    expect(shown).not.toEqual([...shown].sort((x, y) => Number(x.split(' ').at(-1)) - Number(y.split(' ').at(-1))));
  });

  it('gives a pair the overview’s verdicts, which allow for every comparison of the report', async () => {
    const asked: SectionId[] = ['drives', 'culture', 'values', 'readiness'];
    const p = await createPartnership({ sections: asked, minGroupSize: 5 });
    const items = surveyItems(currentInstrument, asked);
    // Three partners leaning apart (left, right, middle of every scale), six respondents each.
    for (const [index, lean] of [0, 1, 0.5].entries()) {
      const partnerId = p.partnerIds[index]!;
      const profile = Object.fromEntries(items.map((item) => [item.id, 1 + lean * (item.format === 'bipolar' ? 6 : 4)]));
      const random = seededRandom(index + 10);
      const secrets = await respondentLinks(p.organiserSecret, p.surveyId, partnerId, 'respondent_single', 6);
      for (const secret of secrets) {
        const answers = syntheticAnswers({ instrument: currentInstrument, sections: asked, otherPartnerIds: [], profile, random });
        const res = await client(secret).respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers } });
        expect(res.status).toBe(201);
      }
    }
    const { report } = await (await p.api.report.$get({ query: {} })).json();
    const { figures } = await (await p.api.report.figures.$get({ query: {} })).json();
    expect(figures.pairs).toHaveLength(3);
    // Every pair on every scale item, except where a partner has fewer than k answers (its figure is hidden).
    const scaleItems = figures.sections.flatMap((s) => s.items).filter((i) => i.kind === 'scale');
    const pairsOf = (shown: number) => (shown * (shown - 1)) / 2;
    const compared = scaleItems.map((i) => pairsOf(i.byPartner.filter((b) => !b.hidden).length)).filter((n) => n > 0);
    expect(report.comparisons.items).toBe(compared.length);
    expect(report.comparisons.pairComparisons).toBe(compared.reduce((a, b) => a + b, 0));
    expect(figures.pairs.some((pair) => pair.conflicts.length > 0)).toBe(true);
    for (const pair of figures.pairs) {
      const { pair: detail } = await (await p.api.report.pair.$get({ query: { a: pair.a, b: pair.b } })).json();
      expect(detail.comparisons).toEqual(report.comparisons);
      expect(detail.items.filter((i) => i.verdict === 'conflict').map((i) => i.itemId)).toEqual(pair.conflicts);
    }
  });

  it('reports on a partnership of 40 partners, the most set-up allows: 30 over k in two camps, 10 under k', async () => {
    // k = 3. Partners 4, 8, …, 40 (index 3, 7, …) have two responses each: under k. The other 30 have three each and
    // split into two camps on one culture scale: even indexes near the left pole (1, 1, 2), the rest near the right (7, 7, 6).
    const required: SectionId[] = ['drives', 'culture', 'values', 'readiness'];
    const res = await client().partnerships.$post({
      json: {
        partnership: { name: 'Regio', challenge: 'Veertig partners', collaborationFunction: 'strategic_alignment', horizon: '2030' },
        partners: Array.from({ length: 40 }, (_, i) => ({ name: `Partner ${i + 1}`, sector: 'public' as const })),
        survey: { title: 'Nulmeting', sections: required, languages: ['nl'], minGroupSize: 3 },
      },
    });
    expect(res.status).toBe(201);
    const { organiserSecret, surveyId, partnerIds } = await res.json();
    const underK = (i: number) => i % 4 === 3;
    const leftCamp = (i: number) => i % 2 === 0;
    const random = seededRandom(40);
    for (const [i, partnerId] of partnerIds.entries()) {
      const [secret] = await respondentLinks(organiserSecret, surveyId!, partnerId, 'respondent_open');
      const positions = underK(i) ? [4, 4] : leftCamp(i) ? [1, 1, 2] : [7, 7, 6];
      for (const position of positions) {
        const answers = {
          ...syntheticAnswers({ instrument: currentInstrument, sections: required, otherPartnerIds: [], random }),
          'culture.control_trust': position,
        };
        const submitted = await client(secret).respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers } });
        expect(submitted.status).toBe(201);
      }
    }

    const served = await (await client(organiserSecret).report.$get({ query: {} })).json();
    const report = served.report;
    const shown = partnerIds.filter((_, i) => !underK(i));
    const withheld = partnerIds.filter((_, i) => underK(i));
    expect(shown).toHaveLength(30);
    expect(report.minGroupSize).toBe(3);
    expect(report.partners).toHaveLength(40);
    for (const [i, partner] of report.partners.entries()) {
      expect(partner, partner.name).toEqual(
        underK(i)
          ? { id: partnerIds[i], name: `Partner ${i + 1}`, status: 'not_enough_responses' }
          : {
              id: partnerIds[i],
              name: `Partner ${i + 1}`,
              status: 'shown',
              respondents: 3,
              basis: 'anonymous_group',
              indicative: true,
              // All three through the one open link, made without a cap.
              channels: { personal: 0, open: 3 },
              expectedStaff: null,
              uncappedOpenLinks: 1,
              hiddenItems: expect.any(Number),
            },
      );
    }
    // A partner under k is named once, in the partner list, and is in no figure.
    const { figures } = await (await client(organiserSecret).report.figures.$get({ query: {} })).json();
    const json = JSON.stringify(served);
    for (const id of withheld) expect(json.split(id).length - 1, id).toBe(1);
    for (const id of withheld) expect(JSON.stringify(figures), id).not.toContain(id);

    // Every pair of the 30 shown partners (435), in partner order; the two camps conflict on the scale (20 × 10 pairs).
    expect(figures.pairs.map((p) => `${p.a} ${p.b}`)).toEqual(shown.flatMap((a, i) => shown.slice(i + 1).map((b) => `${a} ${b}`)));
    const indexOf = new Map<string, number>(partnerIds.map((id, i) => [id, i]));
    const inLeftCamp = (id: string) => leftCamp(indexOf.get(id)!);
    for (const pair of figures.pairs) {
      expect(pair.conflicts.includes('culture.control_trust'), `${pair.a} ${pair.b}`).toBe(inLeftCamp(pair.a) !== inLeftCamp(pair.b));
    }
    const culture = figures.sections.find((s) => s.sectionId === 'culture')!;
    expect(culture.pairScores.partnerIds).toEqual(shown);
    expect(culture.pairScores.scores).toHaveLength(30);
    const scale = culture.items.find((i) => i.itemId === 'culture.control_trust');
    if (scale?.kind !== 'scale') throw new Error('culture.control_trust is not reported as a scale');
    expect(scale.byPartner.map((p) => p.partnerId)).toEqual(shown);
    for (const summary of scale.byPartner) {
      expect(summary.n).toBe(3);
      expect(summary.mean).toBeCloseTo(inLeftCamp(summary.partnerId) ? 4 / 3 : 20 / 3, 4);
      expect(summary.divided).toBe(false);
    }
    expect(report.faultLines.find((f) => f.itemId === 'culture.control_trust')).toMatchObject({ conflictingPairs: 200 });
  }, 60_000);

  it('is closed to respondent links', async () => {
    const p = await createPartnership();
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_open');
    for (const path of ['/api/report', '/api/report/comments']) expect((await raw(path, { secret })).status).toBe(404);
  });
});
