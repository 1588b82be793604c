/**
 * Who answered, in words: how many partners the report shows, which are indicative, which are shown
 * as their organisation's position, and which have not enough responses (named, never counted).
 */
import type { Plural } from '../../../lib/words';
import type { ReportView } from '../view';

const isShown: Plural = { nl: { one: 'wordt', other: 'worden' }, en: { one: 'is', other: 'are' } };

/** The sentences of the "who answered" card, in order; every partner is in exactly one of them. */
export function responseSentences(view: ReportView): { key: string; sentence: string; withheld?: boolean }[] {
  const { report } = view;
  const total = report.partners.length;
  const shown = view.partners.length;
  const sentences: { key: string; sentence: string; withheld?: boolean }[] = [];
  if (shown === 0) {
    sentences.push({
      key: 'shown',
      sentence: view.t({
        nl: 'Nog geen enkele partner heeft genoeg reacties om getoond te worden.',
        en: 'No partner has enough responses to be shown yet.',
      }),
    });
  } else {
    const template =
      shown === total && total > 1
        ? { nl: 'Alle {total} partners {verb} getoond.', en: 'All {total} partners {verb} shown.' }
        : { nl: '{shown} van de {total} partners {verb} getoond.', en: '{shown} of the {total} partners {verb} shown.' };
    sentences.push({ key: 'shown', sentence: view.fill(view.t(template), { total, shown, verb: view.plural(shown, isShown) }) });
  }
  const indicative = view.partners.filter((p) => p.indicative).map((p) => p.id);
  if (indicative.length > 0) {
    sentences.push({
      key: 'indicative',
      sentence: view.fill(
        view.t({ nl: 'Indicatief, want minder dan {min} reacties: {names}.', en: 'Indicative, with fewer than {min} responses: {names}.' }),
        { min: report.thresholds.INDICATIVE_BELOW, names: view.names(indicative) },
      ),
    });
  }
  const position = report.partners.filter((p) => p.status === 'shown' && p.basis === 'organisation_position').map((p) => p.id);
  if (position.length > 0) {
    sentences.push({
      key: 'position',
      sentence: view.fill(
        view.t({
          nl: 'Getoond als standpunt van de organisatie, zoals afgesproken: {names}.',
          en: 'Shown as the organisation’s position, as agreed: {names}.',
        }),
        { names: view.names(position) },
      ),
    });
  }
  const withheld = report.partners.filter((p) => p.status === 'not_enough_responses').map((p) => p.name);
  if (withheld.length > 0) {
    sentences.push({
      key: 'withheld',
      withheld: true,
      sentence: view.fill(
        view.t({
          nl: 'Nog niet genoeg reacties (minder dan {k}), dus niet in de cijfers: {names}.',
          en: 'Not enough responses yet (fewer than {k}), so not in the figures: {names}.',
        }),
        { k: report.minGroupSize, names: view.list(withheld) },
      ),
    });
  }
  return sentences;
}
