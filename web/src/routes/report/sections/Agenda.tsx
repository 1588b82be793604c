/**
 * The discussion agenda: per sharpest fault line, gap and weakest readiness factor, the finding and a
 * question for the partners' session (sentences/agenda.ts). Prints on one page of its own.
 */
import { agenda, agendaLeftOut } from '../sentences/agenda';
import { text } from '../text';
import { JumpLink, Note, type SectionProps } from './parts';

export function Agenda({ view }: SectionProps) {
  const { t } = view;
  const items = agenda(view);
  const leftOut = agendaLeftOut(view);
  return (
    <>
      <p>{t(text.agendaLead)}</p>
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
          </li>
        ))}
      </ol>
      {leftOut ? <Note>{leftOut}</Note> : null}
    </>
  );
}
