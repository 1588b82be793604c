/** Scale items as the culture, values and tensions sections show them: a figure per item with every partner on one line, then one table for all. */
import { idFor, PositionChart } from '../charts';
import { text } from '../text';
import type { ScaleItemReport } from '../types';
import type { ReportView } from '../view';
import { meanWithInterval, positionsInWords } from './figures';
import { DataTable } from './parts';

export function ScaleItems({
  view,
  items,
  points,
  lowLabel,
  highLabel,
  caption,
}: {
  view: ReportView;
  items: readonly ScaleItemReport[];
  points: number;
  lowLabel?: string;
  highLabel?: string;
  caption: string;
}) {
  const { t, fill } = view;
  return (
    <>
      <div class="scale-list">
        {items.map((item) => {
          const poles = view.poles(item.itemId);
          const left = poles && item.format === 'bipolar' ? poles.left : (lowLabel ?? '1');
          const right = poles && item.format === 'bipolar' ? poles.right : (highLabel ?? String(points));
          const label = item.format === 'bipolar' ? view.itemText(item.itemId) : view.itemLabel(item.itemId);
          return (
            <figure key={item.itemId} class="chart-block scale-figure">
              <figcaption>
                <strong>{label}</strong>
              </figcaption>
              <div class="poles" aria-hidden="true">
                <span>1 = {left}</span>
                <span>
                  {points} = {right}
                </span>
              </div>
              <PositionChart
                id={idFor('pos', item.itemId)}
                view={view}
                points={points}
                byPartner={item.byPartner}
                title={label}
                desc={fill(t(text.positionDesc), {
                  left: `1 (${left})`,
                  right: `${points} (${right})`,
                  positions: positionsInWords(view, item.byPartner),
                })}
              />
            </figure>
          );
        })}
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
                <td class="number">{meanWithInterval(view, s.mean, s.ci95)}</td>
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
