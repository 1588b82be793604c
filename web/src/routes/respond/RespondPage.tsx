/**
 * The respondent's survey: intro → one section at a time → review → submit → thank you.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Instrument, Item, Section } from '../../../../worker/instrument/types';
import { Message } from '../../components/Message';
import { TopBar } from '../../components/TopBar';
import { apiClient, readError, secretFromLocation } from '../../lib/api';
import { fill, useLanguage } from '../../lib/i18n';
import { Question } from './questions';
import { type AnswerMap, backOff, deviceStore, type DeviceStore, type LocalRespondent, newSubmissionId, whenOnline } from './storage';
import { text } from './text';
import './respond.css';

type Api = ReturnType<typeof apiClient>;
type Context = Extract<Awaited<ReturnType<Awaited<ReturnType<Api['respond']['$get']>>['json']>>, { state: string }>;

type Phase =
  | { kind: 'loading' }
  | { kind: 'unknown_link' }
  | { kind: 'failed' }
  | { kind: 'ready' }
  | { kind: 'done' };

type SyncState = 'idle' | 'saving' | 'saved' | 'device_only';
type SubmitState = 'idle' | 'sending' | 'waiting' | 'failed';

export default function RespondPage() {
  const { language, t } = useLanguage();
  const secret = useMemo(secretFromLocation, []);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [context, setContext] = useState<Context | null>(null);
  const [instrument, setInstrument] = useState<Instrument | null>(null);
  const [local, setLocal] = useState<LocalRespondent | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sync, setSync] = useState<SyncState>('idle');
  const [submit, setSubmit] = useState<SubmitState>('idle');
  const store = useRef<DeviceStore | null>(null);
  const languageRef = useRef(language);
  languageRef.current = language;
  const headingRef = useRef<HTMLHeadingElement>(null);

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
        const inst = await api.instrument[':version'].$get({ param: { version: String(ctx.survey.instrumentVersion) } });
        if (!inst.ok) throw new Error(`instrument: HTTP ${inst.status}`);
        loaded = { context: ctx, instrument: (await inst.json()) as unknown as Instrument };
        device.saveContext(loaded);
      } catch (error) {
        console.warn('loading the survey from the server failed; trying this device', error);
        loaded = device.loadContext<{ context: Context; instrument: Instrument }>();
        if (!loaded) return setPhase({ kind: 'failed' });
      }
      let state = device.load();
      if (!state) {
        state = { submissionId: newSubmissionId(), answers: {}, step: 0, pendingSubmit: false, submitted: false };
        // A single-use link may have been started on another device: pick up its draft.
        if (loaded.context.singleUse) {
          try {
            const res = await api.respond.draft.$get({ query: { submissionId: state.submissionId } });
            if (res.ok) {
              const { draft } = await res.json();
              if (draft) state = { ...state, submissionId: draft.submissionId, answers: draft.answers as AnswerMap, step: 1 };
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

  // Background draft save: shortly after the last change, with retries while offline.
  const pendingDraft = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!local || !secret || local.submitted || local.pendingSubmit || Object.keys(local.answers).length === 0) return;
    window.clearTimeout(pendingDraft.current);
    pendingDraft.current = window.setTimeout(() => void saveDraft(local), 800);
    return () => window.clearTimeout(pendingDraft.current);
  }, [local?.answers]);

  async function saveDraft(state: LocalRespondent, attempt = 0): Promise<void> {
    setSync('saving');
    try {
      const res = await apiClient(secret, languageRef.current).respond.draft.$put({ json: { submissionId: state.submissionId, language: languageRef.current, answers: state.answers } });
      if (res.ok) return setSync('saved');
      const error = await readError(res);
      console.warn('draft not saved on the server', error.code);
      setSync('device_only');
    } catch {
      setSync('device_only');
      await whenOnline();
      if (attempt < 5) {
        await backOff(attempt);
        const latest = store.current?.load();
        if (latest && !latest.submitted) return saveDraft(latest, attempt + 1);
      }
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
    window.scrollTo(0, 0);
    // Move focus to the new heading so keyboard and screen-reader users start at the top.
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  /** Checks the required questions of a section before moving on; returns whether all is well. */
  function checkSection(section: Section): boolean {
    if (!local) return false;
    const found: Record<string, string> = {};
    for (const item of section.items) {
      const value = local.answers[item.id];
      if (item.required && value === undefined) found[item.id] = t(text.required);
      if (item.format === 'allocation' && value !== undefined) {
        const sum = Object.values(value as Record<string, number>).reduce((a, b) => a + b, 0);
        if (sum !== item.total) found[item.id] = fill(t(text.sumNot100), { n: sum });
      }
    }
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) requestAnimationFrame(() => document.getElementById(`q-${first}`)?.querySelector<HTMLElement>('input, textarea, button')?.focus());
    return !first;
  }

  async function send(state: LocalRespondent) {
    update({ pendingSubmit: true });
    setSubmit('sending');
    for (let attempt = 0; ; attempt++) {
      if (!navigator.onLine) {
        setSubmit('waiting');
        await whenOnline();
        setSubmit('sending');
      }
      try {
        const res = await apiClient(secret, languageRef.current).respond.submit.$post({ json: { submissionId: state.submissionId, language: languageRef.current, answers: state.answers } });
        if (res.ok) {
          update({ pendingSubmit: false, submitted: true, answers: {} });
          setSubmit('idle');
          return setPhase({ kind: 'done' });
        }
        const error = await readError(res);
        const status: number = res.status;
        if (status === 409 || status === 400 || status === 404) {
          update({ pendingSubmit: false });
          setSubmit('idle');
          if (error.code === 'link_used') return setContext((c) => (c ? { ...c, state: 'used' } : c));
          if (error.code === 'survey_closed') return setContext((c) => (c ? { ...c, state: 'closed' } : c));
          if (error.code === 'link_full') return setContext((c) => (c ? { ...c, state: 'full' } : c));
          if (status === 404) return setPhase({ kind: 'unknown_link' });
          const byItem = Object.fromEntries((error.issues ?? []).map((i) => [i.itemId, i.message]));
          setErrors(byItem);
          const firstSection = sections.findIndex((s) => s.items.some((item) => byItem[item.id]));
          return goTo(firstSection >= 0 ? firstSection + 1 : sections.length + 1);
        }
        console.warn('submit refused for now, retrying', res.status, error.code);
      } catch (error) {
        console.warn('submit did not reach the server, retrying', error);
      }
      setSubmit('waiting');
      await backOff(attempt);
      setSubmit('sending');
    }
  }

  // A submit that was still on its way when the page closed is sent again.
  useEffect(() => {
    if (phase.kind === 'ready' && local?.pendingSubmit && submit === 'idle') void send(local);
  }, [phase.kind]);

  if (phase.kind === 'loading') return <Shell><p aria-busy="true">{t(text.loading)}</p></Shell>;
  if (phase.kind === 'unknown_link') return <Shell><Message title={t(text.unknownTitle)} tone="error"><p>{t(text.unknownBody)}</p></Message></Shell>;
  if (phase.kind === 'failed') return <Shell><Message title={t(text.failedTitle)} tone="error"><p>{t(text.failedBody)}</p><button type="button" onClick={() => location.reload()}>{t(text.tryAgain)}</button></Message></Shell>;
  if (phase.kind === 'done') return <Shell><Message title={t(text.thanksTitle)}><p>{t(text.thanksBody)}</p></Message></Shell>;
  if (!context || !local) return null;
  if (context.state === 'used') return <Shell><Message title={t(text.usedTitle)}><p>{t(text.usedBody)}</p></Message></Shell>;
  if (context.state === 'closed') return <Shell><Message title={t(text.closedTitle)}><p>{t(text.closedBody)}</p></Message></Shell>;
  if (context.state === 'full') return <Shell><Message title={t(text.fullTitle)}><p>{t(text.fullBody)}</p></Message></Shell>;

  const step = Math.min(local.step, sections.length + 1);
  const minutes = sections.reduce((sum, s) => sum + s.minutes, 0);

  if (step === 0) {
    return (
      <Shell>
        <h1 ref={headingRef} tabIndex={-1}>{context.partnership.name}</h1>
        <p>{fill(t(text.introFor), { partner: context.partner.name })}</p>
        <p>{fill(t(text.introWhy), { challenge: context.partnership.challenge })}</p>
        <p>{fill(t(text.introTime), { minutes, sections: sections.length })}</p>
        <section class="promise" aria-labelledby="promise-title">
          <h2 id="promise-title">{t(text.promiseTitle)}</h2>
          {context.partner.shownAsOrganisation ? (
            <p><strong>{fill(t(text.promiseOrganisation), { partner: context.partner.name })}</strong></p>
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
          <button type="button" onClick={() => goTo(1)}>{Object.keys(local.answers).length > 0 ? t(text.resume) : t(text.start)}</button>
        </div>
      </Shell>
    );
  }

  const progress = (
    <div class="progress">
      <p id="progress-label">{fill(t(text.progress), { n: Math.min(step, sections.length), total: sections.length })}</p>
      <progress max={sections.length + 1} value={step} aria-labelledby="progress-label" />
      <SyncBadge sync={sync} submit={submit} />
    </div>
  );

  if (step === sections.length + 1) {
    const missing = sections.flatMap((s) => s.items.filter((i) => i.required && local.answers[i.id] === undefined));
    return (
      <Shell>
        {progress}
        <h1 ref={headingRef} tabIndex={-1}>{t(text.reviewTitle)}</h1>
        <ul class="review">
          {sections.map((section, index) => {
            const answered = section.items.filter((i) => local.answers[i.id] !== undefined).length;
            return (
              <li key={section.id}>
                <span>{t(section.title)}: {fill(t(text.answeredOf), { n: answered, total: section.items.length })}</span>
                <button type="button" class="secondary" onClick={() => goTo(index + 1)} aria-label={`${t(text.change)}: ${t(section.title)}`}>{t(text.change)}</button>
              </li>
            );
          })}
        </ul>
        {missing.length > 0 ? <p class="error-text" role="alert">{fill(t(text.missing), { n: missing.length })}</p> : null}
        {submit === 'waiting' ? <p role="status" class="message">{t(text.waiting)}</p> : null}
        <div class="actions">
          <button type="button" class="secondary" onClick={() => goTo(step - 1)}>{t(text.back)}</button>
          <button type="button" disabled={missing.length > 0 || submit !== 'idle'} onClick={() => void send(local)}>
            {submit === 'idle' ? t(text.submit) : t(text.sending)}
          </button>
        </div>
      </Shell>
    );
  }

  const section = sections[step - 1]!;
  return (
    <Shell>
      {progress}
      <h1 ref={headingRef} tabIndex={-1}>{t(section.title)}</h1>
      <p>{t(section.intro)}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (checkSection(section)) goTo(step + 1);
        }}
        noValidate
      >
        {section.items.map((item) => (
          <Question key={item.id} item={item} value={local.answers[item.id]} onChange={(v) => answer(item, v)} error={errors[item.id]} otherPartners={context.otherPartners} />
        ))}
        <div class="actions">
          <button type="button" class="secondary" onClick={() => goTo(step - 1)}>{t(text.back)}</button>
          <button type="submit">{t(text.next)}</button>
        </div>
      </form>
    </Shell>
  );
}

function Shell({ children }: { children: preact.ComponentChildren }) {
  return (
    <>
      <TopBar />
      <main class="page respond">{children}</main>
    </>
  );
}

function SyncBadge({ sync, submit }: { sync: SyncState; submit: SubmitState }) {
  const { t } = useLanguage();
  const label = submit === 'waiting' ? t(text.waiting) : sync === 'saving' ? t(text.saving) : sync === 'saved' ? t(text.saved) : sync === 'device_only' ? t(text.deviceOnly) : '';
  return (
    <p class={`sync sync-${submit === 'waiting' ? 'device_only' : sync}`} role="status" aria-live="polite">
      {label}
    </p>
  );
}
