/**
 * The responses export: one row per response, one column per answer value, header in one
 * language. Pure (no I/O), so the confidentiality rules it applies are easy to test:
 *
 * - only partners with at least k respondents have response rows (docs/design.md §4); a partner under k
 *   gets one row that names it with "not enough responses" and carries nothing else;
 * - a breakdown answer (role, involvement) is left empty where its group within the partner is
 *   smaller than k, since it would otherwise single people out;
 * - perception columns exist only about partners that are themselves shown, so a partner under k
 *   is not even named;
 * - free text is included only for partners with at least COMMENT_MIN_GROUP (and k) respondents;
 * - rows carry the partner and the day, nothing else about the respondent, sorted so the row order
 *   says nothing about who answered when within a day.
 */

import { surveyItems } from '../../core/instrument';
import type { Instrument, Item, Language, SectionId } from '../../core/instrument/types';
import type { CsvCell } from './csv';

/** Free text is shown (and exported) only for groups at least this large (docs/design.md §4). */
export const COMMENT_MIN_GROUP = 10;

export interface ExportPartner {
  readonly id: string;
  readonly name: string;
}

export interface ExportResponse {
  readonly id: string;
  readonly partnerId: string;
  readonly submittedOn: string;
  readonly answers: Readonly<Record<string, unknown>>;
}

export interface ResponsesExportInput {
  readonly instrument: Instrument;
  readonly sections: readonly SectionId[];
  readonly minGroupSize: number;
  /** In the partnership's order; rows follow it. */
  readonly partners: readonly ExportPartner[];
  readonly responses: readonly ExportResponse[];
  readonly language: Language;
}

export interface ResponsesExport {
  readonly header: string[];
  readonly rows: CsvCell[][];
  /** Partners left out because fewer than k of their staff responded. */
  readonly excludedPartnerIds: string[];
}

const fixedHeaders = { partner: { nl: 'Partner', en: 'Partner' }, day: { nl: 'Datum', en: 'Date' } } as const;
const dontKnow = { nl: 'weet niet', en: "don't know" } as const;
const notEnoughResponses = { nl: 'niet genoeg reacties (minder dan {k})', en: 'not enough responses (fewer than {k})' } as const;

interface RowContext {
  /** Whether free text may be exported for this row's partner. */
  readonly textAllowed: boolean;
  /** Breakdown answers whose group within this row's partner is large enough, as `itemId:optionId`. */
  readonly breakdownAllowed: ReadonlySet<string>;
}

interface Column {
  readonly header: string;
  readonly value: (answers: Readonly<Record<string, unknown>>, context: RowContext) => CsvCell;
}

const record = (value: unknown): Readonly<Record<string, unknown>> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const numberOrEmpty = (value: unknown): CsvCell => (typeof value === 'number' ? value : '');

/** The columns one item contributes. */
function columnsFor(item: Item, partners: readonly ExportPartner[], language: Language): Column[] {
  const label = `${item.text[language]} [${item.id}]`;
  switch (item.format) {
    case 'allocation':
      return item.options.map((option) => ({
        header: `${label}: ${option.label[language]}`,
        value: (answers) => numberOrEmpty(record(answers[item.id])?.[option.id]),
      }));
    case 'multi_select':
      return item.options.map((option) => ({
        header: `${label}: ${option.label[language]}`,
        value: (answers) => {
          const chosen = answers[item.id];
          return Array.isArray(chosen) ? (chosen.includes(option.id) ? 1 : 0) : '';
        },
      }));
    case 'perception':
      return partners.map((partner) => ({
        header: `${label} (1 = ${item.left[language]}, 7 = ${item.right[language]}): ${partner.name}`,
        value: (answers) => numberOrEmpty(record(answers[item.id])?.[partner.id]),
      }));
    case 'bipolar':
      return [
        {
          header: `${label} (1 = ${item.left[language]}, 7 = ${item.right[language]})`,
          value: (answers) => numberOrEmpty(answers[item.id]),
        },
      ];
    case 'agreement':
      return [
        { header: label, value: (answers) => (answers[item.id] === 'dont_know' ? dontKnow[language] : numberOrEmpty(answers[item.id])) },
      ];
    case 'single_choice':
      return [
        {
          header: label,
          value: (answers, context) => {
            const option = item.options.find((o) => o.id === answers[item.id]);
            return option && context.breakdownAllowed.has(`${item.id}:${option.id}`) ? option.label[language] : '';
          },
        },
      ];
    case 'text':
      return [
        {
          header: label,
          value: (answers, context) => (context.textAllowed && typeof answers[item.id] === 'string' ? (answers[item.id] as string) : ''),
        },
      ];
    case 'importance':
    case 'intensity':
      return [{ header: label, value: (answers) => numberOrEmpty(answers[item.id]) }];
  }
}

/**
 * The breakdown answers that may be shown within one partner: groups of at least k. When hiding
 * the small groups would leave fewer than k empty cells (some of them hidden answers), the empty
 * cells would themselves single people out, so the item is hidden for the whole partner.
 */
function allowedBreakdowns(items: readonly Item[], groupSizes: ReadonlyMap<string, number>, minGroupSize: number): Set<string> {
  const allowed = new Set<string>();
  for (const item of items) {
    if (item.format !== 'single_choice') continue;
    const groups = [...groupSizes].filter(([key]) => key.startsWith(`${item.id}:`));
    const isOption = (key: string) => item.options.some((o) => key === `${item.id}:${o.id}`);
    const shown = groups.filter(([key, n]) => isOption(key) && n >= minGroupSize);
    const hidden = groups.filter(([key, n]) => isOption(key) && n < minGroupSize).reduce((sum, [, n]) => sum + n, 0);
    const empty = groups.filter(([key, n]) => !isOption(key) || n < minGroupSize).reduce((sum, [, n]) => sum + n, 0);
    if (hidden > 0 && empty < minGroupSize) continue;
    for (const [key] of shown) allowed.add(key);
  }
  return allowed;
}

/** Builds the export's header and rows under the confidentiality rules above. */
export function buildResponsesExport(input: ResponsesExportInput): ResponsesExport {
  const { language, minGroupSize } = input;
  const items = surveyItems(input.instrument, input.sections);
  const byPartner = new Map<string, ExportResponse[]>();
  for (const response of input.responses) byPartner.set(response.partnerId, [...(byPartner.get(response.partnerId) ?? []), response]);
  const shownPartners = input.partners.filter((partner) => (byPartner.get(partner.id)?.length ?? 0) >= minGroupSize);
  const columns = items.flatMap((item) => columnsFor(item, shownPartners, language));
  const header = [fixedHeaders.partner[language], fixedHeaders.day[language], ...columns.map((c) => c.header)];

  const rows: CsvCell[][] = [];
  const excludedPartnerIds: string[] = [];
  for (const partner of input.partners) {
    const own = byPartner.get(partner.id) ?? [];
    if (own.length < minGroupSize) {
      excludedPartnerIds.push(partner.id);
      continue;
    }
    const groupSizes = new Map<string, number>();
    for (const response of own) {
      for (const item of items) {
        if (item.format !== 'single_choice') continue;
        const key = `${item.id}:${String(response.answers[item.id])}`;
        groupSizes.set(key, (groupSizes.get(key) ?? 0) + 1);
      }
    }
    const context: RowContext = {
      textAllowed: own.length >= Math.max(COMMENT_MIN_GROUP, minGroupSize),
      breakdownAllowed: allowedBreakdowns(items, groupSizes, minGroupSize),
    };
    // Day first, then the random row id: nothing in the order hints at the order of submission.
    const sorted = [...own].sort((a, b) => a.submittedOn.localeCompare(b.submittedOn) || a.id.localeCompare(b.id));
    for (const response of sorted) {
      rows.push([partner.name, response.submittedOn, ...columns.map((column) => column.value(response.answers, context))]);
    }
  }
  // Said once per partner under k, after the response rows, with no count and no answer.
  for (const partner of input.partners.filter((p) => excludedPartnerIds.includes(p.id))) {
    rows.push([partner.name, notEnoughResponses[language].replace('{k}', String(minGroupSize)), ...columns.map(() => '')]);
  }
  return { header, rows, excludedPartnerIds };
}
