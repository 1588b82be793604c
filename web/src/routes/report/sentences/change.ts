/**
 * The change between two waves in words (docs/alignment.md §11): each figure before → after, the
 * change with its interval, and a plain verdict (clearly closer, clearly further apart, no clear
 * change). "Clearly" is said only of a change the model calls clear; anything else is "no clear
 * change", with the reason on demand. Partners are those shown in both waves, so every name here is
 * a shown partner of the later wave (the view's).
 */
import type { Localized } from '../../../lib/i18n';
import type { Plural } from '../../../lib/words';
import { bandText, factorText } from '../text';
import type { Agreement, ChangeReport, FactorChange, ItemChange, ResourceChange, ValueChoiceChange } from '../types';
import type { ReportView } from '../view';
import { points, pointsNoun } from './figures';
import { capitalised } from './readiness';

type Reason = NonNullable<ChangeReport['pairs'][number]['reason']>;
type Verdict = ItemChange['verdict'] | FactorChange['verdict'];
type PairGap = ItemChange['pairs'][number];
/** A partner's share choosing an option: bringing or wanting a resource, or choosing a value. */
type Share = ResourceChange['shares'][number] | ValueChoiceChange['byPartner'][number];
type PartnerFactor = FactorChange['byPartner'][number];

/** What every change figure has: the change, its interval, its verdict and why it is not clear. */
interface ChangeFigure {
  readonly change: number;
  readonly ci95: readonly [number, number] | null;
  readonly ci95Clipped: boolean;
  readonly verdict: Verdict;
  readonly reason: Reason | null;
}

/** A verdict in words, for distances between partners and for levels that rise or fall. */
export const verdictText: Record<Verdict, Localized> = {
  closer: { nl: 'duidelijk dichter bij elkaar', en: 'clearly closer' },
  further_apart: { nl: 'duidelijk verder uit elkaar', en: 'clearly further apart' },
  higher: { nl: 'duidelijk hoger', en: 'clearly higher' },
  lower: { nl: 'duidelijk lager', en: 'clearly lower' },
  mixed: {
    nl: 'deels duidelijk dichter bij elkaar, deels duidelijk verder uit elkaar',
    en: 'partly clearly closer, partly clearly further apart',
  },
  no_clear_change: { nl: 'geen duidelijke verandering', en: 'no clear change' },
};

/** Why a change is not called clear. */
export function reasonText(view: ReportView, reason: Reason, range: number): string {
  const min = view.report.thresholds.CHANGE_MIN_SHARE * range;
  const texts: Record<Reason, Localized> = {
    too_few_answers: { nl: 'te weinig antwoorden in een van de metingen', en: 'too few answers in one of the waves' },
    too_small: { nl: 'kleiner dan {min}', en: 'smaller than {min}' },
    uncertain: { nl: 'onzeker: ook geen verandering past bij de antwoorden', en: 'uncertain: no change at all also fits the answers' },
    could_be_chance: {
      nl: 'kan toeval zijn bij zoveel vergelijkingen',
      en: 'could be chance among so many comparisons',
    },
  };
  return view.fill(view.t(texts[reason]), { min: range === 1 ? view.percent(min) : points(view, min) });
}

const clippedWords = { nl: 'afgekapt op de grootst mogelijke verandering', en: 'cut off at the largest possible change' };

/**
 * "tussen −3,44 en −1,18" (in the figure's unit: points, or percentage points for shares), and
 * whether the model cut the interval at the largest change the figure allows.
 */
export function intervalWords(view: ReportView, change: Pick<ChangeFigure, 'ci95' | 'ci95Clipped'>, share = false): string {
  const { ci95 } = change;
  if (!ci95) return '';
  const say = (value: number) => (share ? `${view.signed(Math.round(value * 100), 0)}` : view.signed(value));
  const range = view.fill(view.t({ nl: 'tussen {low} en {high}', en: 'between {low} and {high}' }), {
    low: say(ci95[0]),
    high: say(ci95[1]),
  });
  return change.ci95Clipped ? `${range}, ${view.t(clippedWords)}` : range;
}

/** "(duidelijk dichter bij elkaar; −2,31, tussen −3,44 en −1,18)", or "(geen duidelijke verandering: onzeker …)". */
function verdictNote(view: ReportView, change: ChangeFigure, range: number, share = false): string {
  const delta = share
    ? view.fill(view.t({ nl: '{n} procentpunt', en: '{n} percentage points' }), { n: view.signed(Math.round(change.change * 100), 0) })
    : view.signed(change.change);
  const interval = intervalWords(view, change, share);
  const figures = interval ? `${delta}, ${interval}` : delta;
  if (change.verdict !== 'no_clear_change') return `(${view.t(verdictText[change.verdict])}; ${figures})`;
  const reason = change.reason ? `: ${reasonText(view, change.reason, range)}` : '';
  return `(${view.t(verdictText.no_clear_change)}${reason}; ${figures})`;
}

/**
 * "Gemeente Rivierstad en Installatiebedrijf Van Dam: van 3,1 naar 0,8 punten uit elkaar (duidelijk
 * dichter bij elkaar; −2,31, tussen −3,44 en −1,18)."
 */
export function pairGapSentence(view: ReportView, itemId: string, pair: PairGap): string {
  const range = view.scale(itemId).points - 1;
  return view.fill(
    view.t({ nl: '{pair}: van {before} naar {after} uit elkaar {note}.', en: '{pair}: from {before} to {after} apart {note}.' }),
    {
      pair: view.names([pair.a, pair.b]),
      before: view.number(pair.before, 1),
      after: view.count(pair.after, pointsNoun, 1),
      note: verdictNote(view, pair, range),
    },
  );
}

const statusWords: Record<ItemChange['before'], Localized> = {
  fault_line: { nl: 'een breuklijn', en: 'a fault line' },
  shared_ground: { nl: 'gedeelde basis', en: 'shared ground' },
  shared_doubt: { nl: 'gedeelde twijfel', en: 'a shared doubt' },
  shared_concern: { nl: 'een gedeelde zorg', en: 'a shared concern' },
  neither: { nl: 'geen van beide', en: 'neither' },
};

/**
 * What an item was and is, and which way the partners moved on it: "“Controle ↔ Vertrouwen”: was
 * een breuklijn, nu niet meer. De partners liggen duidelijk dichter bij elkaar."
 */
export function itemChangeSentence(view: ReportView, entry: ItemChange): string {
  const label = `“${view.itemLabel(entry.itemId)}”`;
  const status =
    entry.before === entry.after
      ? view.fill(view.t({ nl: 'nog steeds {status}', en: 'still {status}' }), { status: view.t(statusWords[entry.after]) })
      : entry.after === 'neither'
        ? view.fill(view.t({ nl: 'was {status}, nu niet meer', en: 'was {status}, no longer' }), {
            status: view.t(statusWords[entry.before]),
          })
        : entry.before === 'neither'
          ? view.fill(view.t({ nl: 'nu {status}', en: 'now {status}' }), { status: view.t(statusWords[entry.after]) })
          : view.fill(view.t({ nl: 'was {before}, nu {after}', en: 'was {before}, now {after}' }), {
              before: view.t(statusWords[entry.before]),
              after: view.t(statusWords[entry.after]),
            });
  const moved: Record<ItemChange['verdict'], Localized> = {
    closer: { nl: 'De partners liggen duidelijk dichter bij elkaar.', en: 'The partners are clearly closer.' },
    further_apart: { nl: 'De partners liggen duidelijk verder uit elkaar.', en: 'The partners are clearly further apart.' },
    mixed: {
      nl: 'Sommige partners liggen duidelijk dichter bij elkaar, andere duidelijk verder uit elkaar.',
      en: 'Some partners are clearly closer, others clearly further apart.',
    },
    no_clear_change: { nl: 'Geen duidelijke verandering tussen de partners.', en: 'No clear change between the partners.' },
  };
  return `${label}: ${status}. ${view.t(moved[entry.verdict])}`;
}

/** Who rose and who fell clearly, in the words given ("duidelijk hoger bij Zorggroep"), or "geen duidelijke verandering". */
function movedWords(
  view: ReportView,
  byPartner: readonly { readonly partnerId: string; readonly verdict: string }[],
  up: Localized,
  down: Localized,
): string {
  const who = (verdict: 'higher' | 'lower') => byPartner.filter((p) => p.verdict === verdict).map((p) => p.partnerId);
  const moved = (
    [
      [who('higher'), up],
      [who('lower'), down],
    ] as const
  )
    .filter(([ids]) => ids.length > 0)
    .map(([ids, words]) => view.fill(view.t(words), { names: view.names(ids) }));
  return moved.length > 0 ? view.list(moved) : view.t(verdictText.no_clear_change);
}

/** A score on the 1–5 agreement scale with its band: "3,79 van 5 (twijfelachtig)". */
function scoreWords(view: ReportView, score: number): string {
  const th = view.report.thresholds;
  const band = score >= th.BAND_STRENGTH_FROM - 1e-9 ? 'strength' : score >= th.BAND_BORDERLINE_FROM - 1e-9 ? 'borderline' : 'concern';
  return view.fill(view.t({ nl: '{score} van 5 ({band})', en: '{score} out of 5 ({band})' }), {
    score: view.number(score),
    band: view.t(bandText[band]),
  });
}

/** "Zorggroep De Linde: van 2,00 van 5 (zorgpunt) naar 3,79 van 5 (twijfelachtig) (duidelijk hoger; +1,79, tussen +1,15 en +2,44)." */
export function partnerFactorSentence(view: ReportView, partner: PartnerFactor): string {
  return view.fill(view.t({ nl: '{partner}: van {before} naar {after} {note}.', en: '{partner}: from {before} to {after} {note}.' }), {
    partner: view.partner(partner.partnerId).name,
    before: scoreWords(view, partner.before),
    after: scoreWords(view, partner.after),
    note: verdictNote(view, partner, 4),
  });
}

/**
 * A readiness factor's change for the partnership, with its score read as the report reads the
 * factor: "Middelen inzetten: duidelijk hoger bij Zorggroep De Linde. Elke partner moet hier leveren:
 * de zwakste scoorde 2,00 (Zorggroep De Linde), nu 3,00 (ROC Rivierland)." or "Vertrouwen in de
 * partners: … Gemiddeld over de partners 1,40, nu 2,30."
 */
export function factorChangeSentence(view: ReportView, factor: FactorChange): string {
  const name = capitalised(view.t(factorText[factor.factor]));
  const verdict = movedWords(
    view,
    factor.byPartner,
    { nl: 'duidelijk hoger bij {names}', en: 'clearly higher for {names}' },
    { nl: 'duidelijk lager bij {names}', en: 'clearly lower for {names}' },
  );
  const score =
    factor.rule === 'weakest'
      ? view.fill(
          view.t({
            nl: 'Elke partner moet hier leveren: de zwakste scoorde {before} ({beforeNames}), nu {after} ({afterNames}).',
            en: 'Every partner must deliver here: the weakest scored {before} ({beforeNames}), now {after} ({afterNames}).',
          }),
          {
            before: view.number(factor.partnership.before),
            beforeNames: view.names(factor.weakest.before.partnerIds),
            after: view.number(factor.partnership.after),
            afterNames: view.names(factor.weakest.after.partnerIds),
          },
        )
      : view.fill(
          view.t({ nl: 'Gemiddeld over de partners {before}, nu {after}.', en: 'On average over the partners {before}, now {after}.' }),
          {
            before: view.number(factor.partnership.before),
            after: view.number(factor.partnership.after),
          },
        );
  return `${name}: ${verdict}. ${score}`;
}

const bringsVerb: Plural = { nl: { one: 'brengt', other: 'brengen' }, en: { one: 'brings', other: 'bring' } };
const wantsVerb: Plural = { nl: { one: 'zoekt', other: 'zoeken' }, en: { one: 'wants', other: 'want' } };
const choosesVerb: Plural = { nl: { one: 'kiest', other: 'kiezen' }, en: { one: 'chooses', other: 'choose' } };

/** "Gemeente Rivierstad brengt het: 14% → 92% van de medewerkers (duidelijk hoger; +78 procentpunt, …)." */
export function shareSentence(view: ReportView, share: Share): string {
  const verb = !('side' in share) ? choosesVerb : share.side === 'bring' ? bringsVerb : wantsVerb;
  return view.fill(
    view.t({
      nl: '{partner} {verb} het: {before} → {after} van de medewerkers {note}.',
      en: '{partner} {verb} it: {before} → {after} of its staff {note}.',
    }),
    {
      partner: view.partner(share.partnerId).name,
      verb: view.plural(1, verb),
      before: view.percent(share.before),
      after: view.percent(share.after),
      note: verdictNote(view, share, 1, true),
    },
  );
}

/** "Rechtmatigheid: duidelijk vaker gekozen bij Gemeente Rivierstad." (by whom a value is chosen clearly more or less often). */
export function valueChoiceSentence(view: ReportView, value: ValueChoiceChange): string {
  const verdict = movedWords(
    view,
    value.byPartner,
    { nl: 'duidelijk vaker gekozen bij {names}', en: 'clearly more often chosen by {names}' },
    { nl: 'duidelijk minder vaak gekozen bij {names}', en: 'clearly less often chosen by {names}' },
  );
  return `${capitalised(view.optionName(value.itemId, value.optionId))}: ${verdict}.`;
}

/** A resource's verdict in words: whether who brings it changed clearly. */
const broughtText: Record<ResourceChange['verdict'], Localized> = {
  closer: { nl: 'duidelijk meer partners brengen het dan toen', en: 'clearly more partners bring it than then' },
  further_apart: { nl: 'duidelijk minder partners brengen het dan toen', en: 'clearly fewer partners bring it than then' },
  mixed: { nl: 'de een brengt het duidelijk meer, de ander duidelijk minder', en: 'one brings it clearly more, another clearly less' },
  no_clear_change: { nl: 'geen duidelijke verandering in wie het brengt', en: 'no clear change in who brings it' },
};

/**
 * What happened to a resource's gap or matches, and whether who brings it changed clearly: "Een
 * goede naam: het gat is gevuld; Gemeente Rivierstad brengt het nu, duidelijk meer dan toen." A
 * status that changed without a clear change in who brings it is said to be so.
 */
export function resourceChangeSentence(view: ReportView, resource: ResourceChange): string {
  const label = view.resourceLabel(resource.optionId);
  const share = view.report.thresholds.VALUE_CASE_MIN_SHARE;
  const bringersNow = resource.shares.filter((s) => s.side === 'bring' && s.after >= share - 1e-9).map((s) => s.partnerId);
  const { gap } = resource;
  let what: string;
  if (gap?.before && !gap.after) {
    what =
      bringersNow.length > 0
        ? view.fill(view.t({ nl: 'het gat is gevuld; {names} {verb} het nu', en: 'the gap is filled; {names} now {verb} it' }), {
            names: view.names(bringersNow),
            verb: view.plural(bringersNow.length, bringsVerb),
          })
        : view.t({ nl: 'geen gat meer: wie het zocht, zoekt het niet meer', en: 'no longer a gap: those who wanted it no longer do' });
  } else if (gap?.after && !gap.before) {
    what = view.fill(
      view.t({
        nl: 'nu een gat: {names} {verb} het en geen andere partner brengt het',
        en: 'now a gap: {names} {verb} it and no other partner brings it',
      }),
      { names: view.names(gap.after.wantedBy), verb: view.plural(gap.after.wantedBy.length, wantsVerb) },
    );
  } else if (gap?.before && gap.after) {
    what = view.t({ nl: 'nog steeds een gat', en: 'still a gap' });
  } else {
    const moved = (found: boolean) =>
      resource.matches
        .filter((m) => m.after === found && m.before !== found)
        .map((m) =>
          view.fill(
            view.t(
              found
                ? { nl: '{wanter} vindt het nu bij {bringer}', en: '{wanter} now finds it with {bringer}' }
                : { nl: '{wanter} vindt het niet meer bij {bringer}', en: '{wanter} no longer finds it with {bringer}' },
            ),
            { wanter: view.partner(m.wanterId).name, bringer: view.partner(m.bringerId).name },
          ),
        );
    const parts = [...moved(true), ...moved(false)];
    what =
      parts.length > 0
        ? view.list(parts)
        : view.t({
            nl: 'wie het zoekt, vindt het nog bij dezelfde partners',
            en: 'those who want it still find it with the same partners',
          });
  }
  return `${label}: ${what}; ${view.t(broughtText[resource.verdict])}.`;
}

/**
 * The clear changes in the findings, for the first screen: "Sinds de nulmeting: 1 breuklijn
 * duidelijk kleiner, 1 punt van bereidheid duidelijk sterker en 1 gat gevuld." A finding that
 * appeared or went without a clear change between the partners is not counted: that can be chance.
 */
export function changeSummarySentence(view: ReportView, change: ChangeReport, earlier: string): string {
  const count = (n: number, noun: Plural) => view.count(n, noun);
  const closerLines = change.faultLines.filter((f) => f.verdict === 'closer' && f.before === 'fault_line').length;
  const widerLines = change.faultLines.filter((f) => f.verdict === 'further_apart' && f.after === 'fault_line').length;
  const stronger = change.readiness.filter((f) => f.verdict === 'higher').length;
  const weaker = change.readiness.filter((f) => f.verdict === 'lower').length;
  const filled = change.valueCase.filter((r) => r.gap?.before && !r.gap.after && r.verdict === 'closer').length;
  const opened = change.valueCase.filter((r) => r.gap?.after && !r.gap.before && r.verdict === 'further_apart').length;
  const lineNoun: Plural = { nl: { one: 'breuklijn', other: 'breuklijnen' }, en: { one: 'fault line', other: 'fault lines' } };
  const factorNoun: Plural = {
    nl: { one: 'punt van bereidheid', other: 'punten van bereidheid' },
    en: { one: 'readiness factor', other: 'readiness factors' },
  };
  const gapNoun: Plural = { nl: { one: 'gat', other: 'gaten' }, en: { one: 'gap', other: 'gaps' } };
  const clear: readonly [number, Localized, Plural][] = [
    [closerLines, { nl: '{n} duidelijk kleiner', en: '{n} clearly narrower' }, lineNoun],
    [widerLines, { nl: '{n} duidelijk groter', en: '{n} clearly wider' }, lineNoun],
    [stronger, { nl: '{n} duidelijk sterker', en: '{n} clearly stronger' }, factorNoun],
    [weaker, { nl: '{n} duidelijk zwakker', en: '{n} clearly weaker' }, factorNoun],
    [filled, { nl: '{n} in halen en brengen gevuld', en: '{n} in get and bring filled' }, gapNoun],
    [opened, { nl: '{n} in halen en brengen ontstaan', en: '{n} in get and bring opened' }, gapNoun],
  ];
  const parts = clear.filter(([n]) => n > 0).map(([n, words, noun]) => view.fill(view.t(words), { n: count(n, noun) }));
  const since = view.fill(view.t({ nl: 'Sinds {earlier}', en: 'Since {earlier}' }), { earlier });
  if (parts.length === 0) {
    return view.fill(
      view.t({ nl: '{since}: geen duidelijke verandering in de bevindingen.', en: '{since}: no clear change in the findings.' }),
      { since },
    );
  }
  return `${since}: ${view.list(parts)}.`;
}

/** "Elke partner maakt twee uur per week vrij. Wie: Stuurgroep. Klaar op 31 december 2026." */
export function agreementSentence(view: ReportView, agreement: Agreement): string {
  return view.fill(view.t({ nl: '{action}. Wie: {owner}. Klaar op {due}.', en: '{action}. Who: {owner}. Done by {due}.' }), {
    action: agreement.action,
    owner: agreement.owner,
    due: view.date(agreement.dueOn),
  });
}

/** What a finding is about, in a few words: the question's label, the resource or the readiness factor. */
export function findingTopic(view: ReportView, finding: Agreement['finding']): string {
  switch (finding.kind) {
    case 'fault_line':
    case 'shared_ground':
      return view.itemLabel(finding.key);
    case 'gap':
    case 'match':
      return view.resourceLabel(finding.key);
    case 'readiness':
      return capitalised(view.t(factorText[finding.key as FactorChange['factor']]));
  }
}

/** The change's entry for the finding an agreement is about, with its kind; null when it was not compared. */
function findingEntry(change: ChangeReport, finding: Agreement['finding']) {
  switch (finding.kind) {
    case 'fault_line':
    case 'shared_ground': {
      const entry = [...change.faultLines, ...change.sharedGround].find((e) => e.itemId === finding.key);
      return entry ? ({ kind: 'item', entry } as const) : null;
    }
    case 'gap':
    case 'match': {
      const entry = change.valueCase.find((r) => r.optionId === finding.key);
      return entry ? ({ kind: 'resource', entry } as const) : null;
    }
    case 'readiness': {
      const entry = change.readiness.find((f) => f.factor === finding.key);
      return entry ? ({ kind: 'factor', entry } as const) : null;
    }
  }
}

/**
 * What changed on the finding an agreement is about: the sentence of its fault line or shared
 * ground, readiness factor or resource; null when the change has no entry for it (not compared).
 */
export function findingChangeSentence(view: ReportView, change: ChangeReport, finding: Agreement['finding']): string | null {
  const found = findingEntry(change, finding);
  if (!found) return null;
  if (found.kind === 'item') return itemChangeSentence(view, found.entry);
  return found.kind === 'resource' ? resourceChangeSentence(view, found.entry) : factorChangeSentence(view, found.entry);
}

/**
 * An agreement made after the earlier wave, for the agenda's look back in one line: "Middelen
 * inzetten: Elke partner maakt twee uur per week vrij (Stuurgroep, 31 december 2026). Nu: duidelijk
 * hoger."
 */
export function reviewSentence(view: ReportView, change: ChangeReport | null, agreement: Agreement): string {
  const found = change ? findingEntry(change, agreement.finding) : null;
  // A resource's verdict says whether more partners bring it; the others, which way the figure went.
  const words = !found ? null : found.kind === 'resource' ? broughtText[found.entry.verdict] : verdictText[found.entry.verdict];
  const now = words ? view.fill(view.t({ nl: 'Nu: {verdict}.', en: 'Now: {verdict}.' }), { verdict: view.t(words) }) : '';
  const agreed = view.fill(view.t({ nl: '{topic}: {action} ({owner}, {due}).', en: '{topic}: {action} ({owner}, {due}).' }), {
    topic: findingTopic(view, agreement.finding),
    action: agreement.action.replace(/[.!?]+$/, ''),
    owner: agreement.owner,
    due: view.date(agreement.dueOn),
  });
  return now ? `${agreed} ${now}` : agreed;
}
