/** Who answered: every partner with its number of respondents, or "not enough responses" for a partner under k; the chart legend. */
import { PartnerLegend } from '../charts';
import { text } from '../text';
import type { SectionProps } from './parts';

export function Responses({ view }: SectionProps) {
  const { report, t, fill } = view;
  return (
    <>
      <table class="responses">
        <caption class="visually-hidden">{t(text.responses)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(text.partner)}</th>
            <th scope="col" class="number">
              {t(text.respondents)}
            </th>
            <th scope="col">{t(text.status)}</th>
          </tr>
        </thead>
        <tbody>
          {report.partners.map((p) =>
            p.status === 'shown' ? (
              <tr key={p.id}>
                <th scope="row">{view.partnerName(p.id)}</th>
                <td class="number">{p.respondents}</td>
                <td>
                  {t(p.basis === 'anonymous_group' ? text.shownAnonymous : text.shownPosition)}
                  {p.indicative ? (
                    <span class="tag">{fill(t(text.indicativeNote), { min: report.thresholds.INDICATIVE_BELOW })}</span>
                  ) : null}
                </td>
              </tr>
            ) : (
              <tr key={p.id} class="withheld">
                <th scope="row">{p.name}</th>
                <td class="number">{t(text.notEnoughCount)}</td>
                <td>{fill(t(text.notEnough), { k: report.minGroupSize })}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {view.partners.length > 0 ? (
        <>
          <h3>{t(text.legend)}</h3>
          <PartnerLegend view={view} />
        </>
      ) : null}
    </>
  );
}
