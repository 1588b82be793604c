/**
 * For the sentence tests: a report model built by the real analysis from explicit answers to the
 * real instrument (version 1), sent through JSON as the page receives it, and the view over it.
 */
import { currentInstrument } from '../../../../../core/instrument';
import type { Answers, Language, SectionId } from '../../../../../core/instrument/types';
import { columns, reportInput } from '../../../../../test/unit/analysis/fixtures';
import { buildReport } from '../../../../../worker/analysis';
import type { Report } from '../types';
import { makeView, type ReportView } from '../view';

export { columns };

/** `count` answers that are all `value`. */
export const same = <T>(count: number, value: T): T[] => Array.from({ length: count }, () => value);

export interface TestPartner {
  readonly name: string;
  readonly answers: readonly Answers[];
  readonly shownAsOrganisation?: boolean;
}

/** The view of the report on these partners (ids p0, p1, …), k = 3. */
export function viewOf(partners: readonly TestPartner[], language: Language = 'nl', sections?: SectionId[]): ReportView {
  const input = reportInput(
    partners.map((p, i) => ({ id: `p${i}`, name: p.name, shownAsOrganisation: p.shownAsOrganisation ?? false, answers: p.answers })),
    { instrument: currentInstrument, sections: sections ?? currentInstrument.sections.map((s) => s.id), minGroupSize: 3 },
  );
  const report = JSON.parse(JSON.stringify(buildReport(input))) as Report;
  return makeView(report, currentInstrument, language);
}
