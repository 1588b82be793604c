/**
 * Change between two waves of one partnership (docs/alignment.md §11): a pure function of the two
 * waves' releases, each put through its own confidentiality rules exactly as its report is (its own
 * k, the item threshold), so no change rests on anything its report does not show. Only partners
 * shown in both waves and items asked alike in both (items.ts) are compared; every change is
 * judged with its interval and the chance control over all of them (tests.ts). The overview holds
 * the findings' changes and the clear ones; one partner's every figure is served on demand.
 */
import { analyseWave, type ReportInput } from '../index';
import { isScaleItem, type ScaleItem } from '../partner-items';
import { CHANGE_MIN_SHARE, CONFIDENCE_LEVEL, FALSE_DISCOVERY_RATE, VERDICT_MIN_ANSWERS } from '../thresholds';
import { itemChanges, readinessChanges, valueCaseChanges, valueChoiceChanges } from './findings';
import { pairItems } from './items';
import type { ChangePartner, ChangeReport, PairScoreChange, PartnerChangeDetail, PartnerItemChange } from './model';
import { itemPools, pairGapTests, pairScoreTests, partnerItemTests, type Wave } from './scales';
import { ChangeFamilies, reported } from './tests';

export type * from './model';

const levels = { up: 'higher', down: 'lower' } as const;
/** A section score rises as the pair comes closer. */
const closeness = { up: 'closer', down: 'further_apart' } as const;

/** Everything judged between two waves: the overview and every partner's detail. */
function analyseChange(thenInput: ReportInput, nowInput: ReportInput) {
  const wave = (input: ReportInput) => {
    const { report, ctx, scales } = analyseWave(input);
    return { report, wave: { ctx, scales, index: new Map(ctx.shown.map((p, i) => [p.entry.id, i])) } satisfies Wave };
  };
  const [earlier, later] = [wave(thenInput), wave(nowInput)];
  const [before, after] = [earlier.wave, later.wave];
  const reports = { before: earlier.report, after: later.report };
  const status = (w: Wave, id: string): ChangePartner['before'] => (w.index.has(id) ? 'shown' : 'not_enough_responses');
  const partners: ChangePartner[] = nowInput.partners.map(({ id, name }) => ({
    id,
    name,
    before: status(before, id),
    after: status(after, id),
    compared: before.index.has(id) && after.index.has(id),
  }));
  const waves = { before, after, partnerIds: partners.filter((p) => p.compared).map((p) => p.id) };

  const pairing = pairItems(before.ctx.items, after.ctx.items);
  const comparedIds = new Set(pairing.compared.map((item) => item.id));
  const scaleItems = pairing.compared.filter(isScaleItem);
  const sections = after.ctx.sections.flatMap((s) => {
    const items = s.items.filter((item) => comparedIds.has(item.id));
    return items.length === 0 ? [] : [{ id: s.id, items }];
  });
  const sectionOf = new Map(sections.flatMap((s) => s.items.map((item) => [item.id, s.id] as const)));
  const pools = itemPools(waves, scaleItems);

  const families = new ChangeFamilies();
  const partnerTests = partnerItemTests(waves, scaleItems, pools, families);
  const gapTests = pairGapTests(waves, scaleItems, pools, families);
  const scoreTests = pairScoreTests(waves, sections, pools, families);
  const readiness = readinessChanges(waves, pairing.compared, pools, families);
  const valueCase = valueCaseChanges(waves, pairing.compared, reports, families);
  const values = valueChoiceChanges(waves, pairing.compared, families);
  const counted = families.decide();

  const items: PartnerItemChange[] = partnerTests.map(({ partnerId, item, test }) => ({
    partnerId,
    itemId: item.id,
    sectionId: sectionOf.get(item.id)!,
    ...reported(test, levels, 'no_clear_change'),
  }));
  const pairs: PairScoreChange[] = scoreTests.map(({ a, b, sectionId, items: count, test }) => ({
    a,
    b,
    sectionId,
    items: count,
    ...reported(test, closeness, 'no_clear_change'),
  }));
  const byId = new Map<string, ScaleItem>(scaleItems.map((item) => [item.id, item]));
  const overview: ChangeReport = {
    thresholds: { CHANGE_MIN_SHARE, CONFIDENCE_LEVEL, FALSE_DISCOVERY_RATE, VERDICT_MIN_ANSWERS },
    partners,
    items: { compared: pairing.compared.length, leftOut: pairing.leftOut },
    comparisons: { families: counted.families, changes: counted.tests, falseDiscoveryRate: FALSE_DISCOVERY_RATE },
    faultLines: itemChanges(waves, 'faultLines', byId, reports, gapTests),
    sharedGround: itemChanges(waves, 'sharedGround', byId, reports, gapTests),
    readiness: readiness(),
    valueCase: valueCase(),
    values: values(),
    sectionPairs: sections.flatMap(({ id }) => {
      const onSection = pairs.filter((p) => p.sectionId === id);
      if (onSection.length === 0) return [];
      const count = (verdict: PairScoreChange['verdict']) => onSection.filter((p) => p.verdict === verdict).length;
      return [{ sectionId: id, compared: onSection.length, closer: count('closer'), furtherApart: count('further_apart') }];
    }),
    pairs: pairs.filter((p) => p.verdict !== 'no_clear_change'),
    partnerSections: waves.partnerIds.flatMap((partnerId) =>
      sections.flatMap(({ id }) => {
        const own = items.filter((i) => i.partnerId === partnerId && i.sectionId === id);
        if (own.length === 0) return [];
        const moved = (verdict: PartnerItemChange['verdict']) => own.filter((i) => i.verdict === verdict).map((i) => i.itemId);
        return [{ partnerId, sectionId: id, compared: own.length, higher: moved('higher'), lower: moved('lower') }];
      }),
    ),
  };
  return { overview, items, pairs };
}

/**
 * The change from the earlier wave `then` to the later wave `now` (both of the same partnership;
 * each may use its own instrument version, sections and k).
 */
export function buildChange(thenInput: ReportInput, nowInput: ReportInput): ChangeReport {
  return analyseChange(thenInput, nowInput).overview;
}

/**
 * One partner's every change: its mean on every item compared and its score with every other
 * compared partner per section. Null unless the partner is compared (shown in both waves). The whole
 * partnership is analysed: a verdict allows for every change compared.
 */
export function buildPartnerChange(thenInput: ReportInput, nowInput: ReportInput, partnerId: string): PartnerChangeDetail | null {
  const { overview, items, pairs } = analyseChange(thenInput, nowInput);
  if (!overview.partners.some((p) => p.id === partnerId && p.compared)) return null;
  return {
    partnerId,
    items: items.filter((i) => i.partnerId === partnerId),
    pairs: pairs.filter((p) => p.a === partnerId || p.b === partnerId),
  };
}
