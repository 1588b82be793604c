/**
 * For the sentence tests: a report model built by the real analysis from explicit answers to the
 * real instrument (version 1), sent through JSON as the page receives it, and the view over it.
 */
import { currentInstrument } from '../../../../../core/instrument';
import type { Answers, Language, SectionId } from '../../../../../core/instrument/types';
import { columns, reportInput } from '../../../../../test/unit/analysis/fixtures';
import { buildReport } from '../../../../../worker/analysis';
import { buildChange } from '../../../../../worker/analysis/change';
import type { ChangeReport, Report } from '../types';
import { makeView, type ReportView } from '../view';

export { columns };

/** `count` answers that are all `value`. */
export const same = <T>(count: number, value: T): T[] => Array.from({ length: count }, () => value);

export interface TestPartner {
  readonly name: string;
  readonly answers: readonly Answers[];
  readonly shownAsOrganisation?: boolean;
}

/** The report input on these partners (ids p0, p1, …), k = 3. */
const inputOf = (partners: readonly TestPartner[], sections?: SectionId[]) =>
  reportInput(
    partners.map((p, i) => ({ id: `p${i}`, name: p.name, shownAsOrganisation: p.shownAsOrganisation ?? false, answers: p.answers })),
    { instrument: currentInstrument, sections: sections ?? currentInstrument.sections.map((s) => s.id), minGroupSize: 3 },
  );

/** The model as the page receives it: through JSON. */
const received = <T>(model: unknown) => JSON.parse(JSON.stringify(model)) as T;

/** The view of the report on these partners (ids p0, p1, …), k = 3. */
export function viewOf(partners: readonly TestPartner[], language: Language = 'nl', sections?: SectionId[]): ReportView {
  return makeView(received<Report>(buildReport(inputOf(partners, sections))), currentInstrument, language);
}

/** The view of the later wave's report and the change from the earlier wave (the same partners, in the same order). */
export function changeOf(
  before: readonly TestPartner[],
  after: readonly TestPartner[],
  language: Language = 'nl',
  sections?: SectionId[],
): { view: ReportView; change: ChangeReport } {
  return {
    view: viewOf(after, language, sections),
    change: received<ChangeReport>(buildChange(inputOf(before, sections), inputOf(after, sections))),
  };
}
