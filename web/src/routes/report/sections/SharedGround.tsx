/** Shared ground: the items on which the partners' positions are certainly close, with each partner's figures. */
import { text } from '../text';
import { figuresLine, scaleItem } from './figures';
import { Empty, Note, type SectionProps } from './parts';

export function SharedGround({ view }: SectionProps) {
  const { t, fill, report } = view;
  return (
    <>
      <p>{t(text.sharedLead)}</p>
      {report.sharedGround.length > 0 ? null : view.partners.length < 2 ? <Empty view={view} /> : <Note>{t(text.sharedNone)}</Note>}
      <ol class="findings">
        {report.sharedGround.map((s) => (
          <li key={s.itemId}>
            <strong>{view.itemLabel(s.itemId)}</strong> <span class="muted">({view.sectionTitle(s.sectionId)})</span>
            <p>{fill(t(text.sharedSentence), { mean: view.number(s.mean), largest: Math.round(s.largestPlausibleDifference * 100) })}</p>
            <ul class="figures">
              {(scaleItem(view, s.itemId)?.byPartner ?? []).map((summary) => (
                <li key={summary.partnerId}>{figuresLine(view, summary)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
