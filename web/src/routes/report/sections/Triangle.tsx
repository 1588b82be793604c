/** The collaboration triangle (value, capacity, legitimacy): a triangle per partner, with its data. */
import { idFor, TriangleChart } from '../charts';
import { bandText, sideText, text } from '../text';
import { DataTable, Empty, type SectionProps } from './parts';

export function Triangle({ view }: SectionProps) {
  const { t, fill } = view;
  const triangle = view.report.triangle;
  if (!triangle || triangle.byPartner.length === 0) {
    return <Empty view={view} asked={triangle !== null} />;
  }
  return (
    <>
      <p>{t(text.triangleLead)}</p>
      <div class="chart-grid triangles">
        {triangle.byPartner.map((entry) => {
          const partner = view.partner(entry.partnerId);
          const sides = entry.sides.map((s) => ({ label: t(sideText[s.side]), score: s.score }));
          return (
            <figure key={partner.id} class="chart-block">
              <h3>{view.partnerName(partner.id)}</h3>
              <TriangleChart
                id={idFor('triangle', partner.id)}
                view={view}
                partner={partner}
                sides={sides}
                title={fill(t(text.triangleTitle), { partner: partner.name })}
                desc={fill(t(text.triangleDesc), {
                  sides: entry.sides
                    .map(
                      (s) =>
                        `${t(sideText[s.side])} ${s.score === null ? t(text.noFigure) : `${view.number(s.score)} (${t(bandText[s.band!])})`}`,
                    )
                    .join(', '),
                  weakest: view.list(entry.weakestSides.map((s) => t(sideText[s]))) || t(text.noFigure),
                })}
              />
            </figure>
          );
        })}
      </div>
      <DataTable view={view} caption={t(text.triangle)}>
        <thead>
          <tr>
            <th scope="col">{t(text.partner)}</th>
            {triangle.byPartner[0]!.sides.map((s) => (
              <th key={s.side} scope="col">
                {t(sideText[s.side])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {triangle.byPartner.map((entry) => (
            <tr key={entry.partnerId}>
              <th scope="row">{view.partnerName(entry.partnerId)}</th>
              {entry.sides.map((s) => (
                <td key={s.side} class="number">
                  {s.score === null
                    ? t(text.noFigure)
                    : `${view.number(s.score)} (${t(bandText[s.band!])}${s.divided ? `, ${t(text.divided)}` : ''})`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}
