/**
 * The alignment analysis: pure functions from a survey's aggregate counters to the report model
 * (docs/alignment.md). No I/O here, so every number is tested with hand-computed
 * fixtures and benchmarked on its own. Written over the instrument's formats and tags, never over
 * particular item ids.
 */
import { effectiveMinGroupSize, figureShown, partnerVisibility, type ShownBasis } from '../../core/confidentiality';
import { surveyItems, surveySections } from '../../core/instrument';
import type { Item } from '../../core/instrument/types';
import { isBreakdownItem } from '../../core/instrument/types';
import { analyseBreakdowns } from './breakdowns';
import type { AnalysisContext, PartnerInput, ReportInput, ShownPartnerData } from './context';
import { analyseFindings } from './findings';
import type { BreakdownsReport, PairDetail, PartnerCard, PartnerEntry, Report } from './model';
import { analysePair } from './pair-detail';
import { type ScaleTable, scaleTable } from './partner-items';
import { analysePerceptions } from './perceptions';
import { pairPropositions, partnerCard } from './propositions';
import { analyseReadiness, analyseTriangle } from './readiness';
import { analyseSections } from './sections';
import {
  ALL_GROUP,
  CHANNEL_UNIT,
  channelKey,
  channels,
  counterKeyCache,
  isBreakdownStatsItem,
  populationKey,
  type Stats,
  unitOf,
} from './stats';
import { analyseTensions } from './tensions';
import { INDICATIVE_BELOW, thresholds } from './thresholds';
import { analyseValueCase } from './value-case';
import { analyseValues } from './values';

export type { AnalysisContext, GroupAggregate, PartnerInput, ReportInput, ShownPartnerData, StatedFacts } from './context';
export type * from './model';
export * from './thresholds';

/**
 * The item threshold applied to a partner's released counters: the units (items, or items about
 * one other partner) with fewer answers than `figureShown` allows are taken out, so no figure,
 * comparison or score can rest on them. The channel counts (respondents, not answers) stay.
 * `hidden` names the questions left without a figure: answered by fewer than k (or by nobody, or
 * not released yet, which is the same to a reader).
 */
function withItemThreshold(
  stats: Readonly<Stats>,
  items: readonly Item[],
  k: number,
  basis: ShownBasis,
  unitOfKey: (key: string) => string,
) {
  // One verdict per unit, not per counter: a scale item has a dozen counters, a partner a thousand.
  const verdicts = new Map<string, boolean>();
  const shows = (unit: string) => {
    let verdict = verdicts.get(unit);
    if (verdict === undefined) {
      verdict = unit === CHANNEL_UNIT || figureShown(stats[populationKey(unit)] ?? 0, k, basis);
      verdicts.set(unit, verdict);
    }
    return verdict;
  };
  const shown: Stats = {};
  for (const key in stats) if (shows(unitOfKey(key))) shown[key] = stats[key]!;
  const hidden = new Set(items.filter((item) => hasFigures(item) && !shows(item.id)).map((item) => item.id));
  return { shown, hidden };
}

/** `unitOf`, remembered for one report: every partner's row has mostly the same counter names. */
function unitCache(): (key: string) => string {
  const units = new Map<string, string>();
  return (key) => {
    let unit = units.get(key);
    if (unit === undefined) {
      unit = unitOf(key);
      units.set(key, unit);
    }
    return unit;
  };
}

/**
 * Items a partner has a figure of (one population each): scales, drives, chosen options (value
 * case, values) and single choices that are not breakdowns (the partnership's function).
 */
const hasFigures = (item: Item) =>
  isBreakdownStatsItem(item) ||
  item.format === 'allocation' ||
  item.format === 'multi_select' ||
  (item.format === 'single_choice' && !isBreakdownItem(item));

/**
 * A partner as the report lists it: shown (with its count, how its responses came in, and
 * indicative when small) or only named, as the confidentiality rules decide.
 */
function partnerEntry(partner: PartnerInput, released: Readonly<Stats>, respondents: number, k: number): PartnerEntry {
  const { id, name } = partner;
  const visibility = partnerVisibility({ shownAsOrganisation: partner.shownAsOrganisation, respondents }, k);
  if (visibility.status !== 'shown') return { id, name, status: visibility.status };
  const [personal, open] = channels.map((channel) => released[channelKey(channel)] ?? 0) as [number, number];
  return {
    id,
    name,
    status: 'shown',
    respondents,
    basis: visibility.basis,
    indicative: respondents < INDICATIVE_BELOW,
    channels: { personal, open },
    expectedStaff: partner.expectedStaff ?? null,
    uncappedOpenLinks: partner.uncappedOpenLinks ?? 0,
    hiddenItems: 0,
  };
}

/**
 * Applies the confidentiality rules to a release: every partner's entry, and the counters of the
 * shown ones only, without the units under the item threshold. Partners under k (unless shown as
 * the organisation's position) are reduced to their name and "not enough responses", and their
 * counters go no further, so no figure can depend on them.
 */
export function analysisContext(input: ReportInput): { partners: PartnerEntry[]; ctx: AnalysisContext } {
  const k = effectiveMinGroupSize(input.minGroupSize);
  const items = surveyItems(input.instrument, input.sections);
  const partners: PartnerEntry[] = [];
  const shown: ShownPartnerData[] = [];
  const unitOfKey = unitCache();
  for (const partner of input.partners) {
    const groups = input.stats.get(partner.id);
    const all = groups?.get(ALL_GROUP);
    let entry = partnerEntry(partner, all?.stats ?? {}, all?.respondents ?? 0, k);
    if (entry.status === 'shown' && groups && all) {
      const { shown: stats, hidden } = withItemThreshold(all.stats, items, k, entry.basis, unitOfKey);
      entry = { ...entry, hiddenItems: hidden.size };
      shown.push({ entry, all: stats, hidden, groups });
    }
    partners.push(entry);
  }
  const ctx: AnalysisContext = {
    k,
    sections: surveySections(input.instrument, input.sections),
    items,
    shown,
    keys: counterKeyCache(),
  };
  return { partners, ctx };
}

/** Builds the report model (see `Report`) from a survey's aggregate counters. */
export function buildReport(input: ReportInput): Report {
  return analyseWave(input).report;
}

/**
 * The report model with what it was computed from: the context (who is shown, their counters after
 * the item threshold) and every shown partner's scale figures, for analyses that go on from a
 * report (the change between two waves).
 */
export function analyseWave(input: ReportInput): { report: Report; ctx: AnalysisContext; scales: ScaleTable } {
  const { partners, ctx } = analysisContext(input);
  const scales = scaleTable(ctx);
  const { sections, pairs, sharedGround, faultLines, comparisons } = analyseSections(ctx, scales);
  const valueCase = analyseValueCase(ctx, scales);
  const readiness = analyseReadiness(ctx, scales, faultLines, input.collaborationFunction ?? null);
  const report: Report = {
    minGroupSize: ctx.k,
    thresholds,
    partners,
    sections,
    pairs,
    comparisons,
    sharedGround,
    faultLines,
    valueCase,
    values: analyseValues(ctx, scales),
    facts: input.partners.flatMap((p) => {
      const stated = input.facts?.get(p.id);
      return stated ? [{ partnerId: p.id, ...stated }] : [];
    }),
    readiness,
    triangle: analyseTriangle(ctx, scales),
    tensions: analyseTensions(ctx, scales),
    perceptions: analysePerceptions(ctx, scales),
    findings: analyseFindings({ sections, faultLines, sharedGround, valueCase, readiness }),
  };
  return { report, ctx, scales };
}

/**
 * One shown partner's value proposition (`PartnerCard`), from the whole report: its figures and
 * its relations to every other partner. Null unless the partner is shown.
 */
export function buildPartnerCard(input: ReportInput, partnerId: string): PartnerCard | null {
  return partnerCard(buildReport(input), partnerId, input.facts?.get(partnerId) ?? null);
}

/**
 * Every comparison of one pair of partners (the numbers behind `Report.pairs`). `input` must hold
 * every partner's counters, as for `buildReport`: a verdict allows for every comparison of the
 * report. Null unless both are distinct shown partners: a partner under k cannot be asked about by
 * id either.
 */
export function buildPairDetail(input: ReportInput, a: string, b: string): PairDetail | null {
  const { ctx } = analysisContext(input);
  const detail = analysePair(ctx, scaleTable(ctx), a, b);
  return detail && { ...detail, propositions: pairPropositions(buildReport(input), a, b) };
}

/**
 * One partner's breakdowns by role and involvement. `input.stats` must hold that partner's group
 * rows. Null unless the partner is shown.
 */
export function buildBreakdowns(input: ReportInput, partnerId: string): BreakdownsReport | null {
  return analyseBreakdowns(analysisContext(input).ctx, partnerId);
}
