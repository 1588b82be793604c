/**
 * Breakdowns within a partner by role and by involvement: a table per dimension, or a notice that the
 * dimension is withheld because a group has fewer than k people.
 */

import { meanWithInterval } from '../sentences/figures';
import { text } from '../text';
import { DataTable, Empty, Note, type SectionProps } from './parts';

export function Breakdowns({ view, detail }: SectionProps) {
  const { t, fill } = view;
  const k = view.report.minGroupSize;
  const { breakdowns } = detail;
  // Read before this appendix is drawn (SECTIONS: needs), unless the survey asked nothing about the respondent.
  if (!breakdowns) return <Empty view={view} asked={false} />;
  return (
    <>
      <p>{fill(t(text.breakdownsLead), { k })}</p>
      {breakdowns.length === 0 ? <Empty view={view} /> : null}
      {breakdowns.map((b) => (
        <div key={b.partnerId}>
          <h3>{view.partnerName(b.partnerId)}</h3>
          {b.dimensions.map((d) => {
            const dimension = t(d.dimension === 'role' ? text.dimensionRole : text.dimensionInvolvement);
            if (d.status === 'withheld') return <Note key={d.dimension}>{fill(t(text.breakdownWithheld), { dimension, k })}</Note>;
            const groupName = (optionId: string | null) => (optionId === null ? t(text.notAnswered) : view.optionLabel(d.itemId, optionId));
            return (
              <DataTable key={d.dimension} view={view} caption={`${dimension}: ${view.partner(b.partnerId).name}`}>
                <thead>
                  <tr>
                    <th scope="col">{t(text.question)}</th>
                    {d.groups.map((g) => (
                      <th key={g.optionId ?? 'none'} scope="col" class="number">
                        {groupName(g.optionId)} ({g.respondents})
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {b.itemIds.map((itemId, i) => (
                    <tr key={itemId}>
                      <th scope="row">{view.itemLabel(itemId)}</th>
                      {d.groups.map((g) => (
                        <td key={g.optionId ?? 'none'} class="number">
                          {meanWithInterval(view, g.means[i] ?? null, g.ci95[i] ?? null, 1, view.scale(itemId).points)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            );
          })}
        </div>
      ))}
    </>
  );
}
