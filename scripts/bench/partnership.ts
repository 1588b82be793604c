/**
 * Synthetic partnerships for the benchmarks: partner ids, and the report input built from
 * responses exactly as the submit path sums them (`aggregateResponses`).
 */
import { surveyItems } from '../../core/instrument';
import type { Answers, Instrument, SectionId } from '../../core/instrument/types';
import type { GroupAggregate, ReportInput } from '../../worker/analysis';
import { aggregateResponses, asReleased, countersOf } from '../../worker/analysis/stats';

/** A partner id as the database would hold it, numbered. */
export const benchPartnerId = (index: number) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

/** The report input for these responses, every partner's aggregate rows as a release holds them (k = 5 unless given). */
export function reportInputFrom(
  instrument: Instrument,
  sections: readonly SectionId[],
  partnerIds: readonly string[],
  responses: Iterable<{ readonly partnerId: string; readonly answers: Answers }>,
  minGroupSize = 5,
): ReportInput {
  const items = surveyItems(instrument, sections);
  const stats = new Map<string, Map<string, GroupAggregate>>();
  for (const [key, value] of aggregateResponses(items, responses)) {
    const [partnerId, group] = key.split('/') as [string, string];
    if (!stats.has(partnerId)) stats.set(partnerId, new Map());
    stats.get(partnerId)!.set(group, { respondents: value.respondents, stats: countersOf(asReleased(items, value.stats)) });
  }
  const partners = partnerIds.map((id, i) => ({ id, name: `Partner ${i + 1}`, shownAsOrganisation: false }));
  return { instrument, sections, minGroupSize, partners, stats };
}
