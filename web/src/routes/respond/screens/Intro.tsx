/** The first screen: what the survey is for, how long it takes, and how the answers are protected. */
import type { RefObject } from 'preact';
import type { Section } from '../../../../../core/instrument/types';
import { useDocumentTitle } from '../../../lib/hooks';
import { fill, useLanguage } from '../../../lib/i18n';
import { text } from '../text';
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
  const { t } = useLanguage();
  useDocumentTitle(context.partnership.name);
  // Sections carry half minutes; a respondent is told a whole number, rounded up so it is never an underestimate.
  const minutes = Math.ceil(sections.reduce((sum, s) => sum + s.minutes, 0));
  return (
    <Shell>
      <h1 ref={headingRef} tabIndex={-1}>
        {context.partnership.name}
      </h1>
      <p>{fill(t(text.introFor), { partner: context.partner.name })}</p>
      <p>{fill(t(text.introWhy), { challenge: context.partnership.challenge })}</p>
      <p>{fill(t(text.introTime), { minutes, sections: sections.length })}</p>
      <section class="promise" aria-labelledby="promise-title">
        <h2 id="promise-title">{t(text.promiseTitle)}</h2>
        {context.partner.shownAsOrganisation ? (
          <>
            <p>
              <strong>{fill(t(text.promiseOrganisation), { partner: context.partner.name })}</strong>
            </p>
            <ul>
              <li>{t(text.promiseNoLink)}</li>
            </ul>
          </>
        ) : (
          <ul>
            <li>{t(text.promiseNoLink)}</li>
            <li>{fill(t(text.promiseK), { k: context.survey.minGroupSize })}</li>
            <li>{t(text.promiseText)}</li>
          </ul>
        )}
      </section>
      <p class="muted">{t(text.introSaved)}</p>
      <div class="actions">
        <button type="button" onClick={onStart}>
          {resume ? t(text.resume) : t(text.start)}
        </button>
      </div>
    </Shell>
  );
}
