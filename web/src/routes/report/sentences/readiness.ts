/**
 * Readiness in words: the partnership is as ready as its weakest partner on a factor. Higher is more
 * ready on these statements, so "weakest" is a fair word here (unlike on the two-pole scales).
 */
import type { Plural } from '../../../lib/words';
import { bandText, factorText } from '../text';
import type { Findings } from '../types';
import type { ReportView } from '../view';

type WeakFactor = Findings['readiness'][number];

const scores: Plural = { nl: { one: 'scoort', other: 'scoren' }, en: { one: 'scores', other: 'score' } };
const isDivided: Plural = { nl: { one: 'is', other: 'zijn' }, en: { one: 'is', other: 'are' } };

/** A phrase with a capital first letter, to start a sentence or a title. */
export const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/**
 * "Samenwerkende professionals: Zorggroep De Linde scoort 2,91 van 5 (zorgpunt)." Tied weakest
 * partners are all named ("Gemeente en ROC scoren 3,00"); a divided one is said to be divided.
 * `withFactor` false leaves the factor out, for a place that names it already.
 */
export function weakFactorSentence(view: ReportView, weak: WeakFactor, withFactor = true): string {
  const values = {
    factor: capitalised(view.t(factorText[weak.factor])),
    partners: view.names(weak.partnerIds),
    score: view.plural(weak.partnerIds.length, scores),
    value: view.number(weak.score),
    band: view.t(bandText[weak.band]),
  };
  const sentence = view.fill(
    view.t(
      withFactor
        ? { nl: '{factor}: {partners} {score} {value} van 5 ({band}).', en: '{factor}: {partners} {score} {value} out of 5 ({band}).' }
        : { nl: '{partners} {score} {value} van 5 ({band}).', en: '{partners} {score} {value} out of 5 ({band}).' },
    ),
    values,
  );
  if (!weak.divided) return sentence;
  const divided =
    view.report.readiness?.factors
      .find((f) => f.factor === weak.factor)
      ?.byPartner.filter((p) => p.divided && weak.partnerIds.includes(p.partnerId))
      .map((p) => p.partnerId) ?? [];
  const note = view.fill(
    view.t({ nl: '{partners} {is} verdeeld over een van de stellingen.', en: '{partners} {is} divided on one of the statements.' }),
    { partners: view.names(divided), is: view.plural(divided.length, isDivided) },
  );
  return `${sentence} ${note}`;
}

/** When there is no readiness factor to name: not asked, or no partner shown. */
export function noWeakFactorSentence(view: ReportView): string {
  return view.t(
    view.report.readiness === null
      ? { nl: 'Samenwerkingsbereidheid zat niet in deze vragenlijst.', en: 'Readiness was not in this survey.' }
      : {
          nl: 'Nog geen partner met genoeg reacties om bereidheid te tonen.',
          en: 'No partner has enough responses to show readiness yet.',
        },
  );
}
