/**
 * Per pair and section (the pair scores that moved clearly, and how many were compared) and per
 * partner and section (how many of its means rose or fell clearly), each partner's every figure on
 * demand (GET /api/report/change/partner).
 */
import { useState } from 'preact/hooks';
import { ContentTable, Note } from '../sections/parts';
import { intervalWords, reasonText, verdictText } from '../sentences/change';
import type { ChangeReport, PartnerChangeDetail } from '../types';
import type { ReportView } from '../view';
import { changeText } from './text';
import type { WavesState } from './useWaves';

export function PairChanges({ view, change }: { view: ReportView; change: ChangeReport }) {
  const { t } = view;
  return (
    <>
      <p>{t(changeText.pairsLead)}</p>
      <ContentTable caption={t(changeText.pairs)}>
        <thead>
          <tr>
            <th scope="col">{t(changeText.section)}</th>
            <th scope="col" class="number">
              {t(changeText.pairsCompared)}
            </th>
            <th scope="col" class="number">
              {t(changeText.closer)}
            </th>
            <th scope="col" class="number">
              {t(changeText.further)}
            </th>
          </tr>
        </thead>
        <tbody>
          {change.sectionPairs.map((s) => (
            <tr key={s.sectionId}>
              <th scope="row">{view.sectionTitle(s.sectionId)}</th>
              <td class="number">{s.compared}</td>
              <td class="number">{s.closer}</td>
              <td class="number">{s.furtherApart}</td>
            </tr>
          ))}
        </tbody>
      </ContentTable>
      {change.pairs.length > 0 ? (
        <ul class="figures">
          {change.pairs.map((p) => (
            <li key={`${p.a}-${p.b}-${p.sectionId}`}>
              {view.fill(t(changeText.pairScore), {
                pair: view.names([p.a, p.b]),
                section: view.sectionTitle(p.sectionId),
                before: view.number(p.before),
                after: view.number(p.after),
                verdict: `(${t(verdictText[p.verdict])}; ${view.signed(p.change)}, ${intervalWords(view, p)})`,
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** One partner's every item change, loaded on demand. */
function PartnerDetail({ view, waves, partnerId }: { view: ReportView; waves: WavesState; partnerId: string }) {
  const { t } = view;
  const [detail, setDetail] = useState<PartnerChangeDetail | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const name = view.partner(partnerId).name;
  return (
    <details
      // Loaded when opened: a printout made before the reader opened it leaves it out rather than print "loading".
      class={detail ? undefined : 'no-print'}
      onToggle={(event) => {
        if (!(event.currentTarget as HTMLDetailsElement).open || detail) return;
        waves.loadPartnerChange(partnerId).then(setDetail, (error: unknown) => {
          console.error('loading a partner’s change failed', error);
          setFailed(error instanceof Error ? error.message : String(error));
        });
      }}
    >
      <summary>{view.fill(t(changeText.details), { name })}</summary>
      {failed ? <p class="error-text">{failed}</p> : null}
      {detail ? (
        <ContentTable caption={view.fill(t(changeText.details), { name })}>
          <thead>
            <tr>
              <th scope="col">{t(changeText.question)}</th>
              <th scope="col" class="number">
                {t(changeText.before)}
              </th>
              <th scope="col" class="number">
                {t(changeText.after)}
              </th>
              <th scope="col">{t(changeText.change)}</th>
              <th scope="col">{t(changeText.verdict)}</th>
            </tr>
          </thead>
          <tbody>
            {detail.items.map((item) => (
              <tr key={item.itemId}>
                <th scope="row">{view.itemLabel(item.itemId)}</th>
                <td class="number">{view.number(item.before)}</td>
                <td class="number">{view.number(item.after)}</td>
                <td>
                  {view.signed(item.change)} {item.ci95 ? `(${intervalWords(view, item)})` : ''}
                </td>
                <td>
                  {t(verdictText[item.verdict])}
                  {item.reason ? <span class="muted"> · {reasonText(view, item.reason, view.scale(item.itemId).points - 1)}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </ContentTable>
      ) : failed ? null : (
        <p aria-busy="true">{t(changeText.loading)}</p>
      )}
    </details>
  );
}

export function PartnerChanges({ view, waves, change }: { view: ReportView; waves: WavesState; change: ChangeReport }) {
  const { t } = view;
  const compared = change.partners.filter((p) => p.compared).map((p) => p.id);
  const sectionIds = [...new Set(change.partnerSections.map((s) => s.sectionId))];
  if (compared.length === 0) return <Note>{t(changeText.noneCompared)}</Note>;
  return (
    <>
      <p>{t(changeText.partnersLead)}</p>
      <ContentTable caption={t(changeText.partners)} class="sticky-first">
        <thead>
          <tr>
            <th scope="col">{t({ nl: 'Partner', en: 'Partner' })}</th>
            {sectionIds.map((id) => (
              <th key={id} scope="col">
                {view.sectionTitle(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {compared.map((partnerId) => (
            <tr key={partnerId}>
              <th scope="row">{view.partnerName(partnerId)}</th>
              {sectionIds.map((id) => {
                const cell = change.partnerSections.find((s) => s.partnerId === partnerId && s.sectionId === id);
                return (
                  <td key={id}>
                    {cell ? view.fill(t(changeText.cell), { up: cell.higher.length, down: cell.lower.length, count: cell.compared }) : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </ContentTable>
      {compared.map((partnerId) => (
        <PartnerDetail key={partnerId} view={view} waves={waves} partnerId={partnerId} />
      ))}
    </>
  );
}
