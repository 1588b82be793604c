/**
 * Which findings a wave can have, by its items: what an agreement on a finding may point at.
 */
import { type Item, readinessFactors } from './types';

/** The kinds of finding an agreement can be about: those the report's first screen and agenda name. */
export const findingKinds = ['fault_line', 'shared_ground', 'gap', 'match', 'readiness'] as const;
export type FindingKind = (typeof findingKinds)[number];

/**
 * A finding as an agreement names it (core/schemas/agreements.ts): its kind, and the item (fault
 * line, shared ground), the value-case resource (gap, match) or the readiness factor.
 */
export interface FindingRef {
  readonly kind: FindingKind;
  readonly key: string;
}

/**
 * True when a wave asking these items can have this finding: a scale item for a fault line or
 * shared ground, a value-case resource for a gap or match, a readiness factor it asks about.
 */
export function findingInItems(items: readonly Item[], finding: FindingRef): boolean {
  switch (finding.kind) {
    case 'fault_line':
    case 'shared_ground':
      return items.some((item) => item.id === finding.key && ['bipolar', 'importance', 'agreement', 'intensity'].includes(item.format));
    case 'gap':
    case 'match':
      return items.some(
        (item) => item.format === 'multi_select' && 'valueCase' in item.tags && item.options.some((o) => o.id === finding.key),
      );
    case 'readiness':
      return (
        (readinessFactors as readonly string[]).includes(finding.key) &&
        items.some((item) => item.format === 'agreement' && 'factor' in item.tags && item.tags.factor === finding.key)
      );
  }
}
