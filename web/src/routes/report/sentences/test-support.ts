/**
 * For the sentence tests: a report model built by the real analysis from explicit answers to a real
 * instrument (the current version unless a test reads a version 1 report), sent through JSON as the
 * page receives it, and the view over it.
 */
import { currentInstrument } from '../../../../../core/instrument';
import type { Answers, CollaborationFunction, Instrument, Language, SectionId } from '../../../../../core/instrument/types';
import { columns, reportInput } from '../../../../../test/unit/analysis/fixtures';
import { buildPairDetail, buildPartnerCard, buildReport, type ReportInput } from '../../../../../worker/analysis';
import { buildChange } from '../../../../../worker/analysis/change';
import { reportFigures, reportOverview } from '../../../../../worker/analysis/overview';
import type { ChangeReport, Figures, PairDetail, PartnerCard, Report } from '../types';
import { makeView, type ReportView } from '../view';

export { columns };

/** `count` answers that are all `value`. */
export const same = <T>(count: number, value: T): T[] => Array.from({ length: count }, () => value);

export interface TestPartner {
  readonly name: string;
  readonly answers: readonly Answers[];
  readonly shownAsOrganisation?: boolean;
}

export interface ViewOptions {
  readonly sections?: SectionId[];
  readonly instrument?: Instrument;
  readonly collaborationFunction?: CollaborationFunction;
}

/** The analysis input for these partners (ids p0, p1, …), k = 3. */
function inputOf(partners: readonly TestPartner[], options: ViewOptions | SectionId[]): ReportInput {
  const { sections, instrument = currentInstrument, collaborationFunction } = Array.isArray(options) ? { sections: options } : options;
  const input = reportInput(
    partners.map((p, i) => ({ id: `p${i}`, name: p.name, shownAsOrganisation: p.shownAsOrganisation ?? false, answers: p.answers })),
    { instrument, sections: sections ?? instrument.sections.map((s) => s.id), minGroupSize: 3 },
  );
  return { ...input, collaborationFunction };
}

/** What a route sends, as the page receives it: through JSON. */
const asSent = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The view of the report on these partners (ids p0, p1, …), k = 3. */
export function viewOf(partners: readonly TestPartner[], language: Language = 'nl', options: ViewOptions | SectionId[] = {}): ReportView {
  const input = inputOf(partners, options);
  return makeView(asSent(reportOverview(buildReport(input))) as Report, input.instrument, language);
}

/** The report's figures, one partner's card and one pair's detail, as GET /api/report/figures, /partner and /pair send them. */
export function onDemand(partners: readonly TestPartner[], options: ViewOptions | SectionId[] = {}) {
  const input = inputOf(partners, options);
  return {
    figures: () => asSent(reportFigures(buildReport(input))) as Figures,
    card: (partnerId: string) => asSent(buildPartnerCard(input, partnerId)) as PartnerCard,
    pair: (a: string, b: string) => asSent(buildPairDetail(input, a, b)) as PairDetail,
  };
}

/** The view of the later wave's report and the change from the earlier wave (the same partners, in the same order). */
export function changeOf(
  before: readonly TestPartner[],
  after: readonly TestPartner[],
  language: Language = 'nl',
  options: ViewOptions | SectionId[] = {},
): { view: ReportView; change: ChangeReport } {
  return {
    view: viewOf(after, language, options),
    change: asSent(buildChange(inputOf(before, options), inputOf(after, options))) as ChangeReport,
  };
}
