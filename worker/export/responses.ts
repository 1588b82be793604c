/**
 * The responses export: one row per response, one column per answer value, header in one
 * language. Pure (no I/O). It applies the report's confidentiality rules (core/confidentiality),
 * with the survey's effective k, so the CSV never shows what the report would withhold:
 *
 * - a partner has response rows only when the report shows it (at least k respondents, or fewer
 *   and shown as the organisation's position by agreement); any other partner gets one row that
 *   names it with "not enough responses" and carries nothing else;
 * - a breakdown answer (role, involvement) is filled in only where the report shows that
 *   breakdown for the partner: every group, including those who did not answer, has k or nobody;
 * - perception columns exist only about shown partners, and a partner's ratings of another are
 *   filled in only when at least k of its respondents gave one;
 * - free text only for partners with at least max(10, k) respondents;
 * - rows carry the partner and the day, nothing else about the respondent, sorted so the row order
 *   says nothing about who answered when within a day.
 */

import { breakdownVisible, commentsAllowed, effectiveMinGroupSize, partnerVisibility, raterQualifies } from '../../core/confidentiality';
import type { CsvCell } from '../../core/csv';
import { surveyItems } from '../../core/instrument';
import type { Instrument, Item, Language, SectionId } from '../../core/instrument/types';

export interface ExportPartner {
  readonly id: string;
  readonly name: string;
  /** Marked by the organiser, with the partner's agreement: shown below k (see core/confidentiality). */
  readonly shownAsOrganisation: boolean;
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
  /** The survey's stored k; the export applies `effectiveMinGroupSize` of it, as the report does. */
  readonly minGroupSize: number;
  /** In the partnership's order; rows follow it. */
  readonly partners: readonly ExportPartner[];
  readonly responses: readonly ExportResponse[];
  readonly language: Language;
}

export interface ResponsesExport {
  readonly header: string[];
  readonly rows: CsvCell[][];
  /** Partners the report does not show, so the export has no rows of theirs. */
  readonly excludedPartnerIds: string[];
}

const fixedHeaders = { partner: { nl: 'Partner', en: 'Partner' }, day: { nl: 'Datum', en: 'Date' } } as const;
const dontKnow = { nl: 'weet niet', en: "don't know" } as const;
const notEnoughResponses = { nl: 'niet genoeg reacties (minder dan {k})', en: 'not enough responses (fewer than {k})' } as const;

/** What may be exported of the answers of one row's partner. */
interface RowContext {
  readonly textAllowed: boolean;
  /** The breakdown items the report shows for this partner. */
  readonly breakdownsShown: ReadonlySet<string>;
  /** `itemId@partnerId`: the perceptions of another partner this partner has at least k ratings of. */
  readonly ratingsShown: ReadonlySet<string>;
}

interface Column {
  readonly header: string;
  readonly value: (answers: Readonly<Record<string, unknown>>, context: RowContext) => CsvCell;
}

const record = (value: unknown): Readonly<Record<string, unknown>> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const numberOrEmpty = (value: unknown): CsvCell => (typeof value === 'number' ? value : '');
const rating = (answers: Readonly<Record<string, unknown>>, itemId: string, partnerId: string) => record(answers[itemId])?.[partnerId];

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
        value: (answers, context) =>
          context.ratingsShown.has(`${item.id}@${partner.id}`) ? numberOrEmpty(rating(answers, item.id, partner.id)) : '',
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
            return option && context.breakdownsShown.has(item.id) ? option.label[language] : '';
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

/** The breakdown items shown for one partner: those `breakdownVisible` lets through, as in the report. */
function shownBreakdowns(items: readonly Item[], own: readonly ExportResponse[], k: number): Set<string> {
  const shown = new Set<string>();
  for (const item of items) {
    if (item.format !== 'single_choice') continue;
    const groups = item.options.map((option) => own.filter((response) => response.answers[item.id] === option.id).length);
    const notAnswered = own.length - groups.reduce((a, b) => a + b, 0);
    if (breakdownVisible(groups, notAnswered, k)) shown.add(item.id);
  }
  return shown;
}

/** The perceptions one partner's rows may carry: ratings of a shown partner given by at least k of them. */
function shownRatings(items: readonly Item[], shownPartners: readonly ExportPartner[], own: readonly ExportResponse[], k: number) {
  const shown = new Set<string>();
  for (const item of items) {
    if (item.format !== 'perception') continue;
    for (const target of shownPartners) {
      const ratings = own.filter((response) => typeof rating(response.answers, item.id, target.id) === 'number').length;
      if (raterQualifies(ratings, k)) shown.add(`${item.id}@${target.id}`);
    }
  }
  return shown;
}

/** Builds the export's header and rows under the confidentiality rules above. */
export function buildResponsesExport(input: ResponsesExportInput): ResponsesExport {
  const { language } = input;
  const k = effectiveMinGroupSize(input.minGroupSize);
  const items = surveyItems(input.instrument, input.sections);
  const byPartner = new Map<string, ExportResponse[]>();
  for (const response of input.responses) byPartner.set(response.partnerId, [...(byPartner.get(response.partnerId) ?? []), response]);
  const responsesOf = (partner: ExportPartner) => byPartner.get(partner.id) ?? [];
  const shownPartners = input.partners.filter(
    (partner) =>
      partnerVisibility({ shownAsOrganisation: partner.shownAsOrganisation, respondents: responsesOf(partner).length }, k).status ===
      'shown',
  );
  const columns = items.flatMap((item) => columnsFor(item, shownPartners, language));
  const header = [fixedHeaders.partner[language], fixedHeaders.day[language], ...columns.map((c) => c.header)];

  const rows: CsvCell[][] = [];
  for (const partner of shownPartners) {
    const own = responsesOf(partner);
    const context: RowContext = {
      textAllowed: commentsAllowed(own.length, k),
      breakdownsShown: shownBreakdowns(items, own, k),
      ratingsShown: shownRatings(items, shownPartners, own, k),
    };
    // Day first, then the random row id: nothing in the order hints at the order of submission.
    const sorted = [...own].sort((a, b) => a.submittedOn.localeCompare(b.submittedOn) || a.id.localeCompare(b.id));
    for (const response of sorted) {
      rows.push([partner.name, response.submittedOn, ...columns.map((column) => column.value(response.answers, context))]);
    }
  }
  // Said once per partner not shown, after the response rows, with no count and no answer.
  const excluded = input.partners.filter((partner) => !shownPartners.includes(partner));
  for (const partner of excluded) {
    rows.push([partner.name, notEnoughResponses[language].replace('{k}', String(k)), ...columns.map(() => '')]);
  }
  return { header, rows, excludedPartnerIds: excluded.map((partner) => partner.id) };
}
