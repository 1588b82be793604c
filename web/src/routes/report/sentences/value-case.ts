/**
 * The value case in words: who wants what and who brings it. "Nobody brings it" is said only when
 * no partner brings it at all; a partner that wants what only it brings itself is named as such.
 * Verbs agree with the list of partners before them ("zoekt" for one, "zoeken" for more).
 */
import type { Plural } from '../../../lib/words';
import type { ValueCase } from '../types';
import type { ReportView } from '../view';
import { allPartners } from './findings';

type Match = NonNullable<ReportView['report']['findings']['valueCase']>['matches'][number];
type Gap = ValueCase['gaps'][number];
type Unused = ValueCase['unusedOffers'][number];

const wants: Plural = { nl: { one: 'zoekt', other: 'zoeken' }, en: { one: 'wants', other: 'want' } };
const brings: Plural = { nl: { one: 'brengt', other: 'brengen' }, en: { one: 'brings', other: 'bring' } };
const resourceNoun: Plural = { nl: { one: 'middel', other: 'middelen' }, en: { one: 'resource', other: 'resources' } };

/** The partners as the subject of a verb: their names, or "alle 4 partners" when it is every shown partner. */
function subject(view: ReportView, ids: readonly string[]): string {
  if (ids.length >= 2 && ids.length === view.partners.length) {
    const all = allPartners(view, ids.length);
    return all.charAt(0).toLowerCase() + all.slice(1);
  }
  return view.names(ids);
}

/** "Kennis en expertise: alle 4 partners zoeken het; Zorggroep De Linde en ROC Rivierland brengen het." */
export function matchSentence(view: ReportView, match: Match): string {
  return view.fill(
    view.t({
      nl: '{resource}: {wanters} {want} het; {bringers} {bring} het.',
      en: '{resource}: {wanters} {want} it; {bringers} {bring} it.',
    }),
    {
      resource: view.resourceLabel(match.optionId),
      wanters: subject(view, match.wantedBy),
      want: view.plural(match.wantedBy.length, wants),
      bringers: subject(view, match.broughtBy),
      bring: view.plural(match.broughtBy.length, brings),
    },
  );
}

/** Who a resource's one side is, and who the other: a gap is wanted and not brought, an unused offer the reverse. */
const sides = { gap: { own: wants, other: brings }, unused: { own: brings, other: wants } } as const;

/**
 * A resource only one side has: "nobody" on the other side only when nobody is there; when the one
 * partner is on both sides, it says so.
 */
function oneSidedResource(
  view: ReportView,
  optionId: string,
  partners: readonly string[],
  others: readonly string[],
  kind: keyof typeof sides,
): string {
  const { own, other } = sides[kind];
  return view.fill(
    view.t(
      others.length === 0
        ? {
            nl: '{resource}: {partners} {verb} het, maar geen enkele partner {other} het.',
            en: '{resource}: {partners} {verb} it, but no partner {other} it.',
          }
        : {
            nl: '{resource}: {partners} {verb} het en is de enige die het {other}; geen andere partner {other} het.',
            en: '{resource}: {partners} {verb} it and is the only partner that {other} it; no other partner does.',
          },
    ),
    {
      resource: view.resourceLabel(optionId),
      partners: subject(view, partners),
      verb: view.plural(partners.length, own),
      other: view.plural(1, other),
    },
  );
}

/**
 * "Mensen en uren: Gemeente Rivierstad en Zorggroep De Linde zoeken het, maar geen enkele partner
 * brengt het." or, when the one partner that wants it brings it itself: "Geld en financiering:
 * Gemeente Rivierstad zoekt het en is de enige die het brengt; geen andere partner brengt het."
 */
export const gapSentence = (view: ReportView, gap: Gap): string => oneSidedResource(view, gap.optionId, gap.wantedBy, gap.broughtBy, 'gap');

/**
 * "Bevoegdheden en vergunningen: Gemeente Rivierstad en Zorggroep De Linde brengen het, maar geen
 * enkele partner zoekt het." or, when the one partner that brings it wants it too: "Technologie en
 * systemen: ROC Rivierland brengt het en is de enige die het zoekt; geen andere partner zoekt het."
 */
export const unusedSentence = (view: ReportView, offer: Unused): string =>
  oneSidedResource(view, offer.optionId, offer.broughtBy, offer.wantedBy, 'unused');

/** "Installatiebedrijf Van Dam komt vooral brengen: brengt 6 middelen en zoekt er 3." Null for a balanced partner. */
export function oneSidedSentence(view: ReportView, partner: ValueCase['byPartner'][number]): string | null {
  if (partner.oneSided === null) return null;
  // The first count carries the noun ("brengt 6 middelen"); the second refers back to it ("en zoekt er 3").
  const [first, second] =
    partner.oneSided === 'wants_more' ? [partner.wants.length, partner.brings.length] : [partner.brings.length, partner.wants.length];
  const values = {
    partner: view.partner(partner.partnerId).name,
    first: view.count(first, resourceNoun),
    second: second === 0 ? view.t({ nl: 'geen', en: 'none' }) : view.number(second, 0),
  };
  return view.fill(
    view.t(
      partner.oneSided === 'wants_more'
        ? {
            nl: '{partner} komt vooral halen: zoekt {first} en brengt er {second}.',
            en: '{partner} comes mainly to get: it wants {first} and brings {second}.',
          }
        : {
            nl: '{partner} komt vooral brengen: brengt {first} en zoekt er {second}.',
            en: '{partner} comes mainly to bring: it brings {first} and wants {second}.',
          },
    ),
    values,
  );
}
