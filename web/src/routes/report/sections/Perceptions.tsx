/**
 * Perceptions: the notable gaps between how a partner sees itself and how the others see it, in
 * words; on demand, per culture scale, every partner's self-view, others' view and gap.
 */
import { meanWithInterval } from '../sentences/figures';
import { notablePerceptions } from '../sentences/perceptions';
import { text } from '../text';
import type { Figures } from '../types';
import type { ReportView } from '../view';
import { ContentTable, Empty, Explain, More, Note, type SectionProps } from './parts';

function NotableGaps({ view }: { view: SectionProps['view'] }) {
  const notable = notablePerceptions(view);
  if (notable.length === 0) {
    return (
      <Note>
        {view.t({
          nl: 'Bij geen enkele partner wijkt het beeld van de anderen opvallend af van het eigen beeld.',
          en: 'For no partner does the others’ view differ notably from its self-view.',
        })}
      </Note>
    );
  }
  return (
    <ul>
      {notable.map((n) => (
        <li key={n.key}>{n.sentence}</li>
      ))}
    </ul>
  );
}

export function Perceptions({ view, detail }: SectionProps) {
  const { t } = view;
  const perceptions = view.report.perceptions;
  // Every shown partner is a target of every perceived scale (the overview lists only the notable ones).
  const anyShown = perceptions !== null && perceptions.items.length > 0 && view.partners.length > 0;
  return (
    <>
      {!perceptions ? (
        <Empty view={view} asked={false} />
      ) : (
        <Explain view={view}>
          <p>{t(text.explainPerceptions)}</p>
        </Explain>
      )}
      {perceptions && !anyShown ? <Empty view={view} /> : null}
      {anyShown ? <NotableGaps view={view} /> : null}
      {anyShown ? (
        <More label={t(text.showFigures)} needs={{ detail, parts: ['figures'] }}>
          {() => detail.figures?.perceptions && <PerceptionTables view={view} perceptions={detail.figures.perceptions} />}
        </More>
      ) : null}
    </>
  );
}

/** Per perceived scale, every shown partner's self-view, the others' view and the gap (from the figures). */
function PerceptionTables({ view, perceptions }: { view: ReportView; perceptions: NonNullable<Figures['perceptions']> }) {
  const { t } = view;
  return (
    <>
      {perceptions.items.map((item) => (
        <div key={item.itemId} class="keep-together">
          <h3>{view.itemLabel(item.mirrors)}</h3>
          <ContentTable caption={view.itemLabel(item.mirrors)}>
            <thead>
              <tr>
                <th scope="col">{t(text.partner)}</th>
                <th scope="col" class="number">
                  {t(text.selfView)}
                </th>
                <th scope="col" class="number">
                  {t(text.othersView)}
                </th>
                <th scope="col" class="number">
                  {t(text.perceptionGap)}
                </th>
                <th scope="col">{t(text.notable)}</th>
              </tr>
            </thead>
            <tbody>
              {item.targets.map((target) => (
                <tr key={target.partnerId}>
                  <th scope="row">{view.partnerName(target.partnerId)}</th>
                  <td class="number">{target.self ? `${view.number(target.self.mean)} (n = ${target.self.n})` : '–'}</td>
                  <td class="number">
                    {target.others
                      ? `${meanWithInterval(view, target.others.mean, target.others.ci95, 1, view.scale(item.mirrors).points)}, n = ${target.others.n}, ${target.raters} ${t(text.raters)}${target.others.divided ? `, ${t(text.divided)}` : ''}`
                      : '–'}
                  </td>
                  <td class="number">
                    {target.gap === null
                      ? '–'
                      : meanWithInterval(
                          view,
                          target.gap,
                          target.ci95,
                          1 - view.scale(item.mirrors).points,
                          view.scale(item.mirrors).points - 1,
                        )}
                  </td>
                  <td>{t(target.notable ? text.yes : text.no)}</td>
                </tr>
              ))}
            </tbody>
          </ContentTable>
        </div>
      ))}
    </>
  );
}
