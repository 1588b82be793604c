/**
 * Values in words (version 2: the three most important of thirteen): a partner's top values with
 * the share of its respondents who chose each, and the values every partner holds among its top.
 */
import type { Report } from '../types';
import type { ReportView } from '../view';

type Chosen = NonNullable<NonNullable<Report['values']>['chosen']>;

/** "rechtmatigheid (86%), gelijke behandeling (64%) en openheid en verantwoording (43%)"; null without any. */
export function topValuesWords(view: ReportView, itemId: string, top: readonly { optionId: string; share: number }[]): string | null {
  if (top.length === 0) return null;
  return view.list(top.map((v) => `${view.optionName(itemId, v.optionId).toLowerCase()} (${view.percent(v.share)})`));
}

/**
 * "Gemeente Rivierstad: rechtmatigheid (86%) en gelijke behandeling (64%)." or, when no value reaches
 * the threshold: "Gemeente Rivierstad: geen waarde die minstens 40% van de medewerkers kiest."
 */
export function topValuesSentence(view: ReportView, chosen: Chosen, partner: Chosen['byPartner'][number]): string {
  const words = topValuesWords(view, chosen.itemId, partner.top);
  return view.fill(
    view.t(
      words
        ? { nl: '{partner}: {values}.', en: '{partner}: {values}.' }
        : {
            nl: '{partner}: geen waarde die minstens {share} van de medewerkers kiest.',
            en: '{partner}: no value chosen by at least {share} of its staff.',
          },
    ),
    { partner: view.partner(partner.partnerId).name, values: words ?? '', share: view.percent(view.report.thresholds.VALUE_TOP_MIN_SHARE) },
  );
}

/** "Alle 4 partners rekenen inclusie tot hun belangrijkste waarden." or that no value is shared so; null with fewer than two partners. */
export function sharedValuesSentence(view: ReportView, chosen: Chosen): string | null {
  if (chosen.byPartner.length < 2) return null;
  if (chosen.shared.length === 0)
    return view.t({
      nl: 'Geen waarde hoort bij alle partners tot de belangrijkste.',
      en: 'No value is among the most important of every partner.',
    });
  return view.fill(
    view.t({
      nl: 'Bij alle partners hoort {values} tot de belangrijkste waarden.',
      en: 'Every partner counts {values} among its most important values.',
    }),
    { values: view.list(chosen.shared.map((id) => view.optionName(chosen.itemId, id).toLowerCase())) },
  );
}
