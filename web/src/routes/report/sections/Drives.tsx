/**
 * Drives: per drive, every partner's mean points out of 100 on one shared axis (so partners'
 * differences show drive by drive), and one table with every figure.
 */
import { DotPlot } from '../charts/DotPlot';
import { meanWithInterval } from '../sentences/figures';
import { text } from '../text';
import { sectionOf } from './figures';
import { DataTable, Empty, Explain, type SectionProps } from './parts';

export function Drives({ view, detail }: SectionProps) {
  const { t } = view;
  // Read before this appendix is drawn (SECTIONS: needs).
  if (!detail.figures) return null;
  const section = sectionOf(detail.figures, 'drives');
  const item = section?.items.find((i) => i.kind === 'allocation');
  if (item?.kind !== 'allocation' || item.byPartner.length === 0) {
    return <Empty view={view} asked={section !== null} />;
  }
  const shortOption = (optionId: string) => view.optionLabel(item.itemId, optionId).split(':')[0]!;
  // One axis for every drive, from 0 to just past the highest interval: honest and shared.
  const highest = Math.max(...item.byPartner.flatMap((p) => p.options.map((o) => o.ci95?.[1] ?? o.mean ?? 0)));
  const max = Math.min(100, Math.max(20, Math.ceil(highest / 10) * 10));
  const ticks = Array.from({ length: max / 10 + 1 }, (_, i) => i * 10).filter((tick) => tick % (max > 50 ? 20 : 10) === 0);
  return (
    <>
      <Explain view={view}>
        <p>{t(text.explainDrives)}</p>
      </Explain>
      <div class="scale-list">
        {item.optionIds.map((optionId) => (
          <DotPlot
            key={optionId}
            view={view}
            caption={view.optionLabel(item.itemId, optionId)}
            min={0}
            max={max}
            ticks={ticks}
            decimals={0}
            rows={item.byPartner.flatMap((p) => {
              const o = p.options.find((x) => x.optionId === optionId);
              return o?.mean == null ? [] : [{ partnerId: p.partnerId, value: o.mean, ci95: o.ci95, divided: false }];
            })}
          />
        ))}
      </div>
      <DataTable view={view} caption={t(text.drives)}>
        <thead>
          <tr>
            <th scope="col">{t(text.drive)}</th>
            {item.byPartner.map((p) => (
              <th key={p.partnerId} scope="col">
                {view.partnerName(p.partnerId)} (n = {p.n})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {item.optionIds.map((optionId) => (
            <tr key={optionId}>
              <th scope="row">{shortOption(optionId)}</th>
              {item.byPartner.map((p) => {
                const o = p.options.find((x) => x.optionId === optionId);
                return (
                  <td key={p.partnerId} class="number">
                    {o ? meanWithInterval(view, o.mean, o.ci95, 0, 100, 0) : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}
