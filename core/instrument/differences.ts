/**
 * What a difference between partners on an item of each section means (docs/alignment.md §4), shared
 * by the analysis that labels fault lines and the report page that groups them. Ways of working,
 * values and tensions are differences to discuss: they cause friction. A difference in readiness
 * (the readiness statements and the triangle) is uneven readiness. A difference in the value case
 * (investing against receiving, whose goals are served) belongs to the partners' propositions.
 * Drives and what partners bring and want are compared as complements, never as fault lines.
 */
import type { SectionId } from './types';

export type DifferenceKind = 'ways_of_working' | 'values' | 'tension' | 'readiness' | 'value_case';

/** The kinds of difference that are differences to discuss. */
export const DIFFERENCES_TO_DISCUSS: ReadonlySet<DifferenceKind> = new Set(['ways_of_working', 'values', 'tension']);

/** What a difference on an item of this section is. */
export function differenceKind(sectionId: SectionId): DifferenceKind {
  switch (sectionId) {
    case 'values':
      return 'values';
    case 'tensions':
      return 'tension';
    case 'readiness':
    case 'triangle':
      return 'readiness';
    case 'value_case':
      return 'value_case';
    default:
      return 'ways_of_working';
  }
}
