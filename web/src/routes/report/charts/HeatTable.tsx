/**
 * A partner × partner matrix of one section's 0–1 pair scores as a shaded table: each row names its
 * partner in full (the key sits beside the cells, on a phone too), each column its letter, and each
 * cell its score. A score that uses a divided partner's mean is marked with an asterisk and a dashed
 * border. Shades stay light enough for dark text to keep its contrast.
 */
import { ScrollRegion } from '../sections/parts';
import type { SectionReport } from '../types';
import type { ReportView } from '../view';
import { MarkerIcon } from './chart';

/** Lighter to darker blue for scores from 0.4 (and below) to 1; dark text passes 4.5:1 on every shade. */
export function heatShade(score: number): string {
  const share = Math.min(1, Math.max(0, (score - 0.4) / 0.6));
  const from = [0xf4, 0xf8, 0xfc];
  const to = [0x4f, 0x9b, 0xd0];
  const channel = (i: number) => Math.round(from[i]! + (to[i]! - from[i]!) * share);
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
}

export function HeatTable({ view, section, caption }: { view: ReportView; section: SectionReport; caption: string }) {
  const { partnerIds, scores, divided } = section.pairScores;
  const dividedWords = view.t({ nl: 'gebruikt het gemiddelde van een verdeelde partner', en: 'uses a divided partner’s mean' });
  return (
    <ScrollRegion label={caption}>
      <table class="heat">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {partnerIds.map((id) => (
              <th key={id} scope="col" class="heat-col">
                <span aria-hidden="true">{view.partner(id).letter}</span>
                <span class="visually-hidden">{view.partner(id).name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {partnerIds.map((id, i) => (
            <tr key={id}>
              <th scope="row" class="heat-row">
                <MarkerIcon partner={view.partner(id)} /> <strong>{view.partner(id).letter}</strong> {view.partner(id).name}
              </th>
              {scores[i]!.map((score, j) => {
                if (i === j || score === null) {
                  return (
                    <td key={partnerIds[j]} class="heat-cell heat-none">
                      –
                    </td>
                  );
                }
                const usesDivided = (divided[i]?.[j] ?? 0) > 0;
                return (
                  <td
                    key={partnerIds[j]}
                    class={`heat-cell${usesDivided ? ' heat-divided' : ''}`}
                    style={{ background: heatShade(score), printColorAdjust: 'exact' }}
                  >
                    {view.number(score)}
                    {usesDivided ? (
                      <>
                        <span aria-hidden="true">*</span>
                        <span class="visually-hidden"> ({dividedWords})</span>
                      </>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
