/**
 * Fault lines, ranked and grouped by what they are: first the differences to discuss (ways of
 * working, values, tensions: they cause friction), then uneven readiness and differences in the
 * value case. One row per item with the sentence about its widest pair; open, a dot plot of every
 * shown partner's position and interval, the other widest pairs, every other pair that differs (on
 * demand), and who is divided. The sharpest rows are open (the overview holds their figures:
 * worker/analysis/overview.ts); the rest open on demand, their figures read then.
 */
import type { Localized } from '../../../lib/i18n';
import { dotRows, ItemDotPlot } from '../charts/DotPlot';
import { loadOnOpen, Needs, type ReportDetail } from '../detail';
import { targetId } from '../sentences/agenda';
import { discussed, dividedNote } from '../sentences/figures';
import { comparisonsSentence, morePairsSentence, noneSentence, pairSentence, surenessSentence } from '../sentences/findings';
import { text } from '../text';
import type { FaultLine, Interval } from '../types';
import type { ReportView } from '../view';
import { scaleItem } from './figures';
import { Explain, More, Note, type SectionProps } from './parts';

/** How many fault lines the executive printout shows (the rest are in the full printout). */
const FAULT_LINES_PRINTED = 3;

/** The groups of fault lines, in page order: each kind under its own heading. */
const GROUPS: readonly { kinds: readonly FaultLine['kind'][]; heading: Localized }[] = [
  { kinds: ['ways_of_working'], heading: { nl: 'Werkwijze', en: 'Ways of working' } },
  { kinds: ['values'], heading: { nl: 'Waarden', en: 'Values' } },
  { kinds: ['tension'], heading: { nl: 'Spanningen die niet iedereen even sterk voelt', en: 'Tensions not everyone feels as strongly' } },
  { kinds: ['readiness'], heading: { nl: 'Ongelijke bereidheid', en: 'Uneven readiness' } },
  { kinds: ['value_case'], heading: { nl: 'Halen en brengen', en: 'Get and bring' } },
];

export function FaultLines({ view, detail }: SectionProps) {
  const { t, report } = view;
  const comparisons = comparisonsSentence(view);
  // The sharpest of all are open and printed, in the order of the whole ranking.
  const rank = new Map(report.faultLines.map((line, index) => [line.itemId, index]));
  return (
    <>
      <p>{view.fill(t(text.faultsLead), { open: report.faultLines.filter((line) => line.positions !== null).length })}</p>
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
            <FaultLineRows view={view} detail={detail} lines={lines} rank={rank} />
          </section>
        );
      })}
    </>
  );
}

function FaultLineRows({
  view,
  detail,
  lines,
  rank,
}: {
  view: ReportView;
  detail: ReportDetail;
  lines: readonly FaultLine[];
  rank: ReadonlyMap<string, number>;
}) {
  return (
    <ol class="finding-rows">
      {lines.map((line) => {
        const index = rank.get(line.itemId)!;
        const [first] = line.widest;
        // The overview holds the sharpest rows' figures (open); a closed row's come with the figures when it opens.
        const open = line.positions !== null;
        return (
          <li key={line.itemId} id={targetId('faultLine', line.itemId)} class={index < FAULT_LINES_PRINTED ? 'row-print' : 'row-rest'}>
            <details open={open} onToggle={open ? undefined : loadOnOpen(detail, 'figures')}>
              <summary>
                <strong>{view.itemLabel(line.itemId)}</strong> <span class="muted">({view.sectionTitle(line.sectionId)})</span>
                {first ? (
                  <span class="row-sentence">
                    {pairSentence(view, line.itemId, first, [
                      { partnerId: first.a, mean: first.aMean },
                      { partnerId: first.b, mean: first.bMean },
                    ])}
                  </span>
                ) : null}
              </summary>
              {line.positions ? (
                <FaultLineDetail view={view} detail={detail} line={line} widest={line.widest} positions={line.positions} />
              ) : (
                <Needs detail={detail} parts={['figures']}>
                  {() => {
                    const figures = detail.figures!;
                    const widest = figures.faultLines.find((full) => full.itemId === line.itemId)?.widest ?? line.widest;
                    const positions = scaleItem(figures, line.itemId)?.byPartner ?? [];
                    return <FaultLineDetail view={view} detail={detail} line={line} widest={widest} positions={positions} />;
                  }}
                </Needs>
              )}
            </details>
          </li>
        );
      })}
    </ol>
  );
}

/**
 * An open row: how sure the fault line is, every shown partner's position and interval, the widest
 * pairs after the first, how many more pairs differ (which ones on demand), and who is divided.
 */
function FaultLineDetail({
  view,
  detail,
  line,
  widest,
  positions,
}: {
  view: ReportView;
  detail: ReportDetail;
  line: FaultLine;
  widest: readonly Omit<FaultLine['widest'][number], 'aMean' | 'bMean'>[];
  positions: readonly { partnerId: string; mean: number | null; ci95: Interval | null; divided: boolean }[];
}) {
  const { t } = view;
  const [first, ...others] = widest;
  const named = new Set(widest.map((w) => `${w.a}|${w.b}`));
  const more = morePairsSentence(view, line, widest.length);
  const divided = dividedNote(view, positions);
  return (
    <>
      <p class="muted">{surenessSentence(view, line)}</p>
      <ItemDotPlot
        view={view}
        itemId={line.itemId}
        rows={dotRows(positions)}
        caption={view.itemText(line.itemId)}
        emphasis={first ? [first.a, first.b] : []}
      />
      {others.length > 0 ? (
        <ul class="figures">
          {others.map((pair) => (
            <li key={`${pair.a}-${pair.b}`}>{pairSentence(view, line.itemId, pair, positions)}</li>
          ))}
        </ul>
      ) : null}
      {more ? <p>{more}</p> : null}
      {more ? (
        <More label={t(text.whichPairs)} needs={{ detail, parts: ['figures'] }}>
          {() => (
            <p>
              {view.fill(t(text.otherPairs), {
                pairs: view.list(
                  (detail.figures?.pairs ?? [])
                    .filter((p) => p.conflicts.includes(line.itemId) && !named.has(`${p.a}|${p.b}`))
                    .map((p) => view.names([p.a, p.b])),
                ),
              })}
            </p>
          )}
        </More>
      ) : null}
      {divided ? <p class="muted">{divided}</p> : null}
    </>
  );
}
