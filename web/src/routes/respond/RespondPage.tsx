/**
 * The respondent's survey: intro → one section at a time → review → submit → thank you.
 *
 * Nothing is lost: every change is written to this device at once (storage.ts), sent to the server
 * as a draft shortly after, and a submit made offline or during a server fault waits and retries
 * with the same submission id, so the server stores it once.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Instrument, Item, Localized, Section } from '../../../../core/instrument/types';
import { TopBar } from '../../components/TopBar';
import { apiClient, readError, secretFromLocation } from '../../lib/api';
import { fill, useLanguage } from '../../lib/i18n';
import { fetchInstrument } from '../../lib/instrument';
import { Question } from './questions';
import {
  type AnswerMap,
  backOff,
  type DeviceStore,
  deviceStore,
  type LocalRespondent,
  newSubmissionId,
  retryDelay,
  whenOnline,
} from './storage';
import { text } from './text';
import './respond.css';

type Api = ReturnType<typeof apiClient>;
type Context = Extract<Awaited<ReturnType<Awaited<ReturnType<Api['respond']['$get']>>['json']>>, { state: string }>;

type Phase = { kind: 'loading' } | { kind: 'unknown_link' } | { kind: 'failed' } | { kind: 'ready' } | { kind: 'done' };

/** Where the latest answers are: on the server, on their way, or only on this device. */
type SyncState = 'idle' | 'saving' | 'saved' | 'device_only' | 'offline';
/** A submit in progress: sending, waiting for the connection, or retrying after a server fault. */
type SubmitState = 'idle' | 'sending' | 'offline' | 'retrying';
/** An error shown at a question, kept in both languages so a language switch translates it too. */
type Errors = Record<string, Localized>;

/** True while the browser believes it has a connection; follows the online/offline events. */
function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/** The first step a respondent has not finished: a section with an open required question, else the review. */
function firstOpenStep(sections: readonly Section[], answers: AnswerMap): number {
  const open = sections.findIndex((s) => s.items.some((item) => item.required && answers[item.id] === undefined));
  return open >= 0 ? open + 1 : sections.length + 1;
}

/** The server's per-question issue, in the respondent's words where the code is one we know. */
function issueText(issue: { code: string; message: string }): Localized {
  if (issue.code === 'required') return text.required;
  if (issue.code === 'too_long') return text.tooLong;
  if (issue.code === 'sum_not_100') return text.sumWrong;
  if (['out_of_range', 'unknown_option', 'wrong_type', 'not_whole_number', 'unknown_partner', 'duplicate_option'].includes(issue.code))
    return text.invalidAnswer;
  return { nl: issue.message, en: issue.message };
}
const fill2 = (localized: Localized, n: number | string): Localized => ({ nl: fill(localized.nl, { n }), en: fill(localized.en, { n }) });

export default function RespondPage() {
  const { language, t } = useLanguage();
  const secret = useMemo(secretFromLocation, []);
  const online = useOnline();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [context, setContext] = useState<Context | null>(null);
  const [instrument, setInstrument] = useState<Instrument | null>(null);
  const [local, setLocal] = useState<LocalRespondent | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [sync, setSync] = useState<SyncState>('idle');
  const [submit, setSubmit] = useState<SubmitState>('idle');
  const [restored, setRestored] = useState(false);
  const store = useRef<DeviceStore | null>(null);
  const languageRef = useRef(language);
  languageRef.current = language;
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** Set when focus should move to the next screen's heading (after a step, a submit, an error page). */
  const focusHeading = useRef(false);

  // Load the link's survey (or, offline, what this device kept of it) and this device's answers.
  useEffect(() => {
    if (!secret) return setPhase({ kind: 'unknown_link' });
    void (async () => {
      const device = await deviceStore(secret);
      store.current = device;
      const api = apiClient(secret, languageRef.current);
      let loaded: { context: Context; instrument: Instrument } | undefined;
      try {
        const res = await api.respond.$get();
        if (res.status === 404) return setPhase({ kind: 'unknown_link' });
        if (!res.ok) throw new Error(`survey context: HTTP ${res.status}`);
        const ctx = (await res.json()) as Context;
        loaded = { context: ctx, instrument: await fetchInstrument(api, ctx.survey.instrumentVersion) };
        device.saveContext(loaded);
      } catch (error) {
        console.warn('loading the survey from the server failed; trying this device', error);
        loaded = device.loadContext<{ context: Context; instrument: Instrument }>();
        if (!loaded) return setPhase({ kind: 'failed' });
      }
      let state = device.load();
      if (!state) {
        state = { submissionId: newSubmissionId(), answers: {}, step: 0, pendingSubmit: false, submitted: false };
        // A single-use link may have been started on another device: pick up its draft there.
        if (loaded.context.singleUse && loaded.context.state === 'open') {
          try {
            const res = await api.respond.draft.$get({ query: { submissionId: state.submissionId } });
            if (res.ok) {
              const { draft } = await res.json();
              if (draft && Object.keys(draft.answers).length > 0) {
                const answers = draft.answers as AnswerMap;
                const sections = loaded.instrument.sections.filter((s) => loaded.context.survey.sections.includes(s.id));
                state = { ...state, submissionId: draft.submissionId, answers, step: firstOpenStep(sections, answers) };
                setRestored(true);
                setSync('saved');
              }
            } else {
              console.warn('looking for a saved draft failed', res.status);
            }
          } catch (error) {
            console.warn('could not look for a saved draft', error);
          }
        }
        device.save(state);
      }
      setContext(loaded.context);
      setInstrument(loaded.instrument);
      setLocal(state);
      setPhase({ kind: state.submitted ? 'done' : 'ready' });
    })();
  }, [secret]);

  const sections: readonly Section[] = useMemo(
    () => (instrument && context ? instrument.sections.filter((s) => context.survey.sections.includes(s.id)) : []),
    [instrument, context],
  );

  // Background draft save: shortly after the last change; while offline it waits for the
  // connection, and after a failure it tries again with back-off.
  const draftFailures = useRef(0);
  const [draftRetry, setDraftRetry] = useState(0);
  const draftSaving = useRef<Promise<void>>(Promise.resolve());
  const draftGeneration = useRef(0);
  const hasAnswers = local ? Object.keys(local.answers).length > 0 : false;
  const draftWanted = !!local && !!secret && !local.submitted && !local.pendingSubmit && hasAnswers && context?.state === 'open';
  useEffect(() => {
    if (!draftWanted || !local) return;
    if (!online) return setSync('offline');
    const delay = draftFailures.current === 0 ? 800 : retryDelay(draftFailures.current - 1);
    const timer = window.setTimeout(() => {
      // One save at a time, so an older save can never land after a newer one.
      draftSaving.current = draftSaving.current.then(() => saveDraft(local));
    }, delay);
    return () => window.clearTimeout(timer);
  }, [local?.answers, online, draftRetry, draftWanted]);

  async function saveDraft(state: LocalRespondent): Promise<void> {
    const generation = ++draftGeneration.current;
    setSync('saving');
    try {
      const res = await apiClient(secret, languageRef.current).respond.draft.$put({
        json: { submissionId: state.submissionId, language: languageRef.current, answers: state.answers },
      });
      if (res.ok) {
        await res.json();
        draftFailures.current = 0;
        if (generation === draftGeneration.current) setSync('saved');
        return;
      }
      const error = await readError(res);
      console.warn('draft not saved on the server', res.status, error.code);
      // A refusal (closed survey, used link, invalid answer) will not change by retrying; a fault may.
      if (res.status < 500 && res.status !== 429) return setSync('device_only');
    } catch (error) {
      console.warn('draft did not reach the server', error);
    }
    setSync(navigator.onLine ? 'device_only' : 'offline');
    if (draftFailures.current < 6) {
      draftFailures.current++;
      setDraftRetry((n) => n + 1);
    }
  }

  function update(next: Partial<LocalRespondent>) {
    setLocal((current) => {
      if (!current) return current;
      const state = { ...current, ...next };
      if (store.current && !store.current.save(state)) setSync('device_only');
      return state;
    });
  }

  function answer(item: Item, value: LocalRespondent['answers'][string] | undefined) {
    if (!local) return;
    const answers = { ...local.answers };
    if (value === undefined) delete answers[item.id];
    else answers[item.id] = value;
    if (errors[item.id]) setErrors(({ [item.id]: _, ...rest }) => rest);
    update({ answers });
  }

  function goTo(step: number) {
    update({ step });
    setRestored(false);
    window.scrollTo(0, 0);
    // Focus moves to the new heading so keyboard and screen-reader users start at the top.
    focusHeading.current = true;
  }

  useLayoutEffect(() => {
    if (!focusHeading.current || !headingRef.current) return;
    focusHeading.current = false;
    headingRef.current.focus();
  });

  /** Checks the required questions of a section before moving on; returns whether all is well. */
  function checkSection(section: Section): boolean {
    if (!local) return false;
    const found: Errors = {};
    for (const item of section.items) {
      const value = local.answers[item.id];
      if (item.required && value === undefined) found[item.id] = text.required;
      if (item.format === 'allocation' && value !== undefined) {
        const sum = Object.values(value as Record<string, number>).reduce((a, b) => a + b, 0);
        if (sum !== item.total) found[item.id] = fill2(text.sumNot100, sum);
      }
    }
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) focusFirstError(first);
    return !first;
  }

  function focusFirstError(itemId: string) {
    requestAnimationFrame(() => {
      const question = document.getElementById(`q-${itemId}`);
      question?.scrollIntoView({ block: 'start' });
      // The first input carries the error in its description; the steppers' buttons do not.
      (question?.querySelector<HTMLElement>('input:not([disabled]), textarea') ?? question?.querySelector<HTMLElement>('button'))?.focus();
    });
  }

  const sending = useRef(false);
  async function send(state: LocalRespondent) {
    // A double tap (or a resumed submit racing a tap) sends once; the server would also refuse a copy.
    if (sending.current) return;
    sending.current = true;
    update({ pendingSubmit: true });
    setSubmit('sending');
    try {
      for (let attempt = 0; ; attempt++) {
        if (!navigator.onLine) {
          setSubmit('offline');
          await whenOnline();
          setSubmit('sending');
        }
        let serverFault = false;
        try {
          const res = await apiClient(secret, languageRef.current).respond.submit.$post({
            json: { submissionId: state.submissionId, language: languageRef.current, answers: state.answers },
          });
          if (res.ok) {
            // stored or already_stored (a retry of a submit whose reply got lost): either way it is in.
            const { outcome } = await res.json();
            if (outcome === 'already_stored') console.info('this submission was already stored');
            update({ pendingSubmit: false, submitted: true, answers: {} });
            setSubmit('idle');
            focusHeading.current = true;
            return setPhase({ kind: 'done' });
          }
          const error = await readError(res);
          const status: number = res.status;
          if (status === 409 || status === 400 || status === 404) {
            update({ pendingSubmit: false });
            setSubmit('idle');
            focusHeading.current = true;
            if (error.code === 'link_used') return setContext((c) => (c ? { ...c, state: 'used' } : c));
            if (error.code === 'survey_closed') return setContext((c) => (c ? { ...c, state: 'closed' } : c));
            if (error.code === 'link_full') return setContext((c) => (c ? { ...c, state: 'full' } : c));
            if (status === 404) return setPhase({ kind: 'unknown_link' });
            const byItem: Errors = Object.fromEntries((error.issues ?? []).map((i) => [i.itemId, issueText(i)]));
            setErrors(byItem);
            const firstSection = sections.findIndex((s) => s.items.some((item) => byItem[item.id]));
            goTo(firstSection >= 0 ? firstSection + 1 : sections.length + 1);
            const firstItem = sections[firstSection]?.items.find((item) => byItem[item.id]);
            if (firstItem) focusFirstError(firstItem.id);
            return;
          }
          console.warn('submit refused for now, retrying', res.status, error.code);
          serverFault = true;
        } catch (error) {
          console.warn('submit did not reach the server, retrying', error);
        }
        setSubmit(serverFault || navigator.onLine ? 'retrying' : 'offline');
        await backOff(attempt);
        setSubmit('sending');
      }
    } finally {
      sending.current = false;
    }
  }

  // A submit that was still on its way when the page closed is sent again.
  useEffect(() => {
    if (phase.kind === 'ready' && local?.pendingSubmit && submit === 'idle') void send(local);
  }, [phase.kind]);

  const screenTitle = screenTitleFor();
  useEffect(() => {
    document.title = screenTitle ? `${screenTitle} · ${t(text.siteName)}` : t(text.siteName);
  }, [screenTitle]);

  function screenTitleFor(): string | undefined {
    if (phase.kind === 'loading') return t(text.loading);
    if (phase.kind === 'unknown_link') return t(text.unknownTitle);
    if (phase.kind === 'failed') return t(text.failedTitle);
    if (phase.kind === 'done') return t(text.thanksTitle);
    if (!context || !local) return undefined;
    if (context.state === 'used') return t(text.usedTitle);
    if (context.state === 'closed') return t(text.closedTitle);
    if (context.state === 'full') return t(text.fullTitle);
    const current = Math.min(local.step, sections.length + 1);
    if (current === 0) return context.partnership.name;
    if (current === sections.length + 1) return t(text.reviewTitle);
    return `${fill(t(text.progress), { n: current, total: sections.length })}: ${t(sections[current - 1]!.title)}`;
  }

  if (phase.kind === 'loading')
    return (
      <Shell>
        <p aria-busy="true">{t(text.loading)}</p>
      </Shell>
    );
  if (phase.kind === 'unknown_link')
    return (
      <Notice headingRef={headingRef} title={t(text.unknownTitle)} tone="error">
        <p>{t(text.unknownBody)}</p>
      </Notice>
    );
  if (phase.kind === 'failed') {
    return (
      <Notice headingRef={headingRef} title={t(text.failedTitle)} tone="error">
        <p>{t(text.failedBody)}</p>
        <button type="button" onClick={() => location.reload()}>
          {t(text.tryAgain)}
        </button>
      </Notice>
    );
  }
  if (phase.kind === 'done')
    return (
      <Notice headingRef={headingRef} title={t(text.thanksTitle)}>
        <p>{t(text.thanksBody)}</p>
      </Notice>
    );
  if (!context || !local) return null;
  if (context.state === 'used')
    return (
      <Notice headingRef={headingRef} title={t(text.usedTitle)}>
        <p>{t(text.usedBody)}</p>
      </Notice>
    );
  if (context.state === 'closed')
    return (
      <Notice headingRef={headingRef} title={t(text.closedTitle)}>
        <p>{t(text.closedBody)}</p>
      </Notice>
    );
  if (context.state === 'full')
    return (
      <Notice headingRef={headingRef} title={t(text.fullTitle)}>
        <p>{t(text.fullBody)}</p>
      </Notice>
    );

  const step = Math.min(local.step, sections.length + 1);
  // Sections carry half minutes; a respondent is told a whole number, rounded up so it is never an underestimate.
  const minutes = Math.ceil(sections.reduce((sum, s) => sum + s.minutes, 0));

  if (step === 0) {
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
          <button type="button" onClick={() => goTo(hasAnswers ? firstOpenStep(sections, local.answers) : 1)}>
            {hasAnswers ? t(text.resume) : t(text.start)}
          </button>
        </div>
      </Shell>
    );
  }

  const isReview = step === sections.length + 1;
  const syncLabel =
    sync === 'saving'
      ? t(text.saving)
      : sync === 'saved'
        ? t(text.saved)
        : sync === 'device_only'
          ? t(text.deviceOnly)
          : sync === 'offline' || !online
            ? t(text.syncOffline)
            : '';
  const progress = (
    <div class="progress">
      <p id="progress-label">{isReview ? t(text.reviewProgress) : fill(t(text.progress), { n: step, total: sections.length })}</p>
      <progress max={sections.length + 1} value={step} aria-labelledby="progress-label" />
      {/* Polite and persistent, so a screen reader hears the change without losing its place. */}
      <p class={`sync sync-${!online ? 'offline' : sync}`} role="status">
        {isReview ? '' : syncLabel}
      </p>
    </div>
  );

  if (isReview) {
    const missing = sections.flatMap((s) => s.items.filter((i) => i.required && local.answers[i.id] === undefined));
    const busy = submit !== 'idle';
    const submitStatus =
      submit === 'offline' ? t(text.offline) : submit === 'retrying' ? t(text.retrying) : submit === 'sending' ? t(text.sending) : '';
    return (
      <Shell>
        {progress}
        <h1 ref={headingRef} tabIndex={-1}>
          {t(text.reviewTitle)}
        </h1>
        <p>{t(text.reviewIntro)}</p>
        <ul class="review">
          {sections.map((section, index) => {
            const answered = section.items.filter((i) => local.answers[i.id] !== undefined).length;
            return (
              <li key={section.id}>
                <span>
                  {t(section.title)}: {fill(t(text.answeredOf), { n: answered, total: section.items.length })}
                </span>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => goTo(index + 1)}
                  aria-label={`${t(text.change)}: ${t(section.title)}`}
                  disabled={busy}
                >
                  {t(text.change)}
                </button>
              </li>
            );
          })}
        </ul>
        {missing.length > 0 ? <p class="error-text">{fill(t(text.missing), { n: missing.length })}</p> : null}
        <div class={`submit-status${submit === 'offline' || submit === 'retrying' ? ' message' : ''}`} role="status">
          {submitStatus}
        </div>
        <div class="actions">
          <button type="button" class="secondary" onClick={() => goTo(step - 1)} disabled={busy}>
            {t(text.back)}
          </button>
          {/* aria-disabled rather than disabled while busy: the focus stays on the button. */}
          <button
            type="button"
            aria-disabled={busy ? 'true' : undefined}
            onClick={() => {
              if (busy) return;
              if (missing.length > 0) {
                const open = firstOpenStep(sections, local.answers);
                const firstSection = sections[open - 1];
                if (firstSection) {
                  goTo(open);
                  setErrors(
                    Object.fromEntries(
                      firstSection.items.filter((i) => i.required && local.answers[i.id] === undefined).map((i) => [i.id, text.required]),
                    ),
                  );
                }
                return;
              }
              void send(local);
            }}
          >
            {submit === 'idle' ? t(text.submit) : submit === 'offline' ? t(text.waitingButton) : t(text.sending)}
          </button>
        </div>
      </Shell>
    );
  }

  const section = sections[step - 1]!;
  const errorCount = section.items.filter((item) => errors[item.id]).length;
  return (
    <Shell>
      {progress}
      <h1 ref={headingRef} tabIndex={-1}>
        {t(section.title)}
      </h1>
      {restored ? <p class="message">{t(text.restored)}</p> : null}
      <p>{t(section.intro)}</p>
      {errorCount > 0 ? (
        <p class="error-text" role="alert">
          {t(text.errorSummary)}
        </p>
      ) : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (checkSection(section)) goTo(step + 1);
        }}
        noValidate
      >
        {section.items.map((item) => (
          <Question
            key={item.id}
            item={item}
            value={local.answers[item.id]}
            onChange={(v) => answer(item, v)}
            error={errors[item.id] ? t(errors[item.id]!) : undefined}
            otherPartners={context.otherPartners}
          />
        ))}
        <div class="actions">
          <button type="button" class="secondary" onClick={() => goTo(step - 1)}>
            {t(text.back)}
          </button>
          <button type="submit">{t(text.next)}</button>
        </div>
      </form>
    </Shell>
  );
}

function Shell({ children }: { children: ComponentChildren }) {
  return (
    <>
      <TopBar />
      <main class="page respond">{children}</main>
    </>
  );
}

/** A full-page message (closed survey, used or unknown link, fault, thanks); its heading takes the focus. */
function Notice({
  title,
  children,
  tone = 'info',
  headingRef,
}: {
  title: string;
  children?: ComponentChildren;
  tone?: 'info' | 'error';
  headingRef: preact.RefObject<HTMLHeadingElement>;
}) {
  useEffect(() => {
    // Arriving here after an action (a submit, a refused link): start reading at the message.
    if (document.activeElement === document.body || document.activeElement === null) headingRef.current?.focus();
  }, [title]);
  return (
    <Shell>
      <section class={`message message-${tone}`} role={tone === 'error' ? 'alert' : undefined}>
        <h1 ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </section>
    </Shell>
  );
}
