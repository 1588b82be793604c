/** One section of questions, with the errors that keep the respondent here until they are put right. */
import type { ComponentChildren, RefObject } from 'preact';
import type { AnswerValue, Item, Section } from '../../../../../core/instrument/types';
import { useDocumentTitle } from '../../../lib/hooks';
import { fill, useLanguage } from '../../../lib/i18n';
import type { Errors } from '../progress';
import { Question } from '../questions';
import type { AnswerMap } from '../storage';
import { text } from '../text';
import { Shell } from './Shell';

export function SectionStep({
  section,
  step,
  total,
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
  section: Section;
  step: number;
  total: number;
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
  useDocumentTitle(`${fill(t(text.progress), { n: step, total })}: ${t(section.title)}`);
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
          onNext();
        }}
        noValidate
      >
        {section.items.map((item) => (
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
