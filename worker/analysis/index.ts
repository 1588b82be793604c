/**
 * The alignment analysis: pure functions from a survey's aggregate counters to the report model
 * (docs/alignment.md). No I/O here, so every number is tested with hand-computed
 * fixtures and benchmarked on its own. Written over the instrument's formats and tags, never over
 * particular item ids.
 */
import { effectiveMinGroupSize, partnerVisibility } from '../../core/confidentiality';
import { surveyItems, surveySections } from '../../core/instrument';
import { analyseBreakdowns } from './breakdowns';
import type { AnalysisContext, PartnerInput, ReportInput, ShownPartnerData } from './context';
import { analyseFindings } from './findings';
import { readUnits, unitCache, withItemThreshold } from './item-threshold';
import type { BreakdownsReport, PairDetail, PartnerCard, PartnerEntry, Report } from './model';
import { analysePair } from './pair-detail';
import { type ScaleTable, scaleTable } from './partner-items';
import { analysePerceptions } from './perceptions';
import { pairPropositions, partnerCard } from './propositions';
import { analyseReadiness, analyseTriangle } from './readiness';
import { analyseSections } from './sections';
import { ALL_GROUP, type Counters, channelKey, channels, counterKeyCache, multiItemScales, NO_COUNTERS } from './stats';
import { analyseTensions } from './tensions';
import { INDICATIVE_BELOW, thresholds } from './thresholds';
import { analyseValueCase } from './value-case';
import { analyseValues } from './values';

export type { AnalysisContext, GroupAggregate, PartnerInput, ReportInput, ShownPartnerData, StatedFacts } from './context';
export type * from './model';
export * from './thresholds';

/**
 * A partner as the report lists it: shown (with its count, how its responses came in, and
 * indicative when small) or only named, as the confidentiality rules decide.
 */
function partnerEntry(partner: PartnerInput, released: Counters, respondents: number, k: number): PartnerEntry {
  const { id, name } = partner;
  const visibility = partnerVisibility({ shownAsOrganisation: partner.shownAsOrganisation, respondents }, k);
  if (visibility.status !== 'shown') return { id, name, status: visibility.status };
  const [personal, open] = channels.map((channel) => released.get(channelKey(channel)) ?? 0) as [number, number];
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
  const entries = input.partners.map((partner) => {
    const all = input.stats.get(partner.id)?.get(ALL_GROUP);
    return partnerEntry(partner, all?.stats ?? NO_COUNTERS, all?.respondents ?? 0, k);
  });
  const units = readUnits(
    items,
    entries.filter((entry) => entry.status === 'shown').map((entry) => entry.id),
  );
  const shown: ShownPartnerData[] = [];
  const unitOfKey = unitCache();
  const partners = entries.map((listed): PartnerEntry => {
    const groups = input.stats.get(listed.id);
    const all = groups?.get(ALL_GROUP);
    if (listed.status !== 'shown' || !groups || !all) return listed;
    const { shown: stats, hidden } = withItemThreshold(listed.id, all.stats, items, units, k, listed.basis, unitOfKey);
    const entry = { ...listed, hiddenItems: hidden.size };
    shown.push({ entry, all: stats, hidden, groups });
    return entry;
  });
  const ctx: AnalysisContext = {
    k,
    sections: surveySections(input.instrument, input.sections),
    items,
    shown,
    keys: counterKeyCache(),
    multiItemScales: multiItemScales(items),
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
 * its relations to every other partner. Null unless the partner is shown. `report`: the model of
 * this input, when it is at hand (built otherwise); the card needs no counters beyond it.
 */
export function buildPartnerCard(input: ReportInput, partnerId: string, report: Report = buildReport(input)): PartnerCard | null {
  return partnerCard(report, partnerId, input.facts?.get(partnerId) ?? null);
}

/**
 * Every comparison of one pair of partners (the numbers behind `Report.pairs`). `input` must hold
 * every partner's counters, as for `buildReport`: a verdict allows for every comparison of the
 * report, so it is the model's (`report`: the model of this input, when it is at hand; built
 * otherwise). Null unless both are distinct shown partners: a partner under k cannot be asked
 * about by id either.
 */
export function buildPairDetail(input: ReportInput, a: string, b: string, report: Report = buildReport(input)): PairDetail | null {
  const { ctx } = analysisContext(input);
  const detail = analysePair(ctx, scaleTable(ctx), report, a, b);
  return detail && { ...detail, propositions: pairPropositions(report, a, b) };
}

/**
 * One partner's breakdowns by role and involvement. `input.stats` must hold that partner's group
 * rows. Null unless the partner is shown.
 */
export function buildBreakdowns(input: ReportInput, partnerId: string): BreakdownsReport | null {
  return analyseBreakdowns(analysisContext(input).ctx, partnerId);
}
