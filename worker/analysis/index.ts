/**
 * The alignment analysis: pure functions from a survey's aggregate counters to the report model.
 * No I/O here, so every number is tested with hand-computed fixtures and benchmarked on its own.
 */
import type { Instrument, SectionId } from '../instrument/types';
import { surveyItems } from '../instrument';
import { moments, type Stats } from './stats';

export interface PartnerInput {
  readonly id: string;
  readonly name: string;
  readonly shownAsOrganisation: boolean;
}

export interface ReportInput {
  readonly instrument: Instrument;
  readonly sections: readonly SectionId[];
  readonly minGroupSize: number;
  readonly partners: readonly PartnerInput[];
  /** Aggregate counters per partner and breakdown group: `stats.get(partnerId)?.get('all')`. */
  readonly stats: ReadonlyMap<string, ReadonlyMap<string, { readonly respondents: number; readonly stats: Readonly<Stats> }>>;
}

export interface ItemSummary {
  readonly itemId: string;
  readonly n: number;
  readonly mean: number;
}

export interface PartnerSummary {
  readonly id: string;
  readonly name: string;
  readonly respondents: number;
  /** Under the survey's threshold k: no figure about this partner appears anywhere. */
  readonly suppressed: boolean;
  readonly items: readonly ItemSummary[];
}

export interface Report {
  readonly minGroupSize: number;
  readonly partners: readonly PartnerSummary[];
}

export function buildReport(input: ReportInput): Report {
  const scaleItems = surveyItems(input.instrument, input.sections).filter(
    (item) => item.format === 'bipolar' || item.format === 'importance' || item.format === 'agreement' || item.format === 'intensity',
  );
  const partners = input.partners.map((partner): PartnerSummary => {
    const all = input.stats.get(partner.id)?.get('all');
    const respondents = all?.respondents ?? 0;
    const suppressed = respondents < input.minGroupSize && !(partner.shownAsOrganisation && respondents > 0);
    const items = suppressed || !all
      ? []
      : scaleItems.flatMap((item) => {
          const m = moments(all.stats, item.id);
          return m.n === 0 ? [] : [{ itemId: item.id, n: m.n, mean: m.sum / m.n }];
        });
    return { id: partner.id, name: partner.name, respondents: suppressed ? 0 : respondents, suppressed, items };
  });
  return { minGroupSize: input.minGroupSize, partners };
}
