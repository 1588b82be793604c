/**
 * Tensions: how strongly each is felt, ranked over all partners (a mean that uses a divided partner
 * is marked), then every partner's position per tension on its own scale.
 */
import { dotRows, ItemDotPlot } from '../charts/DotPlot';
import { text } from '../text';
import type { Figures, Report } from '../types';
import type { ReportView } from '../view';
import { scaleItemsOf } from './figures';
import { ContentTable, Empty, Explain, More, type SectionProps } from './parts';

export function Tensions({ view, detail }: SectionProps) {
  const { t } = view;
  const tensions = view.report.tensions;
  // Every shown partner has a figure (or "no figure") on every tension the survey asked.
  if (!tensions || view.partners.length === 0) {
    return <Empty view={view} asked={tensions !== null} />;
  }
  return (
    <>
      <p>
        {t({
          nl: 'Hoe sterk elke spanning gevoeld wordt, de sterkste eerst.',
          en: 'How strongly each tension is felt, strongest first.',
        })}
      </p>
      <Explain view={view}>
        <p>{t(text.explainTensions)}</p>
      </Explain>
      <ContentTable caption={t(text.tensions)} class="sticky-first">
        <thead>
          <tr>
            <th scope="col">{t(text.tension)}</th>
            <th scope="col" class="number">
              {t(text.allPartnersMean)}
            </th>
            {view.partners.map((p) => (
              <th key={p.id} scope="col" class="number">
                {view.partnerName(p.id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tensions.ranked.map((r) => (
            <tr key={r.itemId}>
              <th scope="row">{view.itemText(r.itemId)}</th>
              <td class="number">
                {view.number(r.mean)}
                {r.dividedPartnerIds.length > 0 ? (
                  <span class="divided-mark">
                    {' '}
                    ({view.fill(t({ nl: 'met {names} verdeeld', en: 'with {names} divided' }), { names: view.names(r.dividedPartnerIds) })})
                  </span>
                ) : null}
              </td>
              {view.partners.map((p) => {
                const own = tensions.byPartner.find((b) => b.partnerId === p.id)?.ranked.find((x) => x.itemId === r.itemId);
                const dontKnow = tensions.byPartner.find((b) => b.partnerId === p.id)?.dontKnow[r.itemId] ?? 0;
                return (
                  <td key={p.id} class="number">
                    {own ? `${view.number(own.mean)} (n = ${own.n})` : '–'}
                    {dontKnow > 0 ? (
                      <span class="band-word"> · {view.fill(t({ nl: '{n} weet het niet', en: '{n} don’t know' }), { n: dontKnow })}</span>
                    ) : null}
                    {own?.divided ? <span class="divided-mark"> {t(text.divided)}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </ContentTable>
      <More label={t(text.showFigures)} needs={{ detail, parts: ['figures'] }}>
        {() => detail.figures && <TensionPlots view={view} tensions={tensions} figures={detail.figures} />}
      </More>
    </>
  );
}

/** Every partner's position on each tension, strongest first (from the figures). */
function TensionPlots({ view, tensions, figures }: { view: ReportView; tensions: NonNullable<Report['tensions']>; figures: Figures }) {
  const items = scaleItemsOf(figures, 'tensions');
  const ranked = tensions.ranked.flatMap((r) => items.filter((i) => i.itemId === r.itemId));
  return (
    <div class="scale-list">
      {ranked.map((item) => (
        <ItemDotPlot
          key={item.itemId}
          view={view}
          itemId={item.itemId}
          rows={dotRows(item.byPartner)}
          caption={view.itemText(item.itemId)}
        />
      ))}
    </div>
  );
}
