/**
 * The organiser's forms validate with the API's own request schemas (core/schemas) before sending:
 * a problem is shown next to its field, in the reader's language, worded exactly as the Worker
 * would word it (core/schemas/messages.ts). Nothing is sent while a field is wrong.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import * as v from 'valibot';
import { type FieldIssue, fieldIssues, issuesText, issueText } from '../../../core/schemas/messages';
import { useLanguage } from './i18n';

/** What a field needs to show its problem: `aria-invalid` and the ids of the texts it is described by. */
export interface FieldState {
  readonly 'aria-invalid'?: true;
  readonly 'aria-describedby'?: string;
}

const messageId = (id: string) => `${id}-error`;

/**
 * One form's problems. `check` validates a body against a schema (true when nothing is wrong);
 * otherwise each problem appears next to its field (`field`, `error`) and focus moves to the first
 * one, so a screen reader reads the field with its problem. Problems with no field of their own
 * (a rule about the whole form) are announced by `summary`.
 */
export function useFormCheck() {
  const { language } = useLanguage();
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  /** Schema path → element id, as the form's fields render. */
  const fields = useRef(new Map<string, string>());
  const focusPending = useRef(false);

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const id = issues.map((issue) => fields.current.get(issue.path)).find((found) => found !== undefined);
    // A group of checkboxes has no single element: its message takes the focus instead.
    if (id) (document.getElementById(id) ?? document.getElementById(messageId(id)))?.focus();
  }, [issues]);

  function check<Schema extends v.GenericSchema>(schema: Schema, body: v.InferInput<Schema>): boolean {
    const found = fieldIssues(v.safeParse(schema, body).issues ?? []);
    focusPending.current = found.length > 0;
    setIssues(found);
    return found.length === 0;
  }

  const issueAt = (path: string) => issues.find((issue) => issue.path === path);

  /** The state of the field at schema `path` whose element is `id`; `help` is the id of a help text it is also described by. */
  function field(path: string, id: string, help?: string): FieldState {
    fields.current.set(path, id);
    const ids = [help, issueAt(path) ? messageId(id) : undefined].filter(Boolean).join(' ');
    return { ...(issueAt(path) ? { 'aria-invalid': true } : {}), ...(ids ? { 'aria-describedby': ids } : {}) };
  }

  /** The problem with the field at `path`, to place after it; null when there is none. */
  function error(path: string, id: string) {
    const issue = issueAt(path);
    return issue ? (
      <p class="field-error" id={messageId(id)} tabIndex={-1}>
        {issueText(issue, language)}
      </p>
    ) : null;
  }

  const unplaced = issues.filter((issue) => !fields.current.has(issue.path));
  /** The problems no field shows, announced as they appear; null when there are none. */
  const summary =
    unplaced.length > 0 ? (
      <p class="error-text" role="alert">
        {issuesText(unplaced, language)}
      </p>
    ) : null;

  return { check, field, error, summary };
}

export type FormCheck = ReturnType<typeof useFormCheck>;
