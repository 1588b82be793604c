/**
 * Differences that complement each other: partners moved by different drives (each can reach a goal
 * of its own, and their goals can serve each other), what one brings that another wants (the value
 * case, below), who mainly invests and who mainly receives, and whether the partnership serves each
 * partner's own goals and the others'. Every sentence is sentences/complements.ts.
 */
import { targetId } from '../sentences/agenda';
import { driveContrastSentence, goalsConcernSentence, investmentSentence } from '../sentences/complements';
import { Explain, JumpLink, Note, type SectionProps } from './parts';

export function Complements({ view }: SectionProps) {
  const { t, report } = view;
  const contrasts = report.findings.complements;
  const investment = report.valueCase?.investment ? investmentSentence(view, report.valueCase.investment) : null;
  const goals = report.valueCase?.goals ? goalsConcernSentence(view, report.valueCase.goals) : null;
  return (
    <>
      <p>
        {t({
          nl: 'Niet elk verschil is een breuklijn. Partners die door andere dingen gedreven worden, of die iets brengen wat een ander zoekt, kunnen elkaar juist aanvullen.',
          en: 'Not every difference is a fault line. Partners driven by different things, or bringing what another wants, can complement each other.',
        })}
      </p>
      <Explain view={view}>
        <p>
          {view.fill(
            t({
              nl: 'Twee partners hebben andere drijfveren als minder dan {share} van hun 100 punten gelijk ligt. Dat is geen oordeel: ieder kan in de samenwerking een eigen doel halen, en die doelen kunnen elkaar versterken. Bij investeren en ontvangen noemt het rapport een partner alleen als het hele 95%-interval aan één kant van het midden ligt.',
              en: 'Two partners have different drives when less than {share} of their 100 points lie alike. That is no verdict: each can reach a goal of its own in the partnership, and those goals can strengthen each other. For investing and receiving, the report names a partner only when its whole 95% interval lies on one side of the middle.',
            }),
            { share: view.percent(report.thresholds.DRIVES_DIFFER_BELOW_OVERLAP) },
          )}
        </p>
      </Explain>
      <h3>{t({ nl: 'Andere drijfveren', en: 'Different drives' })}</h3>
      {contrasts.length === 0 ? (
        <Note>
          {t({ nl: 'Geen paar partners met duidelijk andere drijfveren.', en: 'No pair of partners with clearly different drives.' })}
        </Note>
      ) : (
        <ul class="finding-rows">
          {contrasts.map((c) => (
            <li key={`${c.a}-${c.b}`} id={targetId('complement', `${c.a}-${c.b}`)} tabIndex={-1}>
              {driveContrastSentence(view, c)}
            </li>
          ))}
        </ul>
      )}
      {investment || goals ? (
        <>
          <h3>{t({ nl: 'Wie investeert, wie ontvangt', en: 'Who invests, who receives' })}</h3>
          {investment ? <p>{investment}</p> : null}
          {goals ? <p>{goals}</p> : null}
        </>
      ) : null}
      <p>
        <JumpLink target="value-case">
          {t({ nl: 'Wat de een brengt en de ander zoekt: halen en brengen', en: 'What one brings and another wants: get and bring' })}
        </JumpLink>
      </p>
    </>
  );
}
