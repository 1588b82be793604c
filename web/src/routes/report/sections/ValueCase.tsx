/**
 * The value case: what each partner brings and hopes to get (a matrix, the resource named in the
 * first column that stays in view on a phone), what fits, what is missing, what nobody else wants,
 * and the partners that come mainly to get or mainly to bring. Every sentence is sentences/value-case.ts.
 */
import { targetId } from '../sentences/agenda';
import { meanWithInterval } from '../sentences/figures';
import { gapSentence, matchSentence, oneSidedSentence, unusedSentence } from '../sentences/value-case';
import { bandText, text } from '../text';
import type { Figures } from '../types';
import type { ReportView } from '../view';
import { ContentTable, Empty, Explain, More, Note, type SectionProps } from './parts';

/** The executive printout names the matches that serve the most partners; the full one all. */
const MATCHES_PRINTED = 5;

export function ValueCase({ view, detail }: SectionProps) {
  const { t } = view;
  const valueCase = view.report.valueCase;
  const findings = view.report.findings.valueCase;
  if (!valueCase || !findings || valueCase.byPartner.length === 0) {
    return <Empty view={view} asked={valueCase !== null} />;
  }
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
            {findings.matches.map((m, index) => (
              <li key={m.optionId} class={index < MATCHES_PRINTED ? undefined : 'row-rest'}>
                {matchSentence(view, m)}
              </li>
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
      <More label={t(text.valueCaseTable)} needs={{ detail, parts: ['figures'] }}>
        {() => detail.figures?.valueCase && <ValueCaseTable view={view} valueCase={detail.figures.valueCase} />}
      </More>
      <GoalsAndInvestment view={view} />
    </>
  );
}

/** Every resource with every partner's shares: who brings it, who wants it, what fits and what is missing (from the figures). */
function ValueCaseTable({ view, valueCase }: { view: ReportView; valueCase: NonNullable<Figures['valueCase']> }) {
  const { t } = view;
  const gapFor = (optionId: string, partnerId: string) =>
    valueCase.gaps.some((g) => g.optionId === optionId && g.wantedBy.includes(partnerId));
  const matchFor = (optionId: string, partnerId: string) =>
    valueCase.matches.some((m) => m.optionId === optionId && m.wanterId === partnerId);
  return (
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
              const interval = (ci95: readonly (readonly [number, number])[], list: readonly string[]) => {
                const found = ci95[list.indexOf(optionId)];
                return found ? ` (${view.percent(found[0])}–${view.percent(found[1])})` : '';
              };
              return (
                <td key={p.partnerId} class={`${brings ? 'vc-brings' : ''} ${gap ? 'vc-gap' : ''}`}>
                  {brings ? (
                    <span class="vc-mark">
                      ▲ {t(text.brings)} {view.percent(share?.bring ?? 0)}
                      {interval(p.bringsCi95, p.brings)}
                    </span>
                  ) : null}
                  {wants ? (
                    <span class="vc-mark">
                      ▼ {t(text.wants)} {view.percent(share?.get ?? 0)}
                      {interval(p.wantsCi95, p.wants)}
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
  );
}

/** Version 2: whether the partnership serves each partner's own goals and the others', and where each stands between investing and receiving. */
function GoalsAndInvestment({ view }: { view: ReportView }) {
  const { t } = view;
  const { goals, investment } = view.report.valueCase ?? {};
  if (!goals && !investment) return null;
  const score = (g: { mean: number; band: 'strength' | 'borderline' | 'concern'; divided: boolean } | null | undefined) =>
    g ? `${view.number(g.mean)} (${t(bandText[g.band])}${g.divided ? `, ${t(text.divided)}` : ''})` : t(text.noFigure);
  const stanceWords = {
    invests: { nl: 'vooral investeren', en: 'mainly investing' },
    receives: { nl: 'vooral ontvangen', en: 'mainly receiving' },
  } as const;
  return (
    <div class="print-full">
      <h3>{t({ nl: 'Elkaars doelen, investeren en ontvangen', en: 'Each other’s goals, investing and receiving' })}</h3>
      <ContentTable caption={t({ nl: 'Doelen en investeren per partner', en: 'Goals and investing per partner' })} class="sticky-first">
        <thead>
          <tr>
            <th scope="col">{t(text.partner)}</th>
            <th scope="col">{t({ nl: 'Helpt de eigen doelen (1–5)', en: 'Serves its own goals (1–5)' })}</th>
            <th scope="col">{t({ nl: 'Helpt de anderen (1–5)', en: 'Serves the others (1–5)' })}</th>
            <th scope="col">{t({ nl: 'Investeren (1) of ontvangen (7)', en: 'Investing (1) or receiving (7)' })}</th>
          </tr>
        </thead>
        <tbody>
          {view.partners.map((p) => {
            const g = goals?.find((x) => x.partnerId === p.id);
            const i = investment?.byPartner.find((x) => x.partnerId === p.id);
            return (
              <tr key={p.id}>
                <th scope="row">{view.partnerName(p.id)}</th>
                <td>{score(g?.ownGoals)}</td>
                <td>{score(g?.partnerGoals)}</td>
                <td>
                  {i ? meanWithInterval(view, i.mean, i.ci95, 1, 7) : t(text.noFigure)}
                  {i?.stance ? ` · ${t(stanceWords[i.stance])}` : ''}
                  {i && i.dontKnow > 0 ? ` · ${view.fill(t({ nl: '{n} weet het niet', en: '{n} don’t know' }), { n: i.dontKnow })}` : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </ContentTable>
    </div>
  );
}
