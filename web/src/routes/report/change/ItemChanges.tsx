/**
 * The fault lines and shared ground of either wave: those with a clear change first and open, each
 * with every compared partner's position then and now (two small dot plots on one axis), the pairs
 * the reports named and every pair that moved clearly, and the agreements made on it; the rest
 * collapsed.
 */
import { Strip } from '../charts/DotPlot';
import { targetId } from '../sentences/agenda';
import { itemChangeSentence, pairGapSentence } from '../sentences/change';
import type { ItemChange } from '../types';
import type { ReportView } from '../view';
import { FindingAgreements } from './Agreements';
import { Split } from './Split';
import { changeText } from './text';
import type { WavesState } from './useWaves';

/** Every compared partner's position in one wave, as a strip draws it. */
const rowsOf = (entry: ItemChange, side: 'before' | 'after') =>
  entry.positions.flatMap((p) => (p[side] === null ? [] : [{ partnerId: p.partnerId, value: p[side]!, ci95: null, divided: false }]));

function ItemChangeRow({ view, waves, entry, open }: { view: ReportView; waves: WavesState; entry: ItemChange; open: boolean }) {
  const { t } = view;
  // An agreement names the finding as the earlier wave had it (shared ground, doubt and concern alike are shared).
  const shared = (status: ItemChange['before']) => status.startsWith('shared_');
  const kind = shared(entry.before) || (entry.before === 'neither' && shared(entry.after)) ? 'shared_ground' : 'fault_line';
  return (
    <li id={`change-${targetId('faultLine', entry.itemId)}`}>
      <details open={open}>
        <summary>{itemChangeSentence(view, entry)}</summary>
        <div class="change-strips">
          <p class="change-strip-label">{t(changeText.before)}</p>
          <Strip view={view} itemId={entry.itemId} rows={rowsOf(entry, 'before')} />
          <p class="change-strip-label">{t(changeText.after)}</p>
          <Strip view={view} itemId={entry.itemId} rows={rowsOf(entry, 'after')} />
        </div>
        <ul class="figures">
          {entry.pairs.map((pair) => (
            <li key={`${pair.a}-${pair.b}`}>{pairGapSentence(view, entry.itemId, pair)}</li>
          ))}
        </ul>
        <FindingAgreements view={view} waves={waves} finding={{ kind, key: entry.itemId }} previous />
      </details>
    </li>
  );
}

/** The item changes: those that moved clearly or were agreed on, open and first; the rest collapsed. */
export function ItemChanges({ view, waves, entries }: { view: ReportView; waves: WavesState; entries: readonly ItemChange[] }) {
  const agreed = (entry: ItemChange) =>
    (waves.agreements?.previous?.agreements ?? []).some(
      (a) => a.finding.key === entry.itemId && (a.finding.kind === 'fault_line' || a.finding.kind === 'shared_ground'),
    );
  return (
    <Split
      view={view}
      entries={entries}
      list="ol"
      class="finding-rows"
      shown={(e) => e.verdict !== 'no_clear_change' || agreed(e)}
      render={(entry, shown) => (
        <ItemChangeRow
          key={entry.itemId}
          view={view}
          waves={waves}
          entry={entry}
          open={shown && (entry.verdict !== 'no_clear_change' || agreed(entry))}
        />
      )}
    />
  );
}
