/**
 * A respondent's way through an opened survey: intro → one page of questions at a time → review →
 * submit → thank you (and, on a shared device, a fresh start for the next person). The answers live
 * in useDraftSync, the submit in useSubmit; this file moves between the screens and keeps the focus
 * where a keyboard or screen-reader user expects it.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AnswerValue, Item, Localized } from '../../../../core/instrument/types';
import { useLanguage } from '../../lib/i18n';
import { type Errors, firstOpenStep, issueText, pageErrors, stepOf } from './progress';
import { Intro } from './screens/Intro';
import { PageStep } from './screens/PageStep';
import { Progress } from './screens/Progress';
import { Review } from './screens/Review';
import { Notice } from './screens/Shell';
import { Thanks } from './screens/Thanks';
import * as text from './text';
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
  const { context, sections, pages } = survey;
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

  /** To the first page with one of these errors, its questions marked and the first one focused. */
  const showErrors = (found: Errors) => {
    setErrors(found);
    const ids = Object.keys(found);
    goTo(stepOf(pages, ids) ?? pages.length + 1);
    const first = pages.flatMap((p) => p.items).find((item) => found[item.id]);
    if (first) focusFirstError(first.id);
  };

  const outcome: SubmitOutcome = {
    stored: focusNextHeading,
    refused(error, status) {
      focusNextHeading();
      const linkState = refusedLinks[error.code];
      if (linkState) return setLinkState(linkState);
      if (status === 404) return linkUnknown();
      showErrors(Object.fromEntries((error.issues ?? []).map((i) => [i.itemId, issueText(i)])));
    },
  };
  const { submit, send } = useSubmit(connect, update, outcome, survey.preview !== undefined);

  // A submit that was still on its way when the page closed is sent again, once, as the page opens.
  const resumeChecked = useRef(false);
  useEffect(() => {
    if (resumeChecked.current) return;
    resumeChecked.current = true;
    if (respondent.pendingSubmit && !respondent.submitted) void send(respondent);
  }, [respondent, send]);

  if (respondent.submitted && survey.preview) {
    return (
      <Notice headingRef={headingRef} title={t(text.thanksTitle)}>
        <p>{t(survey.preview.done)}</p>
      </Notice>
    );
  }
  if (respondent.submitted) return <Thanks headingRef={headingRef} store={survey.store} shared={!context.singleUse} />;
  const notice = linkNotices[context.state];
  if (notice) {
    return (
      <Notice headingRef={headingRef} title={t(notice.title)}>
        <p>{t(notice.body)}</p>
      </Notice>
    );
  }

  const step = Math.min(respondent.step, pages.length + 1);
  const { answers } = respondent;
  if (step === 0) {
    const resume = Object.keys(answers).length > 0;
    return (
      <Intro
        context={context}
        sections={sections}
        resume={resume}
        onStart={() => goTo(resume ? firstOpenStep(pages, answers) : 1)}
        headingRef={headingRef}
      />
    );
  }

  const page = pages[step - 1];
  const progress = <Progress step={step} pages={pages} sync={sync} online={online} />;
  if (!page) {
    return (
      <Review
        sections={sections}
        answers={answers}
        submit={submit}
        progress={progress}
        headingRef={headingRef}
        onChange={(section) => goTo(pages.findIndex((p) => p.section.id === section.id) + 1)}
        onBack={() => goTo(pages.length)}
        onSend={() => {
          // Open required questions first: to the first page with one, its questions marked.
          const open = pages[firstOpenStep(pages, answers) - 1];
          if (open) showErrors(pageErrors(open.items, answers));
          else void send(respondent);
        }}
      />
    );
  }

  return (
    <PageStep
      page={page}
      sections={sections.length}
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
        const found = pageErrors(page.items, answers);
        setErrors(found);
        const first = Object.keys(found)[0];
        if (first) focusFirstError(first);
        else goTo(step + 1);
      }}
      onBack={() => goTo(step - 1)}
    />
  );
}
