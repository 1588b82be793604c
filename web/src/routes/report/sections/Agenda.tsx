/**
 * The discussion agenda: first a look back at the agreements made after the previous wave (each with
 * what changed on its finding), then per sharpest fault line, gap and weakest readiness factor the
 * finding, a question for the partners' session (sentences/agenda.ts) and the agreements made on it;
 * a lead or organiser link records them here. Prints on one page of its own.
 */
import { FindingAgreements } from '../change/Agreements';
import { changeText } from '../change/text';
import { agenda, agendaLeftOut } from '../sentences/agenda';
import { reviewSentence } from '../sentences/change';
import { text } from '../text';
import { JumpLink, Note, type SectionProps } from './parts';

/** The agreements made after the wave before this one, each with the verdict on its finding since. */
function LookBack({ view, waves }: Pick<SectionProps, 'view' | 'waves'>) {
  const previous = waves.agreements?.previous;
  if (!previous || previous.agreements.length === 0) return null;
  // The change is the one since that wave, unless the reader compares with another.
  const change = waves.change && waves.change.from.id === previous.survey.id ? waves.change.response.change : null;
  return (
    <div class="agenda-review">
      <h3>{view.fill(view.t(changeText.previousAgreements), { title: previous.survey.title })}</h3>
      <ul>
        {previous.agreements.map((agreement) => (
          <li key={agreement.id}>{reviewSentence(view, change, agreement)}</li>
        ))}
      </ul>
    </div>
  );
}

export function Agenda({ view, waves }: SectionProps) {
  const { t } = view;
  const items = agenda(view);
  const leftOut = agendaLeftOut(view);
  return (
    <>
      <p>{t(text.agendaLead)}</p>
      <LookBack view={view} waves={waves} />
      {items.length === 0 ? <Note>{t(text.agendaNone)}</Note> : null}
      <ol class="agenda">
        {items.map((item) => (
          <li key={item.key} class={`agenda-${item.kind}`}>
            <p class="agenda-topic">
              <JumpLink target={item.target}>{item.topic}</JumpLink>
            </p>
            <p>{item.finding}</p>
            <p class="agenda-question">
              <strong>{t(text.agendaQuestion)}:</strong> {item.question}
            </p>
            {item.about ? <FindingAgreements view={view} waves={waves} finding={item.about} /> : null}
          </li>
        ))}
      </ol>
      {leftOut ? <Note>{leftOut}</Note> : null}
    </>
  );
}
