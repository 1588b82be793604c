/**
 * Readiness to collaborate: a score and a band per factor and partner (marked when the partner is
 * divided on one of the factor's statements), and the weakest partner per factor.
 */
import { targetId } from '../sentences/agenda';
import { capitalised } from '../sentences/readiness';
import { bandText, factorText, text } from '../text';
import { ContentTable, Empty, Explain, type SectionProps } from './parts';

const bandClass = (band: string | null) => (band ? `band band-${band}` : 'band');

export function Readiness({ view }: SectionProps) {
  const { t } = view;
  const readiness = view.report.readiness;
  if (!readiness || view.partners.length === 0) {
    return <Empty view={view} asked={readiness !== null} />;
  }
  const th = view.report.thresholds;
  return (
    <>
      <ul class="band-key">
        <li class="band band-strength">
          {t(bandText.strength)}: ≥ {view.number(th.BAND_STRENGTH_FROM, 1)}
        </li>
        <li class="band band-borderline">
          {t(bandText.borderline)}: {view.number(th.BAND_BORDERLINE_FROM, 1)}–{view.number(th.BAND_STRENGTH_FROM - 0.01)}
        </li>
        <li class="band band-concern">
          {t(bandText.concern)}: &lt; {view.number(th.BAND_BORDERLINE_FROM, 1)}
        </li>
      </ul>
      <Explain view={view}>
        <p>{t(text.explainReadiness)}</p>
      </Explain>
      <ContentTable caption={t(text.readiness)} class="scorecard sticky-first">
        <thead>
          <tr>
            <th scope="col">{t(text.factor)}</th>
            {view.partners.map((p) => (
              <th key={p.id} scope="col">
                {view.partnerName(p.id)}
              </th>
            ))}
            <th scope="col">{t(text.weakest)}</th>
          </tr>
        </thead>
        <tbody>
          {readiness.factors.map((f) => (
            <tr key={f.factor} id={targetId('readiness', f.factor)} tabIndex={-1}>
              <th scope="row">{capitalised(t(factorText[f.factor]))}</th>
              {view.partners.map((p) => {
                const score = f.byPartner.find((s) => s.partnerId === p.id);
                return (
                  <td key={p.id} class={bandClass(score?.band ?? null)}>
                    {score && score.score !== null ? (
                      <>
                        {view.number(score.score)} <span class="band-word">{t(bandText[score.band!])}</span>
                        {score.divided ? <span class="band-word divided-mark"> · {t(text.divided)}</span> : null}
                      </>
                    ) : (
                      t(text.noFigure)
                    )}
                  </td>
                );
              })}
              <td class={bandClass(f.weakest?.band ?? null)}>
                {f.weakest
                  ? `${view.names(f.weakest.partnerIds)}: ${view.number(f.weakest.score)} (${t(bandText[f.weakest.band])})`
                  : t(text.noFigure)}
              </td>
            </tr>
          ))}
        </tbody>
      </ContentTable>
    </>
  );
}
