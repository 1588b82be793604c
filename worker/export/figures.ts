/**
 * The figures export: everything needed to redo the analysis in a spreadsheet, from the same
 * release the report shows and under the same rules, and nothing about one person. Pure (no I/O).
 *
 * One row per figure, "long" so a pivot table can lay it out any way: per shown partner (all its
 * responses) and per group of its shown breakdown; per item n, "don't know", mean, SD, agreement
 * r_wg and the count of every answer; per drive the mean and SD of the points; per value-case
 * resource, value among the most important and chosen function the count and share who chose it;
 * per other shown partner the mean view of it. A
 * figure under the item threshold (fewer than k answers) has no row at all; a partner the report
 * does not show appears only in `partners`, by name.
 */
import { figureShown, raterQualifies } from '../../core/confidentiality';
import { type CsvCell, DUTCH_CSV, ENGLISH_CSV, toCsv } from '../../core/csv';
import type { Item, Language, Localized } from '../../core/instrument/types';
import { allowsDontKnow, isBreakdownItem, scalePoints } from '../../core/instrument/types';
import { analysisContext, type PartnerEntry, type ReportInput } from '../analysis';
import { shownGroups } from '../analysis/breakdowns';
import { describe, rounded, roundedOrNull, withinGroupAgreement } from '../analysis/moments';
import { breakdownDimensions } from '../analysis/release';
import { type Counters, counterKeys, momentsAt } from '../analysis/stats';

export const measures = ['respondents', 'personal_links', 'open_links', 'n', 'dont_know', 'mean', 'sd', 'rwg', 'count', 'share'] as const;
export type Measure = (typeof measures)[number];

/** One figure. `group` is null for all of a partner's responses; `option` an answer, drive, resource or partner. */
export interface FigureRow {
  readonly partnerId: string;
  readonly group: { readonly dimension: string; readonly optionId: string | null } | null;
  /** Null for counts of respondents. */
  readonly itemId: string | null;
  readonly measure: Measure;
  readonly option: string | null;
  readonly value: number;
}

export interface FiguresExport {
  readonly survey: { readonly id: string; readonly title: string; readonly instrumentVersion: number };
  readonly release: { readonly sequence: number; readonly releasedOn: string | null; readonly notYetIncluded: number };
  readonly minGroupSize: number;
  readonly partners: readonly PartnerEntry[];
  readonly rows: readonly FigureRow[];
}

export interface FiguresOptions {
  readonly survey: FiguresExport['survey'];
  readonly release: FiguresExport['release'];
}

type Population = Pick<FigureRow, 'partnerId' | 'group'>;

/** The rows of one item in one population's counters (already cleared of hidden units for partners). */
function itemRows(item: Item, stats: Counters, k: number, at: Population): FigureRow[] {
  const row = (itemId: string, measure: Measure, value: number | null, option: string | null = null): FigureRow[] =>
    value === null ? [] : [{ ...at, itemId, measure, option, value }];
  const n = stats.get(`${item.id}|n`) ?? 0;
  if (item.format === 'perception' || !figureShown(n, k)) return [];
  const dontKnow = allowsDontKnow(item) ? row(item.id, 'dont_know', stats.get(`${item.id}|dk`) ?? 0) : [];
  const chosen = (options: readonly { id: string }[]) =>
    options.flatMap((option) => {
      const count = stats.get(`${item.id}:${option.id}|c`) ?? 0;
      return [...row(item.id, 'count', count, option.id), ...row(item.id, 'share', rounded(count / n), option.id)];
    });
  switch (item.format) {
    case 'bipolar':
    case 'importance':
    case 'agreement':
    case 'intensity': {
      const points = scalePoints[item.format];
      const m = momentsAt(stats, counterKeys(item.id));
      const d = describe(m);
      return [
        ...row(item.id, 'n', n),
        ...dontKnow,
        ...row(item.id, 'mean', d.mean),
        ...row(item.id, 'sd', d.sd),
        ...row(item.id, 'rwg', roundedOrNull(withinGroupAgreement(m, points))),
        ...Array.from({ length: points }, (_, i) => row(item.id, 'count', stats.get(`${item.id}:${i + 1}|c`) ?? 0, String(i + 1))).flat(),
      ];
    }
    case 'allocation':
      return [
        ...row(item.id, 'n', n),
        ...item.options.flatMap((option) => {
          const d = describe(momentsAt(stats, counterKeys(`${item.id}:${option.id}`)));
          return [...row(item.id, 'mean', d.mean, option.id), ...row(item.id, 'sd', d.sd, option.id)];
        }),
      ];
    case 'multi_select':
      return [...row(item.id, 'n', n), ...chosen(item.options)];
    case 'single_choice':
      // About-you answers have no figures of their own: they appear only as the breakdown's groups.
      return isBreakdownItem(item) ? [] : [...row(item.id, 'n', n), ...dontKnow, ...chosen(item.options)];
    default:
      return [];
  }
}

/** Builds the export of a release (the same input the report is built from). */
export function figuresExport(input: ReportInput, options: FiguresOptions): FiguresExport {
  const { partners, ctx } = analysisContext(input);
  const rows: FigureRow[] = [];
  const dimensions = breakdownDimensions(ctx.items);
  for (const partner of ctx.shown) {
    const at: Population = { partnerId: partner.entry.id, group: null };
    const count = (measure: Measure, value: number): FigureRow => ({ ...at, itemId: null, measure, option: null, value });
    const { basis, channels } = partner.entry;
    rows.push(
      count('respondents', partner.entry.respondents),
      count('personal_links', channels.personal),
      count('open_links', channels.open),
    );
    // The partner's own counters are already without the units under the item threshold; a
    // partner shown as its organisation's position is exempt from it (k = 1 below).
    const threshold = basis === 'organisation_position' ? 1 : ctx.k;
    for (const item of ctx.items) rows.push(...itemRows(item, partner.all, threshold, at));
    for (const item of ctx.items) {
      if (item.format !== 'perception') continue;
      for (const target of ctx.shown) {
        if (target === partner) continue;
        const m = momentsAt(partner.all, counterKeys(`${item.id}@${target.entry.id}`));
        if (!raterQualifies(m.n, ctx.k)) continue;
        const d = describe(m);
        const view = (measure: Measure, value: number | null): FigureRow[] =>
          value === null ? [] : [{ ...at, itemId: item.id, measure, option: target.entry.id, value }];
        rows.push(...view('n', d.n), ...view('mean', d.mean), ...view('sd', d.sd));
      }
    }
    for (const dimension of dimensions) {
      for (const group of shownGroups(partner, dimension, ctx.k) ?? []) {
        const inGroup: Population = {
          partnerId: partner.entry.id,
          group: { dimension: dimension.item.tags.breakdown, optionId: group.optionId },
        };
        rows.push({ ...inGroup, itemId: null, measure: 'respondents', option: null, value: group.aggregate.respondents });
        for (const item of ctx.items) rows.push(...itemRows(item, group.aggregate.stats, ctx.k, inGroup));
      }
    }
  }
  return { survey: options.survey, release: options.release, minGroupSize: ctx.k, partners, rows };
}

const headers: Record<string, Localized> = {
  releasedOn: { nl: 'Stand van', en: 'As of' },
  partner: { nl: 'Partner', en: 'Partner' },
  group: { nl: 'Groep', en: 'Group' },
  itemId: { nl: 'Vraag (code)', en: 'Question (code)' },
  question: { nl: 'Vraag', en: 'Question' },
  measure: { nl: 'Maat', en: 'Measure' },
  option: { nl: 'Antwoord, onderdeel of partner', en: 'Answer, part or partner' },
  value: { nl: 'Waarde', en: 'Value' },
};

const measureNames: Record<Measure, Localized> = {
  respondents: { nl: 'reacties', en: 'responses' },
  personal_links: { nl: 'via persoonlijke links', en: 'through personal links' },
  open_links: { nl: 'via open links', en: 'through open links' },
  n: { nl: 'aantal antwoorden (n)', en: 'answers (n)' },
  dont_know: { nl: 'weet niet', en: "don't know" },
  mean: { nl: 'gemiddelde', en: 'mean' },
  sd: { nl: 'standaardafwijking', en: 'standard deviation' },
  rwg: { nl: 'overeenstemming (r_wg)', en: 'agreement (r_wg)' },
  count: { nl: 'aantal', en: 'count' },
  share: { nl: 'aandeel', en: 'share' },
};

const everyone: Localized = { nl: 'alle reacties', en: 'all responses' };
const notAnswered: Localized = { nl: 'niet ingevuld', en: 'did not answer' };

/**
 * The export as CSV for a spreadsheet in the reader's language: Dutch with `;` between cells and
 * decimal commas (as Excel set to Dutch opens it), English with `,` and decimal points; UTF-8 with
 * a byte-order mark; every label in that language.
 */
export function figuresCsv(exported: FiguresExport, input: ReportInput, language: Language): string {
  const items = new Map(input.instrument.sections.flatMap((s) => s.items).map((item) => [item.id, item]));
  const names = new Map(exported.partners.map((p) => [p.id, p.name]));
  const optionName = (row: FigureRow): CsvCell => {
    if (row.option === null) return '';
    const item = row.itemId ? items.get(row.itemId) : undefined;
    if (item?.format === 'perception') return names.get(row.option) ?? '';
    const option = item && 'options' in item ? item.options.find((o) => o.id === row.option) : undefined;
    return option ? option.label[language] : row.option;
  };
  const groupName = (row: FigureRow): string => {
    if (!row.group) return everyone[language];
    const dimension = [...items.values()].find((i) => isBreakdownItem(i) && i.tags.breakdown === row.group!.dimension);
    const option = dimension && 'options' in dimension ? dimension.options.find((o) => o.id === row.group!.optionId) : undefined;
    return `${dimension?.text[language] ?? row.group.dimension}: ${option ? option.label[language] : notAnswered[language]}`;
  };
  return toCsv(
    Object.values(headers).map((h) => h[language]),
    exported.rows.map((row) => [
      exported.release.releasedOn,
      names.get(row.partnerId),
      groupName(row),
      row.itemId,
      row.itemId ? items.get(row.itemId)?.text[language] : '',
      measureNames[row.measure][language],
      optionName(row),
      row.value,
    ]),
    language === 'nl' ? DUTCH_CSV : ENGLISH_CSV,
  );
}
