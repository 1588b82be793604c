/**
 * Readiness in words. Higher is more ready on these statements, so "weakest" is a fair word here
 * (unlike on the two-pole scales). Where every partner must deliver (committing resources, a mandate
 * to commit, accounting for it) the partnership is as ready as its weakest partner; elsewhere its
 * score is the mean of the partners, and the lowest is named beside it. A factor on which partners
 * clearly differ is uneven; one whose statements hang together too little is said to be unreliable.
 */
import type { Localized } from '../../../lib/i18n';
import { functionLabels } from '../../../lib/labels';
import type { Plural } from '../../../lib/words';
import { bandText, factorText } from '../text';
import type { Findings, Report } from '../types';
import type { ReportView } from '../view';

type WeakFactor = Findings['readiness'][number];
type FunctionSeen = NonNullable<NonNullable<Report['readiness']>['functionSeen']>;

const scores: Plural = { nl: { one: 'scoort', other: 'scoren' }, en: { one: 'scores', other: 'score' } };
const isDivided: Plural = { nl: { one: 'is', other: 'zijn' }, en: { one: 'is', other: 'are' } };
const doesNotKnow: Plural = {
  nl: { one: 'weet het niet', other: 'weten het niet' },
  en: { one: 'does not know', other: 'do not know' },
};

/** A phrase with a capital first letter, to start a sentence or a title. */
export const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

const leads: Readonly<Record<WeakFactor['rule'], { withFactor: Localized; alone: Localized }>> = {
  weakest: {
    withFactor: {
      nl: '{factor}: elke partner moet hier leveren, dus telt de zwakste: {partners} {score} {value} van 5 ({band}).',
      en: '{factor}: every partner must deliver here, so the weakest counts: {partners} {score} {value} out of 5 ({band}).',
    },
    alone: {
      nl: 'Elke partner moet hier leveren, dus telt de zwakste: {partners} {score} {value} van 5 ({band}).',
      en: 'Every partner must deliver here, so the weakest counts: {partners} {score} {value} out of 5 ({band}).',
    },
  },
  mean: {
    withFactor: {
      nl: '{factor}: gemiddeld {value} van 5 over de partners ({band}); het laagst {score} {partners}, met {lowest}.',
      en: '{factor}: {value} out of 5 on average over the partners ({band}); {partners} {score} lowest, with {lowest}.',
    },
    alone: {
      nl: 'Gemiddeld {value} van 5 over de partners ({band}); het laagst {score} {partners}, met {lowest}.',
      en: '{value} out of 5 on average over the partners ({band}); {partners} {score} lowest, with {lowest}.',
    },
  },
};

/**
 * "Middelen inzetten: elke partner moet hier leveren, dus telt de zwakste: Zorggroep De Linde scoort
 * 2,91 van 5 (zorgpunt)." or "Gevoelde urgentie: gemiddeld 3,40 van 5 over de partners
 * (twijfelachtig); het laagst scoort ROC Rivierland, met 2,95." Tied lowest partners are all named;
 * a divided one, an uneven factor and an unreliable one are said to be so. `withFactor` false leaves
 * the factor out, for a place that names it already.
 */
export function weakFactorSentence(view: ReportView, weak: WeakFactor, withFactor = true): string {
  const values = {
    factor: capitalised(view.t(factorText[weak.factor])),
    partners: view.names(weak.partnerIds),
    score: view.plural(weak.partnerIds.length, scores),
    value: view.number(weak.score),
    lowest: view.number(weak.lowest),
    band: view.t(bandText[weak.band]),
  };
  const lead = leads[weak.rule];
  const sentences = [view.fill(view.t(withFactor ? lead.withFactor : lead.alone), values)];
  if (weak.divided) {
    const divided =
      view.report.readiness?.factors
        .find((f) => f.factor === weak.factor)
        ?.byPartner.filter((p) => p.divided && weak.partnerIds.includes(p.partnerId))
        .map((p) => p.partnerId) ?? [];
    sentences.push(
      view.fill(
        view.t({
          nl: '{partners} {is} het onderling oneens over deze factor.',
          en: '{partners} {is} not of one mind on this factor.',
        }),
        { partners: view.names(divided), is: view.plural(divided.length, isDivided) },
      ),
    );
  }
  if (weak.uneven)
    sentences.push(
      view.t({
        nl: 'De partners verschillen hier duidelijk: de bereidheid is ongelijk.',
        en: 'The partners clearly differ here: readiness is uneven.',
      }),
    );
  if (weak.unreliable) sentences.push(view.t(unreliableWords));
  return sentences.join(' ');
}

/** Said of a factor whose statements hang together too little to read as one score. */
export const unreliableWords: Localized = {
  nl: 'Let op: de stellingen van deze factor hangen te weinig samen om als één score te lezen; lees ze apart.',
  en: 'Note: the statements of this factor hang together too little to read as one score; read them one by one.',
};

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

/** "De factoren staan in de volgorde waarin operationele afstemming ze nodig heeft: …" or null without a stated function. */
export function functionOrderSentence(view: ReportView): string | null {
  const stated = view.report.readiness?.stated;
  if (!stated) return null;
  return view.fill(
    view.t({
      nl: 'Deze samenwerking is opgezet voor {fn}. De factoren die daarvoor het meest nodig zijn, staan bovenaan en zijn gemarkeerd.',
      en: 'This partnership was set up for {fn}. The factors that function needs most come first and are marked.',
    }),
    { fn: view.t(functionLabels[stated]).toLowerCase() },
  );
}

/**
 * Whether a partner's staff see the function the organiser stated: "Gemeente Rivierstad: 64%
 * (41–82%) noemt dezelfde functie; 1 van de 14 weet het niet." Null without a stated function.
 */
export function functionSeenSentence(view: ReportView, entry: FunctionSeen['byPartner'][number]): string | null {
  if (!entry.asStated) return null;
  const [low, high] = entry.asStated.ci95;
  return view.fill(
    view.t({
      nl: '{partner}: {share} ({low}–{high}) noemt dezelfde functie; {dk} van de {all} {knows}.',
      en: '{partner}: {share} ({low}–{high}) name the same function; {dk} of the {all} {knows}.',
    }),
    {
      partner: view.partner(entry.partnerId).name,
      share: view.percent(entry.asStated.share),
      low: view.percent(low),
      high: view.percent(high),
      dk: view.number(entry.dontKnow, 0),
      all: view.number(entry.answered + entry.dontKnow, 0),
      knows: view.plural(entry.dontKnow, doesNotKnow),
    },
  );
}
