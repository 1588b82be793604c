import { describe, expect, it } from 'vitest';
import { currentInstrument } from '../../core/instrument';
import { sectionIds } from '../../core/instrument/types';
import { randomProfile, seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { reportInput } from '../../test/unit/analysis/fixtures';
import { buildReport } from '.';
import { FAULT_LINES_OPEN, reportFigures, reportOverview } from './overview';

const sections = [...sectionIds];

/**
 * `count` partners of `respondents` each: each leaning its own way (many fault lines), or all
 * leaning one way (shared ground) while the others see the first partner far from where it sees
 * itself (a notable perception gap).
 */
function report(count: number, respondents: number, alike: boolean) {
  const ids = Array.from({ length: count }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
  const random = seededRandom(3);
  const shared = randomProfile(currentInstrument, sections, random);
  const first = Object.fromEntries(
    currentInstrument.sections
      .flatMap((s) => s.items)
      .flatMap((item) => (item.format === 'bipolar' ? [[item.id, 8 - (shared[item.id] ?? 4)]] : [])),
  );
  const partners = ids.map((id, i) => {
    const profile = alike ? shared : randomProfile(currentInstrument, sections, random);
    const others = ids.filter((other) => other !== id);
    const perceptionProfiles = alike ? { [ids[0]!]: first } : undefined;
    const answers = Array.from({ length: respondents }, () =>
      syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds: others, profile, perceptionProfiles, random }),
    );
    return { id, name: `Partner ${i + 1}`, shownAsOrganisation: false, answers };
  });
  return buildReport(reportInput(partners, { instrument: currentInstrument, sections, minGroupSize: 5 }));
}

describe.each([
  ['partners leaning their own ways', report(8, 12, false)],
  ['partners leaning one way', report(4, 30, true)],
])('the overview and the figures, %s', (kind, model) => {
  const overview = reportOverview(model);
  const items = new Map(model.sections.flatMap((s) => s.items).map((i) => [i.itemId, i]));
  const positions = (itemId: string) => {
    const item = items.get(itemId)!;
    return item.kind === 'scale' ? item.byPartner.filter((s) => s.mean !== null) : [];
  };

  it('are the model together, cut from it', () => {
    expect({ ...overview, ...reportFigures(model) }).toEqual(model);
  });

  it('open the sharpest fault lines with every position, the others with their widest pair and its means', () => {
    if (kind.includes('own ways')) expect(model.faultLines.length).toBeGreaterThan(FAULT_LINES_OPEN);
    overview.faultLines.forEach((line, index) => {
      const full = model.faultLines[index]!;
      const open = index < FAULT_LINES_OPEN;
      expect(line.positions?.map((p) => [p.partnerId, p.mean]) ?? null).toEqual(
        open ? positions(line.itemId).map((p) => [p.partnerId, p.mean]) : null,
      );
      expect(line.widest.map(({ aMean: _a, bMean: _b, ...pair }) => pair)).toEqual(open ? full.widest : full.widest.slice(0, 1));
      for (const pair of line.widest) {
        const mean = (id: string) => positions(line.itemId).find((p) => p.partnerId === id)!.mean;
        expect([pair.aMean, pair.bMean]).toEqual([mean(pair.a), mean(pair.b)]);
      }
    });
  });

  it('keep what the page shows of the rest: shared positions, notable gaps, scores, "don’t know" per tension', () => {
    for (const entry of overview.sharedGround) expect(entry.positions).toHaveLength(positions(entry.itemId).length);
    const notable = model.perceptions!.items.flatMap((i) => i.targets.filter((t) => t.notable));
    if (kind.includes('one way')) expect([model.sharedGround.length, notable.length]).not.toContain(0);
    expect(overview.perceptions!.items.flatMap((i) => i.targets)).toEqual(notable);
    const factor = overview.readiness!.factors[0]!;
    expect(factor.byPartner[0]).toEqual({
      partnerId: model.readiness!.factors[0]!.byPartner[0]!.partnerId,
      score: model.readiness!.factors[0]!.byPartner[0]!.score,
      band: model.readiness!.factors[0]!.byPartner[0]!.band,
      divided: model.readiness!.factors[0]!.byPartner[0]!.divided,
      dontKnowShare: model.readiness!.factors[0]!.byPartner[0]!.dontKnowShare,
    });
    for (const partner of overview.tensions!.byPartner) {
      for (const { itemId } of model.tensions!.ranked) {
        const item = items.get(itemId)!;
        const dontKnow = item.kind === 'scale' ? item.byPartner.find((s) => s.partnerId === partner.partnerId)!.dontKnow : 0;
        expect(partner.dontKnow[itemId] ?? 0).toBe(dontKnow);
      }
    }
  });
});
