/**
 * How close each pair of partners' answers are, per part of the survey: a shaded table per section
 * with every partner named beside its row, a score that uses a divided partner's mean marked with an
 * asterisk. Closeness of answers, not agreement: partners close together on a weak point are close
 * too, and differing drives can complement each other.
 */
import { HeatTable } from '../charts/HeatTable';
import { text } from '../text';
import { Empty, Explain, type SectionProps } from './parts';

export function Heatmaps({ view, detail }: SectionProps) {
  const { t, fill } = view;
  // Read before this appendix is drawn (SECTIONS: needs).
  if (!detail.figures) return null;
  const sections = detail.figures.sections.filter((s) => s.pairScores.partnerIds.length >= 2);
  const anyDivided = sections.some((s) => s.pairScores.divided.some((row) => row.some((count) => count > 0)));
  return (
    <>
      <Explain view={view}>
        <p>{t(text.explainHeat)}</p>
      </Explain>
      {sections.length === 0 ? <Empty view={view} /> : null}
      {anyDivided ? (
        <p class="muted">
          {t({
            nl: '* De score gebruikt bij minstens één vraag het gemiddelde van een partner die daarover verdeeld is.',
            en: '* The score uses, on at least one question, the average of a partner that is divided on it.',
          })}
        </p>
      ) : null}
      <div class="heat-grid">
        {sections.map((section) => (
          <HeatTable
            key={section.sectionId}
            view={view}
            section={section}
            caption={fill(t({ nl: 'Nabijheid van antwoorden per paar: {section}', en: 'Closeness of answers per pair: {section}' }), {
              section: view.sectionTitle(section.sectionId),
            })}
          />
        ))}
      </div>
    </>
  );
}
