/** Shared ground: the items on which every pair of partners is surely close, each with every partner's position. */
import { dotRows, ItemDotPlot } from '../charts/DotPlot';
import { targetId } from '../sentences/agenda';
import { noneSentence, sharedGroundSentence } from '../sentences/findings';
import { text } from '../text';
import { scaleItem } from './figures';
import { Explain, Note, type SectionProps } from './parts';

export function SharedGround({ view }: SectionProps) {
  const { t, report } = view;
  return (
    <>
      <p>{t(text.sharedLead)}</p>
      <Explain view={view}>
        <p>{t(text.explainShared)}</p>
        <p>{t(text.explainDotPlot)}</p>
      </Explain>
      {report.sharedGround.length === 0 ? <Note>{noneSentence(view, 'sharedGround')}</Note> : null}
      <ol class="finding-rows">
        {report.sharedGround.map((entry, index) => {
          const positions = dotRows(scaleItem(view, entry.itemId)?.byPartner ?? []);
          return (
            <li
              key={entry.itemId}
              id={targetId('shared', entry.itemId)}
              class={index < view.report.thresholds.FINDINGS_LISTED ? 'row-print' : 'row-rest'}
            >
              <h3>
                {view.itemLabel(entry.itemId)} <span class="muted">({view.sectionTitle(entry.sectionId)})</span>
              </h3>
              <p>{sharedGroundSentence(view, entry, positions.length)}</p>
              <ItemDotPlot view={view} itemId={entry.itemId} rows={positions} caption={view.itemText(entry.itemId)} />
            </li>
          );
        })}
      </ol>
    </>
  );
}
