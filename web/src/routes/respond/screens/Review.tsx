/** The last step: how many questions each part has answered, a way back to each, and the one submit. */
import type { ComponentChildren, RefObject } from 'preact';
import type { Section } from '../../../../../core/instrument/types';
import { useDocumentTitle } from '../../../lib/hooks';
import { fill, useLanguage } from '../../../lib/i18n';
import type { AnswerMap } from '../storage';
import * as text from '../text';
import type { SubmitState } from '../useSubmit';
import { Shell } from './Shell';

const submitText = { offline: text.offline, retrying: text.retrying, sending: text.sending } as const;

export function Review({
  sections,
  answers,
  submit,
  progress,
  headingRef,
  onChange,
  onBack,
  onSend,
}: {
  sections: readonly Section[];
  answers: AnswerMap;
  submit: SubmitState;
  progress: ComponentChildren;
  headingRef: RefObject<HTMLHeadingElement>;
  /** Back to a section to change its answers. */
  onChange: (section: Section) => void;
  /** Back to the last page. */
  onBack: () => void;
  onSend: () => void;
}) {
  const { t } = useLanguage();
  const title = t(text.reviewTitle);
  useDocumentTitle(title);
  const missing = sections.flatMap((s) => s.items.filter((i) => i.required && answers[i.id] === undefined));
  const busy = submit !== 'idle';
  return (
    <Shell>
      {progress}
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <p>{t(text.reviewIntro)}</p>
      <ul class="review">
        {sections.map((section) => {
          const answered = section.items.filter((i) => answers[i.id] !== undefined).length;
          return (
            <li key={section.id}>
              <span>
                {t(section.title)}: {fill(t(text.answeredOf), { n: answered, total: section.items.length })}
              </span>
              <button
                type="button"
                class="secondary"
                onClick={() => onChange(section)}
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
        {submit === 'idle' ? '' : t(submitText[submit])}
      </div>
      <div class="actions">
        <button type="button" class="secondary" onClick={onBack} disabled={busy}>
          {t(text.back)}
        </button>
        {/* aria-disabled rather than disabled while busy: the focus stays on the button. */}
        <button type="button" aria-disabled={busy ? 'true' : undefined} onClick={() => !busy && onSend()}>
          {submit === 'idle' ? t(text.submit) : submit === 'offline' ? t(text.waitingButton) : t(text.sending)}
        </button>
      </div>
    </Shell>
  );
}
