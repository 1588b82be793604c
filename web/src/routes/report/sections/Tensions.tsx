/** Tensions: how strongly each tension is felt, ranked over all partners, then each partner's position. */
import { text } from '../text';
import { scaleItemsOf } from './figures';
import { ContentTable, Empty, type SectionProps } from './parts';
import { ScaleItems } from './ScaleItems';

export function Tensions({ view }: SectionProps) {
  const { t } = view;
  const tensions = view.report.tensions;
  const items = scaleItemsOf(view, 'tensions');
  if (!tensions || items.length === 0) {
    return <Empty view={view} asked={tensions !== null} />;
  }
  const ranked = tensions.ranked.flatMap((r) => items.filter((i) => i.itemId === r.itemId));
  return (
    <>
      <p>{t(text.tensionsLead)}</p>
      <ContentTable caption={t(text.tensions)}>
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
              <td class="number">{view.number(r.mean)}</td>
              {view.partners.map((p) => {
                const own = tensions.byPartner.find((b) => b.partnerId === p.id)?.ranked.find((x) => x.itemId === r.itemId);
                return (
                  <td key={p.id} class="number">
                    {own ? `${view.number(own.mean)} (n = ${own.n})` : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </ContentTable>
      <ScaleItems
        view={view}
        items={ranked}
        points={5}
        lowLabel={t(text.tensionLow)}
        highLabel={t(text.tensionHigh)}
        caption={t(text.tensions)}
      />
    </>
  );
}
