/**
 * A partner's value proposition in words (GET /api/report/partner): what moves it, what it brings
 * and who wants that, what it wants and who covers it, which values come first, whether it mainly
 * invests or receives, the tensions it feels most, its weakest and strongest readiness, how it sees
 * itself beside how the others see it, where it rubs with whom, and what it stated itself. Also how
 * two partners' propositions fit and where they rub (GET /api/report/pair). Pure functions of what
 * the routes send, each sentence true of it.
 */
import type { Localized } from '../../../lib/i18n';
import { bandText, factorText } from '../text';
import type { PairDetail, PartnerCard } from '../types';
import type { ReportView } from '../view';
import { topDrivesWords } from './complements';
import { capitalised } from './readiness';
import { topValuesWords } from './values';

export interface CardPart {
  readonly key: string;
  readonly heading: Localized;
  readonly sentences: readonly string[];
}

const quoted = (words: string) => `“${words}”`;

/** "Geld en financiering (100%, 51–100%)": a share with its interval. */
const withShare = (view: ReportView, optionId: string, share: number, ci95: readonly [number, number]) =>
  `${view.resourceLabel(optionId)} (${view.percent(share)}, ${view.percent(ci95[0])}–${view.percent(ci95[1])})`;

/** The parts of one partner's card, in reading order; a part with nothing to say is left out. */
export function cardParts(view: ReportView, card: PartnerCard): CardPart[] {
  const { t } = view;
  const parts: CardPart[] = [];
  const add = (key: string, heading: Localized, sentences: readonly (string | null)[]) => {
    const said = sentences.filter((s): s is string => s !== null);
    if (said.length > 0) parts.push({ key, heading, sentences: said });
  };
  add('drives', { nl: 'Wat drijft deze partner', en: 'What drives this partner' }, [
    card.topDrives.length === 0
      ? null
      : view.fill(t({ nl: 'Vooral {drives}.', en: 'Mainly {drives}.' }), { drives: topDrivesWords(view, card.topDrives) }),
    card.values.length > 0
      ? view.fill(t({ nl: 'Belangrijkste waarden: {values}.', en: 'Most important values: {values}.' }), {
          values: topValuesWords(view, view.report.values!.chosen!.itemId, card.values)!,
        })
      : null,
  ]);
  const noneNamed = view.fill(
    t({ nl: 'Geen middel dat minstens {share} van de medewerkers noemt.', en: 'No resource named by at least {share} of its staff.' }),
    { share: view.percent(view.report.thresholds.VALUE_CASE_MIN_SHARE) },
  );
  add('brings', { nl: 'Wat deze partner brengt', en: 'What this partner brings' }, [
    card.brings.length === 0 ? noneNamed : null,
    ...card.brings.map((b) =>
      view.fill(
        t(
          b.wantedBy.length === 0
            ? { nl: '{resource}: geen andere partner zoekt het.', en: '{resource}: no other partner wants it.' }
            : { nl: '{resource}: gezocht door {names}.', en: '{resource}: wanted by {names}.' },
        ),
        { resource: withShare(view, b.optionId, b.share, b.ci95), names: view.names(b.wantedBy) },
      ),
    ),
  ]);
  add('wants', { nl: 'Wat deze partner zoekt', en: 'What this partner wants' }, [
    card.wants.length === 0 ? noneNamed : null,
    ...card.wants.map((w) =>
      view.fill(
        t(
          w.coveredBy.length === 0
            ? { nl: '{resource}: geen andere partner brengt het.', en: '{resource}: no other partner brings it.' }
            : { nl: '{resource}: gebracht door {names}.', en: '{resource}: brought by {names}.' },
        ),
        { resource: withShare(view, w.optionId, w.share, w.ci95), names: view.names(w.coveredBy) },
      ),
    ),
    card.stance === null
      ? null
      : t(
          card.stance === 'invests'
            ? {
                nl: 'Volgens de eigen medewerkers investeert deze partner vooral.',
                en: 'According to its own staff, this partner mainly invests.',
              }
            : {
                nl: 'Volgens de eigen medewerkers ontvangt deze partner vooral.',
                en: 'According to its own staff, this partner mainly receives.',
              },
        ),
  ]);
  add('rubs', { nl: 'Waar het schuurt', en: 'Where it rubs' }, [
    card.tensions.length === 0
      ? null
      : view.fill(t({ nl: 'Sterkst gevoelde spanningen: {tensions}.', en: 'Tensions felt most strongly: {tensions}.' }), {
          tensions: view.list(card.tensions.map((x) => `${quoted(view.itemLabel(x.itemId))} (${view.number(x.mean, 1)})`)),
        }),
    ...card.rubsWith.map((r) =>
      view.fill(t({ nl: 'Duidelijk anders dan {partner} op {items}.', en: 'Clearly different from {partner} on {items}.' }), {
        partner: view.partner(r.partnerId).name,
        items: view.list(r.itemIds.map((id) => quoted(view.itemLabel(id)))),
      }),
    ),
  ]);
  const factor = (f: NonNullable<PartnerCard['weakestFactor']>) =>
    `${capitalised(t(factorText[f.factor]))} ${view.number(f.score)} (${t(bandText[f.band])})`;
  add('readiness', { nl: 'Bereidheid', en: 'Readiness' }, [
    card.weakestFactor ? view.fill(t({ nl: 'Zwakst: {factor}.', en: 'Weakest: {factor}.' }), { factor: factor(card.weakestFactor) }) : null,
    card.strongestFactor
      ? view.fill(t({ nl: 'Sterkst: {factor}.', en: 'Strongest: {factor}.' }), { factor: factor(card.strongestFactor) })
      : null,
  ]);
  add(
    'self',
    { nl: 'Eigen beeld naast het beeld van anderen', en: 'Self-view beside how others see it' },
    card.selfView.map((v) =>
      view.fill(
        t(
          v.notable
            ? {
                nl: '{scale}: zelf {self}, volgens anderen {others}: een opvallend verschil.',
                en: '{scale}: itself {self}, others {others}: a notable gap.',
              }
            : { nl: '{scale}: zelf {self}, volgens anderen {others}.', en: '{scale}: itself {self}, others {others}.' },
        ),
        {
          scale: quoted(view.itemLabel(v.itemId)),
          self: v.self === null ? t({ nl: 'geen cijfer', en: 'no figure' }) : view.number(v.self, 1),
          others: v.others === null ? t({ nl: 'geen cijfer', en: 'no figure' }) : view.number(v.others, 1),
        },
      ),
    ),
  );
  return parts;
}

/**
 * Where two propositions fit and where they rub: "Installatiebedrijf Van Dam brengt wat Gemeente
 * Rivierstad zoekt: mensen en uren." … "Ze verschillen duidelijk op “Snel ↔ Grondig”."
 */
export function pairFitSentences(view: ReportView, detail: PairDetail): string[] {
  const { t } = view;
  const { propositions: p } = detail;
  const [a, b] = [view.partner(detail.a).name, view.partner(detail.b).name];
  const resources = (ids: readonly string[]) => view.list(ids.map((id) => view.resourceLabel(id).toLowerCase()));
  const sentences: string[] = [];
  const brings = (giver: string, taker: string, ids: readonly string[]) =>
    ids.length > 0
      ? view.fill(t({ nl: '{giver} brengt wat {taker} zoekt: {resources}.', en: '{giver} brings what {taker} wants: {resources}.' }), {
          giver,
          taker,
          resources: resources(ids),
        })
      : null;
  for (const s of [brings(b, a, p.aGetsFromB), brings(a, b, p.bGetsFromA)]) if (s) sentences.push(s);
  if (p.aGetsFromB.length === 0 && p.bGetsFromA.length === 0)
    sentences.push(t({ nl: 'Geen van beide brengt wat de ander zoekt.', en: 'Neither brings what the other wants.' }));
  if (p.driveOverlap !== null && p.aTop.length > 0 && p.bTop.length > 0)
    sentences.push(
      view.fill(
        t({
          nl: '{a}: vooral {aDrives}; {b}: vooral {bDrives}. {overlap} van hun punten ligt gelijk.',
          en: '{a}: mainly {aDrives}; {b}: mainly {bDrives}. {overlap} of their points lie alike.',
        }),
        { a, b, aDrives: topDrivesWords(view, p.aTop), bDrives: topDrivesWords(view, p.bTop), overlap: view.percent(p.driveOverlap) },
      ),
    );
  if (p.rubs.length === 0) sentences.push(t({ nl: 'Ze verschillen nergens duidelijk.', en: 'They clearly differ nowhere.' }));
  for (const { kinds, words } of rubGroups) {
    const items = p.rubs.filter((r) => kinds.includes(r.kind));
    if (items.length > 0) sentences.push(view.fill(t(words), { items: view.list(items.map((r) => quoted(view.itemLabel(r.itemId)))) }));
  }
  return sentences;
}

/** A pair's clear differences, said by what they are: to discuss, uneven readiness, or part of get and bring. */
const rubGroups: readonly { kinds: readonly PairDetail['propositions']['rubs'][number]['kind'][]; words: Localized }[] = [
  {
    kinds: ['ways_of_working', 'values', 'tension'],
    words: { nl: 'Om te bespreken: ze verschillen duidelijk op {items}.', en: 'To discuss: they clearly differ on {items}.' },
  },
  { kinds: ['readiness'], words: { nl: 'Hun bereidheid is ongelijk op {items}.', en: 'Their readiness is uneven on {items}.' } },
  {
    kinds: ['value_case'],
    words: {
      nl: 'In halen en brengen verschillen ze duidelijk op {items}.',
      en: 'In getting and bringing they clearly differ on {items}.',
    },
  },
];
