/**
 * Pictures of each other in words: how the other partners see a partner against how it sees itself,
 * said as which pole the others place it closer to (neither pole is better).
 */
import type { Report } from '../types';
import type { ReportView } from '../view';

type PerceptionItem = NonNullable<Report['perceptions']>['items'][number];
type Target = PerceptionItem['targets'][number];

/**
 * "De andere partners zien Gemeente dichter bij “Met vertrouwen en ruimte voor medewerkers” (6,0)
 * dan Gemeente zichzelf ziet (2,0)." Null without both views or without a difference.
 */
export function perceptionSentence(view: ReportView, item: PerceptionItem, target: Target): string | null {
  if (!target.self || !target.others || target.others.mean === null || target.gap === null || target.gap === 0) return null;
  const { low, high } = view.scale(item.mirrors);
  return view.fill(
    view.t({
      nl: 'De andere partners zien {partner} dichter bij “{pole}” ({others}) dan {partner} zichzelf ziet ({self}).',
      en: 'The other partners see {partner} closer to “{pole}” ({others}) than {partner} sees itself ({self}).',
    }),
    {
      partner: view.partner(target.partnerId).name,
      pole: target.gap > 0 ? high : low,
      others: view.number(target.others.mean, 1),
      self: view.number(target.self.mean, 1),
    },
  );
}

/** Every notable gap between how a partner sees itself and how the others see it, in words. */
export function notablePerceptions(view: ReportView): { key: string; sentence: string }[] {
  return (view.report.perceptions?.items ?? []).flatMap((item) =>
    item.targets.flatMap((target) => {
      const sentence = target.notable ? perceptionSentence(view, item, target) : null;
      return sentence ? [{ key: `${item.itemId}-${target.partnerId}`, sentence }] : [];
    }),
  );
}
