/**
 * The first screen: what the survey is for, how long it takes, and how the answers are protected.
 * The start button comes before the promise's details and stays at the foot of the screen while
 * the text above it is longer than a phone's screen, so it is always on the first screen; a partner
 * shown as an organisation is told so in the first lines.
 */
import type { RefObject } from 'preact';
import type { Section } from '../../../../../core/instrument/types';
import { useDocumentTitle } from '../../../lib/hooks';
import { Filled, fill, inLanguage, useLanguage } from '../../../lib/i18n';
import * as text from '../text';
import type { SurveyContext } from '../useSession';
import { Shell } from './Shell';

export function Intro({
  context,
  sections,
  resume,
  onStart,
  headingRef,
}: {
  context: SurveyContext;
  sections: readonly Section[];
  /** The respondent gave answers before: "continue" rather than "start". */
  resume: boolean;
  onStart: () => void;
  headingRef: RefObject<HTMLHeadingElement>;
}) {
  const { t, language } = useLanguage();
  // The organiser's texts in the page's language if they gave it, else in Dutch (and marked so).
  const name = inLanguage(context.partnership.name, language);
  const challenge = inLanguage(context.partnership.challenge, language);
  useDocumentTitle(name.text);
  // Sections carry half minutes; a respondent is told a whole number, rounded up so it is never an underestimate.
  const minutes = Math.ceil(sections.reduce((sum, s) => sum + s.minutes, 0));
  const partner = context.partner.name;
  return (
    <Shell>
      <h1 ref={headingRef} tabIndex={-1} lang={name.lang}>
        {name.text}
      </h1>
      <p>
        <Filled template={t(text.introFor)} values={{ partner }} />
        {context.partner.shownAsOrganisation ? (
          <>
            {' '}
            <strong>
              <Filled template={t(text.promiseOrganisation)} values={{ partner }} />
            </strong>
          </>
        ) : null}
      </p>
      <p>
        <Filled template={t(text.introWhy)} values={{ challenge }} /> {fill(t(text.introTime), { minutes, sections: sections.length })}
      </p>
      <div class="actions start">
        <button type="button" onClick={onStart}>
          {resume ? t(text.resume) : t(text.start)}
        </button>
      </div>
      <section class="promise" aria-labelledby="promise-title">
        <h2 id="promise-title">{t(text.promiseTitle)}</h2>
        <ul>
          <li>{t(text.promiseNoLink)}</li>
          {context.partner.shownAsOrganisation ? null : (
            <>
              <li>{fill(t(text.promiseK), { k: context.survey.minGroupSize })}</li>
              <li>{t(text.promiseText)}</li>
            </>
          )}
        </ul>
      </section>
      <p class="muted">{t(text.introSaved)}</p>
    </Shell>
  );
}
