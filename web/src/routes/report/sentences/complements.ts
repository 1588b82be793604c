/**
 * Differences that complement each other, in words: partners moved by different drives (each can
 * reach its own goal in the partnership, and the goals can serve each other), who mainly invests and
 * who mainly receives, and whether the partnership serves each partner's own goals and the others'.
 * Every sentence says what the figures show and what it can mean, never that the fit is certain.
 */
import type { Plural } from '../../../lib/words';
import type { Findings, ValueCase } from '../types';
import type { ReportView } from '../view';

type Contrast = Findings['complements'][number];
type Drives = Contrast['aTop'];

const DRIVES_ITEM = 'drives.allocation';
const invests: Plural = {
  nl: {
    one: 'zegt vooral te investeren: meer in te brengen dan terug te krijgen',
    other: 'zeggen vooral te investeren: meer in te brengen dan terug te krijgen',
  },
  en: {
    one: 'says it mainly invests: it puts in more than it gets back',
    other: 'say they mainly invest: they put in more than they get back',
  },
};
const receives: Plural = {
  nl: {
    one: 'zegt vooral te ontvangen: meer terug te krijgen dan in te brengen',
    other: 'zeggen vooral te ontvangen: meer terug te krijgen dan in te brengen',
  },
  en: {
    one: 'says it mainly receives: it gets back more than it puts in',
    other: 'say they mainly receive: they get back more than they put in',
  },
};

/** "publieke doelen (60 punten) en legitimiteit (40)": a partner's top drives with their mean points. */
export function topDrivesWords(view: ReportView, drives: Drives): string {
  return view.list(
    drives.map((d, i) =>
      i === 0
        ? view.fill(view.t({ nl: '{drive} ({points} punten)', en: '{drive} ({points} points)' }), {
            drive: view.optionName(DRIVES_ITEM, d.optionId).toLowerCase(),
            points: view.number(d.points, 0),
          })
        : `${view.optionName(DRIVES_ITEM, d.optionId).toLowerCase()} (${view.number(d.points, 0)})`,
    ),
  );
}

/**
 * "Gemeente Rivierstad wordt vooral gedreven door publieke doelen (32 punten) en legitimiteit (24),
 * Installatiebedrijf Van Dam door continuïteit (27) en marktpositie (25). 41% van hun punten ligt
 * gelijk. Zulke verschillen kunnen elkaar aanvullen: …"
 */
export function driveContrastSentence(view: ReportView, contrast: Contrast): string {
  return view.fill(
    view.t({
      nl: '{a} wordt vooral gedreven door {aDrives}, {b} door {bDrives}. {overlap} van hun punten ligt gelijk. Zulke verschillen kunnen elkaar aanvullen: elk kan in de samenwerking een eigen doel halen.',
      en: '{a} is driven mainly by {aDrives}, {b} by {bDrives}. {overlap} of their points lie alike. Such differences can complement each other: each can reach a goal of its own in the partnership.',
    }),
    {
      a: view.partner(contrast.a).name,
      b: view.partner(contrast.b).name,
      aDrives: topDrivesWords(view, contrast.aTop),
      bDrives: topDrivesWords(view, contrast.bTop),
      overlap: view.percent(contrast.overlap),
    },
  );
}

/**
 * Who mainly invests and who mainly receives, by their own staff: "Gemeente Rivierstad zegt vooral te
 * investeren: meer in te brengen dan terug te krijgen. Zorggroep De Linde zegt vooral te ontvangen."
 * Only partners whose whole interval lies on one side are named; null when there is none.
 */
export function investmentSentence(view: ReportView, investment: NonNullable<ValueCase['investment']>): string | null {
  const of = (stance: 'invests' | 'receives') => investment.byPartner.filter((p) => p.stance === stance).map((p) => p.partnerId);
  const [investors, receivers] = [of('invests'), of('receives')];
  const parts: string[] = [];
  if (investors.length > 0) parts.push(`${view.names(investors)} ${view.plural(investors.length, invests)}.`);
  if (receivers.length > 0) parts.push(`${view.names(receivers)} ${view.plural(receivers.length, receives)}.`);
  if (investors.length > 0 && receivers.length > 0)
    parts.push(
      view.t({
        nl: 'Wat de een inzet, kan dus vooral bij de ander opbrengen: spreek af hoe dat eerlijk blijft.',
        en: 'So what one puts in may pay off mainly for another: agree how that stays fair.',
      }),
    );
  return parts.length === 0 ? null : parts.join(' ');
}

/**
 * Whether the partnership serves each partner's own goals and each serves the others', named only
 * where a partner's staff disagree on average (the concern band): "Volgens hun medewerkers helpt de
 * samenwerking de eigen doelen nog niet van: ROC Rivierland." Null when no partner is in that band.
 */
export function goalsConcernSentence(view: ReportView, goals: NonNullable<ValueCase['goals']>): string | null {
  const concerned = (side: 'ownGoals' | 'partnerGoals') => goals.filter((g) => g[side]?.band === 'concern').map((g) => g.partnerId);
  const [own, others] = [concerned('ownGoals'), concerned('partnerGoals')];
  const parts: string[] = [];
  if (own.length > 0)
    parts.push(
      view.fill(
        view.t({
          nl: 'Volgens hun medewerkers helpt de samenwerking de eigen doelen nog niet van: {names}.',
          en: 'According to their staff, the partnership does not yet serve the own goals of: {names}.',
        }),
        { names: view.names(own) },
      ),
    );
  if (others.length > 0)
    parts.push(
      view.fill(
        view.t({
          nl: 'Volgens hun medewerkers helpen deze partners de anderen nog niet aan hun doelen: {names}.',
          en: 'According to their staff, these partners do not yet help the others reach their goals: {names}.',
        }),
        { names: view.names(others) },
      ),
    );
  return parts.length === 0 ? null : parts.join(' ');
}
