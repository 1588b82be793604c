/**
 * How the responses came in, per shown partner: through personal or open links, with the warning
 * signs of made-up answers (more responses than staff, open links without a maximum); and how many
 * questions the item threshold leaves without a figure.
 */
import { releaseText, shownPartners } from '../release';
import type { ShownPartner } from '../types';
import { ContentTable, Empty, type SectionProps } from './parts';

/** Per shown partner: how its responses came in, and the figures the item threshold hides. */
export function Channels({ view }: SectionProps) {
  const { t, fill, report } = view;
  const partners = shownPartners(view);
  if (partners.length === 0) return <Empty view={view} />;
  const notes = (p: ShownPartner) => {
    const found = [
      ...(p.expectedStaff !== null && p.respondents > p.expectedStaff ? [t(releaseText.overStaff)] : []),
      ...(p.uncappedOpenLinks > 0 ? [view.count(p.uncappedOpenLinks, releaseText.uncapped)] : []),
    ];
    return found.length > 0 ? view.list(found) : t(releaseText.none);
  };
  const hidden = partners.filter((p) => p.hiddenItems > 0);
  const number = (n: number) => view.number(n, 0);
  return (
    <>
      <p>{t(releaseText.channelsLead)}</p>
      <ContentTable caption={t(releaseText.channels)}>
        <thead>
          <tr>
            <th scope="col">{t(releaseText.partner)}</th>
            <th scope="col" class="number">
              {t(releaseText.personal)}
            </th>
            <th scope="col" class="number">
              {t(releaseText.open)}
            </th>
            <th scope="col" class="number">
              {t(releaseText.staff)}
            </th>
            <th scope="col">{t(releaseText.notes)}</th>
          </tr>
        </thead>
        <tbody>
          {partners.map((p) => (
            <tr key={p.id}>
              <th scope="row">{view.partnerName(p.id)}</th>
              <td class="number">{number(p.channels.personal)}</td>
              <td class="number">{number(p.channels.open)}</td>
              <td class="number">{p.expectedStaff === null ? t(releaseText.unknown) : number(p.expectedStaff)}</td>
              <td>{notes(p)}</td>
            </tr>
          ))}
        </tbody>
      </ContentTable>
      <p class="hidden-figures">
        {hidden.length === 0
          ? fill(t(releaseText.noneHidden), { k: report.minGroupSize })
          : fill(t(releaseText.hidden), {
              k: report.minGroupSize,
              list: view.list(hidden.map((p) => `${view.partnerName(p.id)}: ${view.count(p.hiddenItems, releaseText.question)}`)),
            })}
      </p>
    </>
  );
}
