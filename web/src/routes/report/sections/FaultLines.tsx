/**
 * Fault lines, ranked: one row per item with the sentence about its widest pair; open, a dot plot of
 * every shown partner's position and interval, the other widest pairs, every other pair that
 * differs, and who is divided. The sharpest FAULT_LINES_OPEN rows are open; the rest open on demand.
 */
import { dotRows, ItemDotPlot } from '../charts/DotPlot';
import { targetId } from '../sentences/agenda';
import { dividedNote } from '../sentences/figures';
import { comparisonsSentence, morePairsSentence, noneSentence, pairSentence, surenessSentence } from '../sentences/findings';
import { text } from '../text';
import { scaleItem } from './figures';
import { Explain, Note, type SectionProps } from './parts';

/** How many fault lines are open on screen… */
export const FAULT_LINES_OPEN = 5;
/** …and how many the executive printout shows (the rest are in the full printout). */
const FAULT_LINES_PRINTED = 3;

export function FaultLines({ view }: SectionProps) {
  const { t, report } = view;
  const comparisons = comparisonsSentence(view);
  return (
    <>
      <p>{view.fill(t(text.faultsLead), { open: FAULT_LINES_OPEN })}</p>
      {comparisons ? <p>{comparisons}</p> : null}
      <Explain view={view}>
        <p>{t(text.explainFaultLines)}</p>
        <p>{t(text.explainDotPlot)}</p>
      </Explain>
      {report.faultLines.length === 0 ? <Note>{noneSentence(view, 'faultLines')}</Note> : null}
      <ol class="finding-rows">
        {report.faultLines.map((line, index) => {
          const byPartner = scaleItem(view, line.itemId)?.byPartner ?? [];
          const positions = dotRows(byPartner);
          const [first, ...others] = line.widest;
          const named = new Set(line.widest.map((w) => `${w.a}|${w.b}`));
          const otherPairs = report.pairs.filter((p) => p.conflicts.includes(line.itemId) && !named.has(`${p.a}|${p.b}`));
          const divided = dividedNote(view, byPartner);
          const more = morePairsSentence(view, line, line.widest.length);
          return (
            <li key={line.itemId} id={targetId('faultLine', line.itemId)} class={index < FAULT_LINES_PRINTED ? 'row-print' : 'row-rest'}>
              <details open={index < FAULT_LINES_OPEN}>
                <summary>
                  <strong>{view.itemLabel(line.itemId)}</strong> <span class="muted">({view.sectionTitle(line.sectionId)})</span>
                  {first ? <span class="row-sentence">{pairSentence(view, line.itemId, first, byPartner)}</span> : null}
                </summary>
                <p class="muted">{surenessSentence(view, line)}</p>
                <ItemDotPlot
                  view={view}
                  itemId={line.itemId}
                  rows={positions}
                  caption={view.itemText(line.itemId)}
                  emphasis={first ? [first.a, first.b] : []}
                />
                {others.length > 0 ? (
                  <ul class="figures">
                    {others.map((pair) => (
                      <li key={`${pair.a}-${pair.b}`}>{pairSentence(view, line.itemId, pair, byPartner)}</li>
                    ))}
                  </ul>
                ) : null}
                {more ? (
                  <p>
                    {more}{' '}
                    {view.fill(t(text.otherPairs), {
                      pairs: view.list(otherPairs.map((p) => view.names([p.a, p.b]))),
                    })}
                  </p>
                ) : null}
                {divided ? <p class="muted">{divided}</p> : null}
              </details>
            </li>
          );
        })}
      </ol>
    </>
  );
}
