/**
 * Who answered: every partner with its number of respondents, or "not enough responses" for a
 * partner under k (named, never counted), the same facts in sentences, and the key to the charts.
 */
import { PartnerKey } from '../charts/chart';
import { responseSentences } from '../sentences/responses';
import { text } from '../text';
import { ContentTable, type SectionProps } from './parts';

export function Responses({ view }: SectionProps) {
  const { report, t, fill } = view;
  return (
    <>
      <ul class="plain">
        {responseSentences(view).map((s) => (
          <li key={s.key} class={s.withheld ? 'withheld-notice' : undefined}>
            {s.sentence}
          </li>
        ))}
      </ul>
      <ContentTable caption={t(text.responses)} class="responses">
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
      </ContentTable>
      {view.partners.length > 0 ? (
        <>
          <h3>{t(text.legend)}</h3>
          <PartnerKey view={view} label={t(text.legend)} />
        </>
      ) : null}
    </>
  );
}
