/**
 * A respondent's way through an opened survey: intro → one section at a time → review → submit →
 * thank you. The answers live in useDraftSync, the submit in useSubmit; this file moves between
 * the screens and keeps the focus where a keyboard or screen-reader user expects it.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AnswerValue, Item, Localized } from '../../../../core/instrument/types';
import { useLanguage } from '../../lib/i18n';
import { type Errors, firstOpenStep, issueText, openRequired, sectionErrors } from './progress';
import { Intro } from './screens/Intro';
import { Progress } from './screens/Progress';
import { Review } from './screens/Review';
import { SectionStep } from './screens/SectionStep';
import { Notice } from './screens/Shell';
import { text } from './text';
import { useDraftSync } from './useDraftSync';
import { useOnline } from './useOnline';
import type { Connection, LinkState, OpenedSurvey } from './useSession';
import { type SubmitOutcome, useSubmit } from './useSubmit';

/** The notice for each state of a link that no longer takes answers (the API types the state as a string). */
const linkNotices: Readonly<Record<string, { readonly title: Localized; readonly body: Localized }>> = {
  used: { title: text.usedTitle, body: text.usedBody },
  closed: { title: text.closedTitle, body: text.closedBody },
  full: { title: text.fullTitle, body: text.fullBody },
};

/** The error codes with which the server refuses a link for good, and the link state each means. */
const refusedLinks: Readonly<Record<string, LinkState>> = { link_used: 'used', survey_closed: 'closed', link_full: 'full' };

/**
 * Moves the focus to the heading of the next screen, after the render that shows it (a step, a
 * submit, a refusal), so keyboard and screen-reader users start reading at the top.
 */
function useHeadingFocus() {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const wanted = useRef(false);
  // After every render: the screen that asked for the focus may take a render or two to appear.
  useLayoutEffect(() => {
    if (!wanted.current || !headingRef.current) return;
    wanted.current = false;
    headingRef.current.focus();
  });
  const focusNextHeading = useCallback(() => {
    wanted.current = true;
  }, []);
  return { headingRef, focusNextHeading };
}

/** Brings the first question with an error into view and puts the focus in it. */
function focusFirstError(itemId: string) {
  requestAnimationFrame(() => {
    const question = document.getElementById(`q-${itemId}`);
    question?.scrollIntoView({ block: 'start' });
    // The first input carries the error in its description; the steppers' buttons do not.
    (question?.querySelector<HTMLElement>('input:not([disabled]), textarea') ?? question?.querySelector<HTMLElement>('button'))?.focus();
  });
}

export function Survey({
  survey,
  connect,
  setLinkState,
  linkUnknown,
}: {
  survey: OpenedSurvey;
  connect: () => Connection;
  setLinkState: (state: LinkState) => void;
  linkUnknown: () => void;
}) {
  const { t } = useLanguage();
  const { context, sections } = survey;
  const online = useOnline();
  const { respondent, update, sync } = useDraftSync(survey, connect, online);
  const [errors, setErrors] = useState<Errors>({});
  const [restored, setRestored] = useState(survey.restored);
  const { headingRef, focusNextHeading } = useHeadingFocus();

  const goTo = useCallback(
    (step: number) => {
      update({ step });
      setRestored(false);
      window.scrollTo(0, 0);
      focusNextHeading();
    },
    [update, focusNextHeading],
  );

  const outcome: SubmitOutcome = {
    stored: focusNextHeading,
    refused(error, status) {
      focusNextHeading();
      const linkState = refusedLinks[error.code];
      if (linkState) return setLinkState(linkState);
      if (status === 404) return linkUnknown();
      // Invalid answers: back to the first section with one, its questions marked.
      const byItem: Errors = Object.fromEntries((error.issues ?? []).map((i) => [i.itemId, issueText(i)]));
      setErrors(byItem);
      const firstSection = sections.findIndex((s) => s.items.some((item) => byItem[item.id]));
      goTo(firstSection >= 0 ? firstSection + 1 : sections.length + 1);
      const firstItem = sections[firstSection]?.items.find((item) => byItem[item.id]);
      if (firstItem) focusFirstError(firstItem.id);
    },
  };
  const { submit, send } = useSubmit(connect, update, outcome, survey.preview);

  // A submit that was still on its way when the page closed is sent again, once, as the page opens.
  const resumeChecked = useRef(false);
  useEffect(() => {
    if (resumeChecked.current) return;
    resumeChecked.current = true;
    if (respondent.pendingSubmit && !respondent.submitted) void send(respondent);
  }, [respondent, send]);

  if (respondent.submitted) {
    return (
      <Notice headingRef={headingRef} title={t(text.thanksTitle)}>
        <p>{t(survey.preview ? text.previewDone : text.thanksBody)}</p>
      </Notice>
    );
  }
  const notice = linkNotices[context.state];
  if (notice) {
    return (
      <Notice headingRef={headingRef} title={t(notice.title)}>
        <p>{t(notice.body)}</p>
      </Notice>
    );
  }

  const step = Math.min(respondent.step, sections.length + 1);
  const { answers } = respondent;
  if (step === 0) {
    const resume = Object.keys(answers).length > 0;
    return (
      <Intro
        context={context}
        sections={sections}
        resume={resume}
        onStart={() => goTo(resume ? firstOpenStep(sections, answers) : 1)}
        headingRef={headingRef}
      />
    );
  }

  const progress = <Progress step={step} total={sections.length} sync={sync} online={online} />;
  if (step === sections.length + 1) {
    return (
      <Review
        sections={sections}
        answers={answers}
        submit={submit}
        progress={progress}
        headingRef={headingRef}
        onChange={goTo}
        onSend={() => {
          // Open required questions first: to the first section with one, its questions marked.
          const open = firstOpenStep(sections, answers);
          const openSection = sections[open - 1];
          if (!openSection) return void send(respondent);
          goTo(open);
          setErrors(openRequired(openSection, answers));
        }}
      />
    );
  }

  const section = sections[step - 1]!;
  return (
    <SectionStep
      section={section}
      step={step}
      total={sections.length}
      answers={answers}
      errors={errors}
      restored={restored}
      otherPartners={context.otherPartners}
      progress={progress}
      headingRef={headingRef}
      onAnswer={(item: Item, value: AnswerValue | undefined) => {
        update((current) => {
          const next = { ...current.answers };
          if (value === undefined) delete next[item.id];
          else next[item.id] = value;
          return { answers: next };
        });
        if (errors[item.id]) setErrors(({ [item.id]: _, ...rest }) => rest);
      }}
      onNext={() => {
        const found = sectionErrors(section, answers);
        setErrors(found);
        const first = Object.keys(found)[0];
        if (first) focusFirstError(first);
        else goTo(step + 1);
      }}
      onBack={() => goTo(step - 1)}
    />
  );
}
