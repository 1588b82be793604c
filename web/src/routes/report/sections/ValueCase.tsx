/**
 * The value case: what each partner brings and hopes to get (a matrix, the resource named in the
 * first column that stays in view on a phone), what fits, what is missing, what nobody else wants,
 * and the partners that come mainly to get or mainly to bring. Every sentence is sentences/value-case.ts.
 */
import { targetId } from '../sentences/agenda';
import { gapSentence, matchSentence, oneSidedSentence, unusedSentence } from '../sentences/value-case';
import { text } from '../text';
import { ContentTable, Empty, Explain, More, Note, type SectionProps } from './parts';

export function ValueCase({ view }: SectionProps) {
  const { t } = view;
  const valueCase = view.report.valueCase;
  const findings = view.report.findings.valueCase;
  if (!valueCase || !findings || valueCase.byPartner.length === 0) {
    return <Empty view={view} asked={valueCase !== null} />;
  }
  const gapFor = (optionId: string, partnerId: string) =>
    valueCase.gaps.some((g) => g.optionId === optionId && g.wantedBy.includes(partnerId));
  const matchFor = (optionId: string, partnerId: string) =>
    valueCase.matches.some((m) => m.optionId === optionId && m.wanterId === partnerId);
  const oneSided = valueCase.byPartner.flatMap((p) => {
    const sentence = oneSidedSentence(view, p);
    return sentence ? [{ partnerId: p.partnerId, sentence }] : [];
  });
  return (
    <>
      <Explain view={view}>
        <p>{view.fill(t(text.explainValueCase), { share: view.percent(view.report.thresholds.VALUE_CASE_MIN_SHARE) })}</p>
      </Explain>
      <div class="value-lists">
        <div>
          <h3>{t(text.matchesHeading)}</h3>
          {findings.matches.length === 0 ? <Note>{t(text.noMatches)}</Note> : null}
          <ul>
            {findings.matches.map((m) => (
              <li key={m.optionId}>{matchSentence(view, m)}</li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t(text.gapsHeading)}</h3>
          {findings.gaps.length === 0 ? <Note>{t(text.noGaps)}</Note> : null}
          <ul>
            {findings.gaps.map((g) => (
              <li key={g.optionId} id={targetId('gap', g.optionId)} tabIndex={-1}>
                {gapSentence(view, g)}
              </li>
            ))}
          </ul>
        </div>
        <div class="print-full">
          <h3>{t(text.unusedHeading)}</h3>
          {valueCase.unusedOffers.length === 0 ? <Note>{t(text.noUnused)}</Note> : null}
          <ul>
            {valueCase.unusedOffers.map((u) => (
              <li key={u.optionId}>{unusedSentence(view, u)}</li>
            ))}
            {oneSided.map((o) => (
              <li key={`one-${o.partnerId}`}>{o.sentence}</li>
            ))}
          </ul>
        </div>
      </div>
      <More label={t(text.valueCaseTable)}>
        <ContentTable caption={t(text.valueCase)} class="value-case sticky-first">
          <thead>
            <tr>
              <th scope="col">{t(text.resource)}</th>
              {valueCase.byPartner.map((p) => (
                <th key={p.partnerId} scope="col">
                  {view.partnerName(p.partnerId)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {valueCase.optionIds.map((optionId) => (
              <tr key={optionId}>
                <th scope="row">{view.resourceLabel(optionId)}</th>
                {valueCase.byPartner.map((p) => {
                  const share = p.shares.find((s) => s.optionId === optionId);
                  const brings = p.brings.includes(optionId);
                  const wants = p.wants.includes(optionId);
                  const gap = wants && gapFor(optionId, p.partnerId);
                  const match = wants && matchFor(optionId, p.partnerId);
                  return (
                    <td key={p.partnerId} class={`${brings ? 'vc-brings' : ''} ${gap ? 'vc-gap' : ''}`}>
                      {brings ? (
                        <span class="vc-mark">
                          ▲ {t(text.brings)} {view.percent(share?.bring ?? 0)}
                        </span>
                      ) : null}
                      {wants ? (
                        <span class="vc-mark">
                          ▼ {t(text.wants)} {view.percent(share?.get ?? 0)}
                          {match ? <strong> · {t(text.match)}</strong> : null}
                          {gap ? <strong> · {t(text.gap)}</strong> : null}
                        </span>
                      ) : null}
                      {!brings && !wants ? <span class="muted">–</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </ContentTable>
      </More>
    </>
  );
}
