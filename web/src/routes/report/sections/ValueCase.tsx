/**
 * The value case: what each partner brings and hopes to get, where one partner's offer covers
 * another's wish (a match), and what is wanted that nobody brings (a gap).
 */
import { text } from '../text';
import { ContentTable, Empty, Note, type SectionProps } from './parts';

export function ValueCase({ view }: SectionProps) {
  const { t, fill } = view;
  const valueCase = view.report.valueCase;
  if (!valueCase || valueCase.byPartner.length === 0) {
    return <Empty view={view} asked={valueCase !== null} />;
  }
  const gapFor = (optionId: string, partnerId: string) =>
    valueCase.gaps.some((g) => g.optionId === optionId && g.wantedBy.includes(partnerId));
  const matchFor = (optionId: string, partnerId: string) =>
    valueCase.matches.some((m) => m.optionId === optionId && m.wanterId === partnerId);
  const names = (ids: readonly string[]) => view.list(ids.map((id) => view.partner(id).name));
  // Matches grouped per wanter and resource, so "A wants X; B and C bring it" is one line.
  const grouped = new Map<string, { wanter: string; optionId: string; bringers: string[] }>();
  for (const m of valueCase.matches) {
    const key = `${m.wanterId}|${m.optionId}`;
    const entry = grouped.get(key) ?? { wanter: m.wanterId, optionId: m.optionId, bringers: [] };
    entry.bringers.push(m.bringerId);
    grouped.set(key, entry);
  }
  return (
    <>
      <p>{t(text.valueCaseLead)}</p>
      <ContentTable caption={t(text.valueCase)} class="value-case">
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
      <h3>{t(text.matchesHeading)}</h3>
      {grouped.size === 0 ? <Note>{t(text.sumNoMatch)}</Note> : null}
      <ul>
        {[...grouped.values()].map((g) => (
          <li key={`${g.wanter}-${g.optionId}`}>
            {fill(t(text.matchLine), {
              wanter: view.partner(g.wanter).name,
              resource: view.resourceLabel(g.optionId).toLowerCase(),
              bringers: names(g.bringers),
            })}
          </li>
        ))}
      </ul>
      <h3>{t(text.gapsHeading)}</h3>
      {valueCase.gaps.length === 0 && valueCase.unusedOffers.length === 0 ? <Note>{t(text.noGaps)}</Note> : null}
      <ul>
        {valueCase.gaps.map((g) => (
          <li key={`gap-${g.optionId}`}>
            {fill(t(text.gapLine), {
              resource: view.resourceLabel(g.optionId),
              wanters: names(g.wantedBy),
              all: g.wantedByAll ? t(text.gapAll) : '',
            })}
          </li>
        ))}
        {valueCase.unusedOffers.map((u) => (
          <li key={`unused-${u.optionId}`}>
            {fill(t(text.unusedLine), { resource: view.resourceLabel(u.optionId), bringers: names(u.broughtBy) })}
          </li>
        ))}
        {valueCase.byPartner
          .filter((p) => p.oneSided !== null)
          .map((p) => (
            <li key={`one-${p.partnerId}`}>
              {fill(t(p.oneSided === 'wants_more' ? text.oneSidedWants : text.oneSidedBrings), {
                partner: view.partner(p.partnerId).name,
                wants: p.wants.length,
                brings: p.brings.length,
              })}
            </li>
          ))}
      </ul>
    </>
  );
}
