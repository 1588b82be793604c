/**
 * What the partners share: the items on which every pair of partners is surely close, each with
 * every partner's position, grouped by what the closeness is: shared ground (a shared position, a
 * shared value, a shared strength), shared doubt, and shared concerns (close together in the concern
 * band: a weak point they share, never ground to build on).
 */
import { dotRows, ItemDotPlot } from '../charts/DotPlot';
import { targetId } from '../sentences/agenda';
import { noneSentence, sharedGroundSentence } from '../sentences/findings';
import { text } from '../text';
import type { SharedGround as Shared } from '../types';
import type { ReportView } from '../view';
import { Explain, Note, type SectionProps } from './parts';

/** The rows of one kind of closeness; the executive printout takes the first `printed` of them (the surest). */
function SharedRows({ view, entries, printed }: { view: ReportView; entries: readonly Shared[]; printed: number }) {
  return (
    <ol class="finding-rows">
      {entries.map((entry, index) => {
        const positions = dotRows(entry.positions);
        return (
          <li key={entry.itemId} id={targetId('shared', entry.itemId)} class={index < printed ? 'row-print' : 'row-rest'}>
            <h4>
              {view.itemLabel(entry.itemId)} <span class="muted">({view.sectionTitle(entry.sectionId)})</span>
            </h4>
            <p>{sharedGroundSentence(view, entry, positions.length)}</p>
            <ItemDotPlot view={view} itemId={entry.itemId} rows={positions} caption={view.itemText(entry.itemId)} />
          </li>
        );
      })}
    </ol>
  );
}

export function SharedGround({ view }: SectionProps) {
  const { t, report } = view;
  const of = (...kinds: Shared['kind'][]) => report.sharedGround.filter((s) => kinds.includes(s.kind));
  const [ground, doubts, concerns] = [of('position', 'shared_value', 'strength'), of('doubt'), of('concern')];
  return (
    <>
      <p>{t(text.sharedLead)}</p>
      <Explain view={view}>
        <p>{t(text.explainShared)}</p>
        <p>{t(text.explainDotPlot)}</p>
      </Explain>
      <h3>{t({ nl: 'Gedeelde basis', en: 'Shared ground' })}</h3>
      {ground.length === 0 ? <Note>{noneSentence(view, 'sharedGround')}</Note> : <SharedRows view={view} entries={ground} printed={1} />}
      <h3>{t({ nl: 'Gedeelde zorgen', en: 'Shared concerns' })}</h3>
      {concerns.length === 0 ? (
        <Note>{noneSentence(view, 'sharedConcerns')}</Note>
      ) : (
        <SharedRows view={view} entries={concerns} printed={1} />
      )}
      {doubts.length > 0 ? (
        <div class="print-full">
          <h3>{t({ nl: 'Gedeelde twijfel', en: 'Shared doubt' })}</h3>
          <SharedRows view={view} entries={doubts} printed={0} />
        </div>
      ) : null}
    </>
  );
}
