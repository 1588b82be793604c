/**
 * Confidentiality attacks through the real API: someone who reads every report view and every
 * export, and subtracts one from another, must learn nothing about a group smaller than k. (The
 * attacks of issue 12, by insiders and over time, are in attacks.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../core/csv';
import { currentInstrument } from '../../core/instrument';
import type { SectionId } from '../../core/instrument/types';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { client, createPartnership, raw, respondentLinks, submissionId } from './client';

const sections: SectionId[] = ['drives', 'culture', 'values', 'readiness', 'value_case', 'perceptions', 'open', 'about'];
type Partnership = Awaited<ReturnType<typeof createPartnership>>;

async function respond(
  p: Partnership,
  partnerIndex: number,
  seeds: readonly number[],
  override: (seed: number) => Record<string, unknown> = () => ({}),
) {
  const partnerId = p.partnerIds[partnerIndex]!;
  const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, partnerId, 'respondent_open');
  const others = p.partnerIds.filter((id) => id !== partnerId);
  for (const seed of seeds) {
    const answers = {
      ...syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds: others, random: seededRandom(seed) }),
      'open.success': `comment ${seed}`,
      ...override(seed),
    };
    const res = await client(secret).respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers } });
    expect(res.status).toBe(201);
  }
}

/** Everything a reader can get about a survey: every report view and the organiser's export. */
async function everything(p: Partnership) {
  const [a, b] = p.partnerIds as [string, string, string];
  const views = {
    report: await (await raw('/api/report', { secret: p.organiserSecret })).text(),
    pair: await (await raw(`/api/report/pair?a=${a}&b=${b}`, { secret: p.organiserSecret })).text(),
    breakdownsA: await (await raw(`/api/report/breakdowns?partnerId=${a}`, { secret: p.organiserSecret })).text(),
    breakdownsB: await (await raw(`/api/report/breakdowns?partnerId=${b}`, { secret: p.organiserSecret })).text(),
    csv: await (await raw('/api/report/export?format=csv&lang=en', { secret: p.organiserSecret })).text(),
    json: await (await raw('/api/report/export?format=json', { secret: p.organiserSecret })).text(),
  };
  // Ids differ between partnerships; put both on the same footing before comparing.
  const normalise = (text: string) =>
    [p.surveyId, p.partnershipId, ...p.partnerIds].reduce((out, id, i) => out.replaceAll(id, `<id${i}>`), text);
  return Object.fromEntries(Object.entries(views).map(([name, text]) => [name, normalise(text)]));
}

describe('confidentiality under attack', () => {
  it('gives identical report views and exports whatever a partner under k answered', async () => {
    // Two partnerships, identical but for what the third partner's two respondents said.
    const first = await createPartnership({ sections, minGroupSize: 5 });
    const second = await createPartnership({ sections, minGroupSize: 5 });
    for (const p of [first, second]) {
      await respond(p, 0, [1, 2, 3, 4, 5, 6]);
      await respond(p, 1, [11, 12, 13, 14, 15, 16, 17]);
    }
    await respond(first, 2, [21, 22]);
    await respond(second, 2, [91, 92], () => ({ 'culture.control_trust': 7, 'open.success': 'something else entirely' }));

    const seenFirst = await everything(first);
    const seenSecond = await everything(second);
    expect(seenFirst).toEqual(seenSecond);
    // The small partner is named only as "not enough responses", and has no figure in the export.
    expect(seenFirst.report!.split('<id4>').length - 1).toBe(1);
    expect(seenFirst.report).toContain('"status":"not_enough_responses"');
    expect(seenFirst.json!.split('<id4>').length - 1).toBe(1);
    expect(seenFirst.csv).not.toContain('Bouwbedrijf Van Dam');
    expect(seenFirst.csv).toContain('Gemeente Rivierstad');
    expect(
      (await raw(`/api/report/pair?a=${first.partnerIds[0]}&b=${first.partnerIds[2]}`, { secret: first.organiserSecret })).status,
    ).toBe(404);
    expect((await raw(`/api/report/breakdowns?partnerId=${first.partnerIds[2]}`, { secret: first.organiserSecret })).status).toBe(404);
  });

  it('withholds a breakdown whose small group could be found by subtracting the others', async () => {
    const p = await createPartnership({ sections, minGroupSize: 5 });
    // Seven respondents: five managers and two professionals. Showing "managers" next to "everyone"
    // would reveal the two professionals by subtraction, so the role breakdown must not appear.
    await respond(p, 0, [31, 32, 33, 34, 35, 36, 37], (seed) => ({
      'about.role': seed <= 35 ? 'manager' : 'professional',
      'about.involvement': 'direct',
    }));
    await respond(p, 1, [41, 42, 43, 44, 45]);

    const res = await raw(`/api/report/breakdowns?partnerId=${p.partnerIds[0]}`, { secret: p.organiserSecret });
    const { breakdowns } = (await res.json()) as { breakdowns: { dimensions: { dimension: string; status: string; groups: unknown[] }[] } };
    const role = breakdowns.dimensions.find((d) => d.dimension === 'role')!;
    expect(role.status).toBe('withheld');
    expect(role.groups).toEqual([]);

    // The export cannot be used to the same end: it has the partner's figures, no role group of it.
    const csv = await (await raw('/api/report/export?format=csv&lang=en', { secret: p.organiserSecret })).text();
    const [header, ...rows] = parseCsv(csv);
    const group = header!.indexOf('Group');
    const ours = rows.filter((r) => r[1] === 'Gemeente Rivierstad');
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.some((r) => r[group]!.startsWith('What best describes your position?'))).toBe(false);
  });
});
