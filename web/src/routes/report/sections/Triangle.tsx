/**
 * Moore's triangle (value, capacity, support): every partner's outline over one another on the same
 * axes, then the same scores per side on one shared 1–5 axis, so differences between partners show.
 */
import { idFor } from '../charts/chart';
import { DotPlot, scaleTicks } from '../charts/DotPlot';
import { TriangleChart } from '../charts/TriangleChart';
import { bandText, sideText, text } from '../text';
import { DataTable, Empty, Explain, type SectionProps } from './parts';

export function Triangle({ view }: SectionProps) {
  const { t, fill } = view;
  const triangle = view.report.triangle;
  if (!triangle || triangle.byPartner.length === 0) {
    return <Empty view={view} asked={triangle !== null} />;
  }
  const sides = triangle.byPartner[0]!.sides.map((s) => s.side);
  const scoreWords = (s: (typeof triangle.byPartner)[number]['sides'][number]) =>
    s.score === null ? t(text.noFigure) : `${view.number(s.score)} (${t(bandText[s.band!])}${s.divided ? `, ${t(text.divided)}` : ''})`;
  const desc = triangle.byPartner
    .map(
      (entry) => `${view.partner(entry.partnerId).name}: ${entry.sides.map((s) => `${t(sideText[s.side])} ${scoreWords(s)}`).join(', ')}`,
    )
    .join('. ');
  return (
    <>
      <Explain view={view}>
        <p>{t(text.explainTriangle)}</p>
      </Explain>
      <div class="triangle-view">
        <TriangleChart
          id={idFor('triangle', 'all')}
          view={view}
          title={t(text.triangle)}
          desc={desc}
          sides={sides.map((side) => t(sideText[side]))}
          outlines={triangle.byPartner.map((entry) => ({
            partnerId: entry.partnerId,
            scores: entry.sides.map((s) => s.score),
            divided: entry.sides.map((s) => s.divided),
          }))}
        />
        <div class="triangle-sides">
          {sides.map((side, i) => (
            <DotPlot
              key={side}
              view={view}
              caption={fill(t({ nl: 'Kant: {side}', en: 'Side: {side}' }), { side: t(sideText[side]) })}
              min={1}
              max={5}
              ticks={scaleTicks(5)}
              decimals={2}
              rows={triangle.byPartner.flatMap((entry) => {
                const s = entry.sides[i]!;
                return s.score === null ? [] : [{ partnerId: entry.partnerId, value: s.score, ci95: null, divided: s.divided }];
              })}
            />
          ))}
        </div>
      </div>
      <p class="muted">
        {t({
          nl: 'Betrouwbaarheid per kant (hoe goed de stellingen samen die kant meten): ',
          en: 'Reliability per side (how well the statements measure that side together): ',
        })}
        {view.list(
          triangle.reliability.map(({ side, reliability }) =>
            reliability === null
              ? `${t(sideText[side])}: ${t({ nl: 'te weinig antwoorden', en: 'too few answers' })}`
              : `${t(sideText[side])}: ${view.number(reliability.value)}${reliability.tooLow ? ` (${t({ nl: 'te laag om te lezen', en: 'too low to read' })})` : ''}`,
          ),
        )}
        .
      </p>
      <DataTable view={view} caption={t(text.triangle)}>
        <thead>
          <tr>
            <th scope="col">{t(text.partner)}</th>
            {sides.map((side) => (
              <th key={side} scope="col">
                {t(sideText[side])}
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
                  {scoreWords(s)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}
