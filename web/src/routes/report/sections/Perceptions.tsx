/** Perceptions: how a partner sees itself next to how the others see it, per culture scale, and whether the gap is notable. */
import { text } from '../text';
import { meanWithInterval } from './figures';
import { ContentTable, Empty, type SectionProps } from './parts';

export function Perceptions({ view }: SectionProps) {
  const { t } = view;
  const perceptions = view.report.perceptions;
  const items = (perceptions?.items ?? []).filter((i) => i.targets.length > 0);
  return (
    <>
      {!perceptions ? <Empty view={view} asked={false} /> : <p>{t(text.perceptionsLead)}</p>}
      {perceptions && items.length === 0 ? <Empty view={view} /> : null}
      {items.map((item) => (
        <div key={item.itemId} class="keep-together">
          <h3>{view.itemLabel(item.mirrors)}</h3>
          <ContentTable caption={view.itemLabel(item.mirrors)}>
            <thead>
              <tr>
                <th scope="col">{t(text.partner)}</th>
                <th scope="col" class="number">
                  {t(text.selfView)}
                </th>
                <th scope="col" class="number">
                  {t(text.othersView)}
                </th>
                <th scope="col" class="number">
                  {t(text.perceptionGap)}
                </th>
                <th scope="col">{t(text.notable)}</th>
              </tr>
            </thead>
            <tbody>
              {item.targets.map((target) => (
                <tr key={target.partnerId}>
                  <th scope="row">{view.partnerName(target.partnerId)}</th>
                  <td class="number">{target.self ? `${view.number(target.self.mean)} (n = ${target.self.n})` : '–'}</td>
                  <td class="number">
                    {target.others
                      ? `${meanWithInterval(view, target.others.mean, target.others.ci95)}, n = ${target.others.n}, ${target.raters} ${t(text.raters)}${target.others.divided ? `, ${t(text.divided)}` : ''}`
                      : '–'}
                  </td>
                  <td class="number">{target.gap === null ? '–' : meanWithInterval(view, target.gap, target.ci95)}</td>
                  <td>{t(target.notable ? text.yes : text.no)}</td>
                </tr>
              ))}
            </tbody>
          </ContentTable>
        </div>
      ))}
    </>
  );
}
