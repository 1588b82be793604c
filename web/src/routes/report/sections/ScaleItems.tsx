/** Scale items as the culture and values sections show them: a dot plot per item with every partner, then one table for all. */
import { dotRows, ItemDotPlot } from '../charts/DotPlot';
import { meanWithInterval } from '../sentences/figures';
import { text } from '../text';
import type { ScaleItemReport } from '../types';
import type { ReportView } from '../view';
import { DataTable, Explain } from './parts';

export function ScaleItems({ view, items, caption }: { view: ReportView; items: readonly ScaleItemReport[]; caption: string }) {
  const { t } = view;
  return (
    <>
      <Explain view={view}>
        <p>{t(text.explainDotPlot)}</p>
      </Explain>
      <div class="scale-list">
        {items.map((item) => (
          <ItemDotPlot
            key={item.itemId}
            view={view}
            itemId={item.itemId}
            rows={dotRows(item.byPartner)}
            caption={item.format === 'bipolar' ? view.itemText(item.itemId) : view.itemLabel(item.itemId)}
          />
        ))}
      </div>
      <DataTable view={view} caption={caption}>
        <thead>
          <tr>
            <th scope="col">{t(text.scale)}</th>
            <th scope="col">{t(text.partner)}</th>
            <th scope="col" class="number">
              {t(text.n)}
            </th>
            <th scope="col" class="number">
              {t(text.mean)} ({t(text.interval)})
            </th>
            <th scope="col" class="number">
              {t(text.agreement)}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.flatMap((item) =>
            item.byPartner.map((s, i) => (
              <tr key={`${item.itemId}-${s.partnerId}`}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={item.byPartner.length}>
                    {view.itemLabel(item.itemId)}
                  </th>
                ) : null}
                <td>{view.partnerName(s.partnerId)}</td>
                <td class="number">{s.n}</td>
                <td class="number">{meanWithInterval(view, s.mean, s.ci95, 1, item.points)}</td>
                <td class="number">
                  {s.rwg === null ? '–' : view.number(s.rwg)}
                  {s.divided ? ` (${t(text.divided)})` : ''}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </DataTable>
    </>
  );
}
