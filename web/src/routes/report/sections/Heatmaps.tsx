/** How close each pair of partners is, per part of the survey: a matrix per section, with its data. */
import { HeatMap } from '../charts';
import { text } from '../text';
import { DataTable, Empty, type SectionProps } from './parts';

export function Heatmaps({ view }: SectionProps) {
  const { t, fill } = view;
  const sections = view.report.sections.filter((s) => s.pairScores.partnerIds.length >= 2);
  return (
    <>
      <p>{t(text.heatmapsLead)}</p>
      {sections.length === 0 ? <Empty view={view} /> : null}
      <div class="chart-grid">
        {sections.map((section) => {
          const ids = section.pairScores.partnerIds;
          const pairs = ids
            .flatMap((a, i) => ids.slice(i + 1).map((b, j) => ({ a, b, score: section.pairScores.scores[i]![i + 1 + j] ?? null })))
            .filter((p) => p.score !== null);
          const sorted = [...pairs].sort((x, y) => y.score! - x.score!);
          const best = sorted[0];
          const worst = sorted.at(-1);
          const pairName = (p: { a: string; b: string }) => `${view.partner(p.a).name} – ${view.partner(p.b).name}`;
          const title = fill(t(text.heatTitle), { section: view.sectionTitle(section.sectionId) });
          const desc =
            best && worst
              ? fill(t(text.heatDesc), {
                  count: ids.length,
                  best: view.number(best.score!),
                  pairBest: pairName(best),
                  worst: view.number(worst.score!),
                  pairWorst: pairName(worst),
                })
              : t(text.nothingShown);
          return (
            <figure key={section.sectionId} class="chart-block">
              <h3>{view.sectionTitle(section.sectionId)}</h3>
              <HeatMap view={view} section={section} title={title} desc={desc} />
              <DataTable view={view} caption={title}>
                <thead>
                  <tr>
                    <td />
                    {ids.map((id) => (
                      <th key={id} scope="col">
                        {view.partner(id).letter}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {ids.map((id, i) => (
                    <tr key={id}>
                      <th scope="row">{view.partnerName(id)}</th>
                      {section.pairScores.scores[i]!.map((score, j) => (
                        <td key={j} class="number">
                          {i === j || score === null ? '–' : view.number(score)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </figure>
          );
        })}
      </div>
    </>
  );
}
