/** Drives: how each partner spreads its 100 points, a bar chart per partner and one table for all. */
import { BarChart, idFor } from '../charts';
import { text } from '../text';
import { meanWithInterval, sectionOf } from './figures';
import { DataTable, Empty, type SectionProps } from './parts';

export function Drives({ view }: SectionProps) {
  const { t, fill } = view;
  const section = sectionOf(view, 'drives');
  const item = section?.items.find((i) => i.kind === 'allocation');
  if (item?.kind !== 'allocation' || item.byPartner.length === 0) {
    return <Empty view={view} asked={section !== null} />;
  }
  const shortOption = (optionId: string) => view.optionLabel(item.itemId, optionId).split(':')[0]!;
  const highest = Math.max(...item.byPartner.flatMap((p) => p.options.map((o) => o.ci95?.[1] ?? o.mean ?? 0)));
  const max = Math.max(20, Math.ceil(highest / 10) * 10);
  return (
    <>
      <p>{t(text.drivesLead)}</p>
      <div class="chart-grid">
        {item.byPartner.map((profile) => {
          const partner = view.partner(profile.partnerId);
          const top = [...profile.options].filter((o) => o.mean !== null).sort((a, b) => b.mean! - a.mean!)[0];
          return (
            <figure key={partner.id} class="chart-block">
              <h3>{view.partnerName(partner.id)}</h3>
              <BarChart
                id={idFor('drives', partner.id)}
                view={view}
                partner={partner}
                max={max}
                title={fill(t(text.driveTitle), { partner: partner.name })}
                desc={fill(t(text.driveDesc), {
                  n: profile.n,
                  top: top ? `${shortOption(top.optionId)} (${view.number(top.mean!, 0)})` : t(text.noFigure),
                })}
                rows={profile.options.map((o) => ({ key: o.optionId, label: shortOption(o.optionId), value: o.mean, ci95: o.ci95 }))}
              />
            </figure>
          );
        })}
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
                    {o ? meanWithInterval(view, o.mean, o.ci95) : '–'}
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
