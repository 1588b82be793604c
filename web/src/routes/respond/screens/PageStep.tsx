/** One page of questions (a section, or a part of a long one), with the errors that keep the respondent here until they are put right. */
import type { ComponentChildren, RefObject } from 'preact';
import type { AnswerValue, Item } from '../../../../../core/instrument/types';
import { useDocumentTitle } from '../../../lib/hooks';
import { useLanguage } from '../../../lib/i18n';
import type { Errors, Page } from '../progress';
import { Question } from '../questions';
import type { AnswerMap } from '../storage';
import * as text from '../text';
import { placeOf } from './Progress';
import { Shell } from './Shell';

export function PageStep({
  page,
  sections,
  answers,
  errors,
  restored,
  otherPartners,
  progress,
  headingRef,
  onAnswer,
  onNext,
  onBack,
}: {
  page: Page;
  /** How many sections the survey has. */
  sections: number;
  answers: AnswerMap;
  errors: Errors;
  /** The answers were just fetched from the server's draft: say so. */
  restored: boolean;
  otherPartners: readonly { id: string; name: string }[];
  progress: ComponentChildren;
  headingRef: RefObject<HTMLHeadingElement>;
  onAnswer: (item: Item, value: AnswerValue | undefined) => void;
  onNext: () => void;
  onBack: () => void;
}) {
  const { t } = useLanguage();
  const { section, items } = page;
  useDocumentTitle(`${placeOf(page, sections, t)}: ${t(section.title)}`);
  const errorCount = items.filter((item) => errors[item.id]).length;
  return (
    <Shell>
      {progress}
      {/* The heading takes the focus on every new page; its description says which part and page it is. */}
      <h1 ref={headingRef} tabIndex={-1} aria-describedby="progress-label">
        {t(section.title)}
      </h1>
      {restored ? <p class="message">{t(text.restored)}</p> : null}
      {/* The part's introduction once, on its first page. */}
      {page.page === 1 ? <p>{t(section.intro)}</p> : null}
      {errorCount > 0 ? (
        <p class="error-text" role="alert">
          {t(text.errorSummary)}
        </p>
      ) : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onNext();
        }}
        noValidate
      >
        {items.map((item) => (
          <Question
            key={item.id}
            item={item}
            value={answers[item.id]}
            onChange={(v) => onAnswer(item, v)}
            error={errors[item.id] ? t(errors[item.id]!) : undefined}
            otherPartners={otherPartners}
          />
        ))}
        <div class="actions">
          <button type="button" class="secondary" onClick={onBack}>
            {t(text.back)}
          </button>
          <button type="submit">{t(text.next)}</button>
        </div>
      </form>
    </Shell>
  );
}
