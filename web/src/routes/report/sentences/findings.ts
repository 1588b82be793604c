/**
 * Fault lines and shared ground in words. A difference is said as where each partner stands, never
 * as one scoring "higher" or "better": on a two-pole scale neither end is better, and on the other
 * scales the words say what a higher answer means (more important, agree more, felt more strongly).
 * How sure a difference is, is said as "at least so many points apart": the near end of its interval.
 */
import type { Localized } from '../../../lib/i18n';
import type { FaultLine, SharedGround } from '../types';
import type { ReportView } from '../view';
import { onScale, points } from './figures';

/** A pair a fault line names, as the overview and the model list it (the overview adds its means). */
type Pair = Omit<FaultLine['widest'][number], 'aMean' | 'bMean'>;
/** A fault line as the sentences read it: from the overview, or from the findings. */
type Line = Pick<FaultLine, 'sureness' | 'pairsCompared' | 'conflictingPairs'>;

const quoted = (words: string) => `“${words}”`;

/**
 * "Installatiebedrijf Van Dam vindt “Vernieuwing” belangrijker dan Zorggroep De Linde: 4,7 tegen
 * 2,4, minstens 1,8 punten uit elkaar." The means come from `positions` (every shown partner's).
 */
export function pairSentence(
  view: ReportView,
  itemId: string,
  pair: Pair,
  positions: readonly { partnerId: string; mean: number | null }[],
): string {
  const [higher, lower] = pair.difference >= 0 ? [pair.a, pair.b] : [pair.b, pair.a];
  const { format, low, high } = view.scale(itemId);
  const label = quoted(view.itemLabel(itemId));
  const leads = {
    bipolar: pair.oppositeSides
      ? {
          nl: '{higher} staat aan de kant van {high}, {lower} aan de kant van {low}',
          en: '{higher} is on the side of {high}, {lower} on the side of {low}',
        }
      : { nl: '{higher} staat dichter bij {high} dan {lower}', en: '{higher} stands closer to {high} than {lower} does' },
    perception: { nl: '{higher} staat dichter bij {high} dan {lower}', en: '{higher} stands closer to {high} than {lower} does' },
    importance: { nl: '{higher} vindt {label} belangrijker dan {lower}', en: '{higher} finds {label} more important than {lower} does' },
    agreement: { nl: '{higher} is het meer eens met {label} dan {lower}', en: '{higher} agrees more with {label} than {lower} does' },
    intensity: {
      nl: '{higher} voelt de spanning {label} sterker dan {lower}',
      en: '{higher} feels the tension {label} more strongly than {lower} does',
    },
  };
  const lead = view.fill(view.t(leads[format]), {
    higher: view.partner(higher).name,
    lower: view.partner(lower).name,
    high: quoted(high),
    low: quoted(low),
    label,
  });
  const meanOf = (id: string) => positions.find((p) => p.partnerId === id)?.mean;
  const [higherMean, lowerMean] = [meanOf(higher), meanOf(lower)];
  const means =
    higherMean === undefined || lowerMean === undefined || higherMean === null || lowerMean === null
      ? ''
      : view.fill(view.t({ nl: '{higher} tegen {lower}, ', en: '{higher} against {lower}, ' }), {
          higher: view.number(higherMean, 1),
          lower: view.number(lowerMean, 1),
        });
  return view.fill(view.t({ nl: '{lead}: {means}minstens {atLeast} uit elkaar.', en: '{lead}: {means}at least {atLeast} apart.' }), {
    lead,
    means,
    atLeast: points(view, pair.atLeast),
  });
}

/**
 * How many pairs differ clearly on a fault line besides those named: "Nog 1 paar verschilt hier
 * duidelijk." / "2 more pairs clearly differ here." Null when the named pairs are all.
 */
export function morePairsSentence(view: ReportView, line: Line, named: number): string | null {
  const more = line.conflictingPairs - named;
  if (more <= 0) return null;
  return view.fill(view.t({ nl: 'Nog {count} {pairs} {verb} hier duidelijk.', en: '{count} more {pairs} {verb} clearly here.' }), {
    count: more,
    pairs: view.plural(more, { nl: { one: 'paar', other: 'paren' }, en: { one: 'pair', other: 'pairs' } }),
    verb: view.plural(more, { nl: { one: 'verschilt', other: 'verschillen' }, en: { one: 'differs', other: 'differ' } }),
  });
}

/**
 * "Alle 4 partners liggen binnen 0,40 punten van elkaar, gemiddeld 3,8 op een schaal van 1 (helemaal
 * oneens) tot 5 (helemaal eens). Meer dan 0,89 punten verschil is onwaarschijnlijk."
 */
export function sharedGroundSentence(view: ReportView, entry: SharedGround, partners: number): string {
  const values = {
    all: allPartners(view, partners),
    spread: points(view, entry.spread),
    mean: view.number(entry.mean, 1),
    scale: onScale(view, entry.itemId),
    atMost: points(view, entry.atMost),
  };
  const close =
    entry.spread === 0
      ? { nl: '{all} geven gemiddeld hetzelfde antwoord: {mean} {scale}.', en: '{all} give the same answer on average: {mean} {scale}.' }
      : {
          nl: '{all} liggen binnen {spread} van elkaar, gemiddeld {mean} {scale}.',
          en: '{all} are within {spread} of each other, {mean} on average {scale}.',
        };
  const sure =
    entry.atMost === 0
      ? { nl: 'Hun medewerkers antwoorden allemaal gelijk.', en: 'Their staff all answer alike.' }
      : { nl: 'Meer dan {atMost} verschil is onwaarschijnlijk.', en: 'A difference of more than {atMost} is unlikely.' };
  return `${view.fill(view.t(close), values)} ${view.fill(view.t(sure), values)} ${view.t(sharedKindMeaning[entry.kind])}`;
}

/** What partners share, in a few words: "gedeelde sterkte", "gedeelde zorg"… */
export const sharedKindWords: Readonly<Record<SharedGround['kind'], Localized>> = {
  position: { nl: 'gedeelde positie', en: 'shared position' },
  shared_value: { nl: 'gedeelde waarde', en: 'shared value' },
  strength: { nl: 'gedeelde sterkte', en: 'shared strength' },
  doubt: { nl: 'gedeelde twijfel', en: 'shared doubt' },
  concern: { nl: 'gedeelde zorg', en: 'shared concern' },
};

/** What the kind means, as the last sentence about a shared item (the band follows the mean of the partners). */
const sharedKindMeaning: Readonly<Record<SharedGround['kind'], Localized>> = {
  position: {
    nl: 'Een gedeelde positie: hier staan de partners op dezelfde plek.',
    en: 'A shared position: here the partners stand in the same place.',
  },
  shared_value: {
    nl: 'Een gedeelde waarde: samen gemiddeld 4 of hoger, dus belangrijk.',
    en: 'A shared value: together 4 or higher on average, so important.',
  },
  strength: { nl: 'Een gedeelde sterkte: samen in de band ‘sterk’.', en: 'A shared strength: together in the ‘strength’ band.' },
  doubt: {
    nl: 'Gedeelde twijfel: samen in de band ‘twijfelachtig’, dus nog geen sterk punt.',
    en: 'Shared doubt: together in the ‘borderline’ band, so not a strength yet.',
  },
  concern: {
    nl: 'Een gedeelde zorg: samen in de band ‘zorgpunt’. Dicht bij elkaar, maar op een zwak punt.',
    en: 'A shared concern: together in the ‘concern’ band. Close together, but on a weak point.',
  },
};

/** The first screen's short form: "Alle 4 partners liggen binnen 0,40 punten van elkaar, rond 3,8." */
export function sharedGroundShort(view: ReportView, entry: SharedGround, partners: number): string {
  const values = { all: allPartners(view, partners), spread: points(view, entry.spread), mean: view.number(entry.mean, 1) };
  return view.fill(
    view.t(
      entry.spread === 0
        ? { nl: '{all} geven gemiddeld hetzelfde antwoord: {mean}.', en: '{all} give the same answer on average: {mean}.' }
        : { nl: '{all} liggen binnen {spread} van elkaar, rond {mean}.', en: '{all} are within {spread} of each other, around {mean}.' },
    ),
    values,
  );
}

/** "Beide partners" for two, "Alle 4 partners" for more, at the start of a sentence. */
export function allPartners(view: ReportView, count: number): string {
  return count === 2
    ? view.t({ nl: 'Beide partners', en: 'Both partners' })
    : view.fill(view.t({ nl: 'Alle {count} partners', en: 'All {count} partners' }), { count });
}

/** What a list of differences to discuss, shared ground or shared concerns says when it is empty, and why. */
export function noneSentence(view: ReportView, kind: 'faultLines' | 'sharedGround' | 'sharedConcerns'): string {
  if (view.partners.length < 2) {
    return view.t({
      nl: 'Minder dan twee partners hebben genoeg reacties: er valt nog niets te vergelijken.',
      en: 'Fewer than two partners have enough responses: there is nothing to compare yet.',
    });
  }
  const none: Readonly<Record<typeof kind, Localized>> = {
    faultLines: {
      nl: 'In werkwijze, waarden en spanningen liggen partners nergens duidelijk ver uit elkaar.',
      en: 'In ways of working, values and tensions, partners are nowhere clearly far apart.',
    },
    sharedGround: {
      nl: 'Er is geen gedeelde positie, waarde of sterkte waarop alle partners aantoonbaar dicht bij elkaar liggen.',
      en: 'There is no shared position, value or strength on which all partners are shown to be close together.',
    },
    sharedConcerns: {
      nl: 'Er is geen zorgpunt dat alle partners aantoonbaar delen.',
      en: 'There is no concern all partners are shown to share.',
    },
  };
  return view.t(none[kind]);
}

/**
 * How sure a fault line is, from its q-value band: "Heel zeker: hooguit 1 op de 1.000 breuklijnen die
 * zo duidelijk zijn, is toeval. 6 paren vergeleken op deze vraag."
 */
export function surenessSentence(view: ReportView, line: Line): string {
  const th = view.report.thresholds;
  const bands: Record<FaultLine['sureness'], { words: { nl: string; en: string }; rate: number }> = {
    very_sure: { words: { nl: 'Heel zeker', en: 'Very sure' }, rate: th.VERY_SURE_AT_MOST },
    sure: { words: { nl: 'Zeker', en: 'Sure' }, rate: th.SURE_AT_MOST },
    fairly_sure: { words: { nl: 'Vrij zeker', en: 'Fairly sure' }, rate: th.FALSE_DISCOVERY_RATE },
  };
  const { words, rate } = bands[line.sureness];
  return view.fill(
    view.t({
      nl: '{words}: hooguit 1 op de {inHowMany} breuklijnen die zo duidelijk zijn, is toeval. {pairs} vergeleken op deze vraag.',
      en: '{words}: at most 1 in {inHowMany} fault lines this clear is chance. {pairs} compared on this question.',
    }),
    {
      words: view.t(words),
      inHowMany: view.number(Math.round(1 / rate), 0),
      pairs: view.count(line.pairsCompared, { nl: { one: 'paar', other: 'paren' }, en: { one: 'pair', other: 'pairs' } }),
    },
  );
}

/** The word for a fault line's sureness alone: "heel zeker", "zeker", "vrij zeker". */
export function surenessWord(view: ReportView, line: Line): string {
  return view.t(
    {
      very_sure: { nl: 'heel zeker', en: 'very sure' },
      sure: { nl: 'zeker', en: 'sure' },
      fairly_sure: { nl: 'vrij zeker', en: 'fairly sure' },
    }[line.sureness],
  );
}

/**
 * How many comparisons the fault lines allow for: "Het rapport maakte 10.070 vergelijkingen van twee
 * partners, op 53 vragen. …". Null when there was nothing to compare.
 */
export function comparisonsSentence(view: ReportView): string | null {
  const { comparisons } = view.report;
  if (comparisons.pairComparisons === 0) return null;
  return view.fill(
    view.t({
      nl: 'Het rapport maakte {comparisons} van twee partners, op {items}. Bij zoveel vergelijkingen lijkt een verschil soms toevallig duidelijk; daarom blijven alleen breuklijnen over waarvan naar verwachting hooguit {rate} toeval is.',
      en: 'The report made {comparisons} of two partners, on {items}. With so many comparisons a difference can look clear by chance, so it keeps only fault lines of which at most {rate} are expected to be chance.',
    }),
    {
      comparisons: view.count(comparisons.pairComparisons, {
        nl: { one: 'vergelijking', other: 'vergelijkingen' },
        en: { one: 'comparison', other: 'comparisons' },
      }),
      items: view.count(comparisons.items, { nl: { one: 'vraag', other: 'vragen' }, en: { one: 'question', other: 'questions' } }),
      rate: view.percent(comparisons.falseDiscoveryRate),
    },
  );
}
