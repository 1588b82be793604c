/**
 * Values: in version 2 the three most important of thirteen (each partner's top values with the
 * share of its staff who chose them, the values every partner shares, every share on demand); in
 * version 1 the importance of each value on a five-point scale. Both versions: every partner's values
 * through the lenses of public value (individual or collective, material or immaterial) and of people,
 * planet and profit.
 */
import type { Localized } from '../../../lib/i18n';
import { sharedValuesSentence, topValuesSentence } from '../sentences/values';
import { text } from '../text';
import type { Report } from '../types';
import type { ReportView } from '../view';
import { scaleItemsOf } from './figures';
import { ContentTable, Empty, Explain, More, Note, type SectionProps } from './parts';
import { ScaleItems } from './ScaleItems';

type Lenses = NonNullable<NonNullable<Report['values']>['lenses']>;
type LensTag = keyof Lenses['byPartner'][number]['values'];

const lensWords: Readonly<Record<LensTag, Localized>> = {
  individual: { nl: 'individueel', en: 'individual' },
  collective: { nl: 'collectief', en: 'collective' },
  material: { nl: 'materieel', en: 'material' },
  immaterial: { nl: 'immaterieel', en: 'immaterial' },
  people: { nl: 'mensen', en: 'people' },
  planet: { nl: 'planeet', en: 'planet' },
  profit: { nl: 'welvaart', en: 'profit' },
};

/** Every partner's values by lens: shares of its choices (version 2) or mean importance (version 1). */
function LensTable({ view, lenses }: { view: ReportView; lenses: Lenses }) {
  const { t } = view;
  const tags = Object.keys(lensWords) as LensTag[];
  const shares = lenses.measure === 'share_of_choices';
  return (
    <>
      <h3>{t({ nl: 'Door de lenzen van publieke en gedeelde waarde', en: 'Through the lenses of public and shared value' })}</h3>
      <p>
        {t(
          shares
            ? {
                nl: 'Welk deel van alle gekozen waarden van een partner individueel of collectief is, materieel of immaterieel, en over mensen, planeet of welvaart gaat.',
                en: 'Which share of all values a partner chose is individual or collective, material or immaterial, and about people, planet or profit.',
              }
            : {
                nl: 'Het gemiddelde belang (1–5) van de waarden die individueel of collectief zijn, materieel of immaterieel, en over mensen, planeet of welvaart gaan.',
                en: 'The mean importance (1–5) of the values that are individual or collective, material or immaterial, and about people, planet or profit.',
              },
        )}
      </p>
      <ContentTable caption={t({ nl: 'Waarden per lens', en: 'Values by lens' })} class="sticky-first">
        <thead>
          <tr>
            <th scope="col">{t(text.partner)}</th>
            {tags.map((tag) => (
              <th key={tag} scope="col" class="number">
                {t(lensWords[tag])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lenses.byPartner.map((p) => (
            <tr key={p.partnerId}>
              <th scope="row">{view.partnerName(p.partnerId)}</th>
              {tags.map((tag) => {
                const value = p.values[tag];
                return (
                  <td key={tag} class="number">
                    {value === null ? '–' : shares ? view.percent(value) : view.number(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </ContentTable>
    </>
  );
}

function ChosenValues({ view, chosen }: { view: ReportView; chosen: NonNullable<NonNullable<Report['values']>['chosen']> }) {
  const { t } = view;
  const shared = sharedValuesSentence(view, chosen);
  return (
    <>
      <p>
        {view.fill(
          t({
            nl: 'Elke medewerker koos de drie waarden die voor de eigen organisatie het zwaarst wegen. Per partner de waarden die minstens {share} koos:',
            en: 'Each staff member chose the three values that weigh most for their organisation. Per partner the values at least {share} chose:',
          }),
          { share: view.percent(view.report.thresholds.VALUE_TOP_MIN_SHARE) },
        )}
      </p>
      <ul>
        {chosen.byPartner.map((p) => (
          <li key={p.partnerId}>{topValuesSentence(view, chosen, p)}</li>
        ))}
      </ul>
      {shared ? <p>{shared}</p> : null}
      <More label={t({ nl: 'Alle waarden per partner', en: 'Every value per partner' })}>
        <ContentTable caption={t(text.values)} class="sticky-first">
          <thead>
            <tr>
              <th scope="col">{t({ nl: 'Waarde', en: 'Value' })}</th>
              {chosen.byPartner.map((p) => (
                <th key={p.partnerId} scope="col" class="number">
                  {view.partnerName(p.partnerId)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chosen.optionIds.map((optionId, i) => (
              <tr key={optionId}>
                <th scope="row">{view.optionName(chosen.itemId, optionId)}</th>
                {chosen.byPartner.map((p) => (
                  <td key={p.partnerId} class="number">
                    {view.percent(p.shares[i]!)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </ContentTable>
      </More>
    </>
  );
}

export function Values({ view, detail }: SectionProps) {
  const values = view.report.values;
  if (!values || view.partners.length === 0) return <Empty view={view} asked={values !== null} />;
  return (
    <>
      <Explain view={view}>
        <p>
          {view.t({
            nl: 'Alle waarden zijn goed; het gaat om wat voorgaat. Een waarde is individueel als ze vooral één persoon dient (goede dienstverlening), collectief als ze de samenleving dient (gelijke toegang); materieel als ze over geld, middelen of resultaat gaat, immaterieel als ze over behandeling en zorgvuldigheid gaat.',
            en: 'All values are good; the question is what comes first. A value is individual when it mainly serves one person (good service), collective when it serves society (equal access); material when it concerns money, means or results, immaterial when it concerns treatment and care.',
          })}
        </p>
      </Explain>
      {values.chosen ? <ChosenValues view={view} chosen={values.chosen} /> : null}
      {values.lenses ? <LensTable view={view} lenses={values.lenses} /> : <Note>{view.t(text.nothingShown)}</Note>}
      {values.lenses?.measure === 'mean_importance' ? (
        // Values rated one by one (version 1): every partner's position on each, on demand.
        <More label={view.t(text.showFigures)} needs={{ detail, parts: ['figures'] }}>
          {() => detail.figures && <ScaleItems view={view} items={scaleItemsOf(detail.figures, 'values')} caption={view.t(text.values)} />}
        </More>
      ) : null}
    </>
  );
}
