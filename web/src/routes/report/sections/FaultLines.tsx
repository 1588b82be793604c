/**
 * Fault lines, ranked and grouped by what they are: first the differences to discuss (ways of
 * working, values, tensions: they cause friction), then uneven readiness and differences in the
 * value case. One row per item with the sentence about its widest pair; open, a dot plot of every
 * shown partner's position and interval, the other widest pairs, every other pair that differs, and
 * who is divided. The sharpest FAULT_LINES_OPEN rows are open; the rest open on demand.
 */
import type { Localized } from '../../../lib/i18n';
import { dotRows, ItemDotPlot } from '../charts/DotPlot';
import { targetId } from '../sentences/agenda';
import { discussed, dividedNote } from '../sentences/figures';
import { comparisonsSentence, morePairsSentence, noneSentence, pairSentence, surenessSentence } from '../sentences/findings';
import { text } from '../text';
import type { FaultLine } from '../types';
import type { ReportView } from '../view';
import { scaleItem } from './figures';
import { Explain, Note, type SectionProps } from './parts';

/** How many fault lines are open on screen… */
export const FAULT_LINES_OPEN = 5;
/** …and how many the executive printout shows (the rest are in the full printout). */
const FAULT_LINES_PRINTED = 3;

/** The groups of fault lines, in page order: each kind under its own heading. */
const GROUPS: readonly { kinds: readonly FaultLine['kind'][]; heading: Localized }[] = [
  { kinds: ['ways_of_working'], heading: { nl: 'Werkwijze', en: 'Ways of working' } },
  { kinds: ['values'], heading: { nl: 'Waarden', en: 'Values' } },
  { kinds: ['tension'], heading: { nl: 'Spanningen die niet iedereen even sterk voelt', en: 'Tensions not everyone feels as strongly' } },
  { kinds: ['readiness'], heading: { nl: 'Ongelijke bereidheid', en: 'Uneven readiness' } },
  { kinds: ['value_case'], heading: { nl: 'Halen en brengen', en: 'Get and bring' } },
];

export function FaultLines({ view }: SectionProps) {
  const { t, report } = view;
  const comparisons = comparisonsSentence(view);
  // The sharpest of all are open and printed, in the order of the whole ranking.
  const rank = new Map(report.faultLines.map((line, index) => [line.itemId, index]));
  return (
    <>
      <p>{view.fill(t(text.faultsLead), { open: FAULT_LINES_OPEN })}</p>
      {comparisons ? <p>{comparisons}</p> : null}
      <Explain view={view}>
        <p>{t(text.explainFaultLines)}</p>
        <p>{t(text.explainDotPlot)}</p>
      </Explain>
      {discussed(report).length === 0 ? <Note>{noneSentence(view, 'faultLines')}</Note> : null}
      {GROUPS.map(({ kinds, heading }) => {
        const lines = report.faultLines.filter((line) => kinds.includes(line.kind));
        // A group without a row in the executive printout leaves its heading out of it too.
        const printed = lines.some((line) => rank.get(line.itemId)! < FAULT_LINES_PRINTED);
        return lines.length === 0 ? null : (
          <section key={kinds.join()} aria-label={t(heading)} class={printed ? undefined : 'print-full'}>
            <h3>{t(heading)}</h3>
            <FaultLineRows view={view} lines={lines} rank={rank} />
          </section>
        );
      })}
    </>
  );
}

function FaultLineRows({ view, lines, rank }: { view: ReportView; lines: readonly FaultLine[]; rank: ReadonlyMap<string, number> }) {
  const { t, report } = view;
  return (
    <ol class="finding-rows">
      {lines.map((line) => {
        const index = rank.get(line.itemId)!;
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
  );
}
