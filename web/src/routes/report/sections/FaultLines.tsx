/** Fault lines: the items on which pairs of partners certainly differ, the widest pairs first, with their figures. */
import { text } from '../text';
import { figuresLine, scaleItem } from './figures';
import { Empty, Note, type SectionProps } from './parts';

export function FaultLines({ view }: SectionProps) {
  const { t, fill, report } = view;
  return (
    <>
      <p>{t(text.faultsLead)}</p>
      {report.faultLines.length > 0 ? null : view.partners.length < 2 ? <Empty view={view} /> : <Note>{t(text.faultsNone)}</Note>}
      <ol class="findings">
        {report.faultLines.map((line) => {
          const item = scaleItem(view, line.itemId);
          const involved = new Set(line.widest.flatMap((w) => [w.a, w.b]));
          return (
            <li key={line.itemId}>
              <strong>{view.itemLabel(line.itemId)}</strong> <span class="muted">({view.sectionTitle(line.sectionId)})</span>
              <p>{fill(t(text.faultSentence), { pairs: line.conflictingPairs, gap: Math.round(line.certainGap * 100) })}</p>
              <ul class="figures">
                {line.widest.map((w) => {
                  // Said as "the higher one scores more", so the sign of a − b never has to be read.
                  const aHigher = w.difference >= 0;
                  const [low, high] = aHigher ? w.ci95 : ([-w.ci95[1], -w.ci95[0]] as const);
                  return (
                    <li key={`${w.a}-${w.b}`}>
                      {fill(t(text.faultPair), {
                        higher: view.partnerName(aHigher ? w.a : w.b),
                        lower: view.partnerName(aHigher ? w.b : w.a),
                        difference: view.number(Math.abs(w.difference)),
                        low: view.number(low),
                        high: view.number(high),
                        opposite: w.oppositeSides ? t(text.oppositeSides) : '',
                      })}
                    </li>
                  );
                })}
                {(item?.byPartner ?? [])
                  .filter((s) => involved.has(s.partnerId))
                  .map((summary) => (
                    <li key={summary.partnerId}>{figuresLine(view, summary)}</li>
                  ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </>
  );
}
