/**
 * Agreements beside a finding: each one as a sentence (what, who, by when); for a lead or organiser
 * link, a form to record one on the finding, and to change or remove those of this wave. The form
 * validates with the API's own schema before sending (core/schemas/agreements.ts).
 */
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { AgreementSchema } from '../../../../../core/schemas/agreements';
import { fieldNames } from '../../../../../core/schemas/fields';
import { useFormCheck } from '../../../lib/validation';
import { agreementSentence } from '../sentences/change';
import type { Agreement } from '../types';
import type { ReportView } from '../view';
import { agreementText, changeText } from './text';
import type { AgreementDraft, WavesState } from './useWaves';

type Finding = Agreement['finding'];

/** The agreements on a finding, among those given. */
export const agreementsOn = (agreements: readonly Agreement[], finding: Finding) =>
  agreements.filter((a) => a.finding.kind === finding.kind && a.finding.key === finding.key);

/** What, who and by when: the form's fields, as the schema names them. */
const fields = [
  { path: 'action', type: 'textarea', maxLength: 500 },
  { path: 'owner', type: 'text', maxLength: 120 },
  { path: 'dueOn', type: 'date', maxLength: undefined },
] as const;

/** A form for what, who and by when; `existing` to change one. */
function AgreementForm(props: {
  view: ReportView;
  waves: WavesState;
  finding: Finding;
  existing?: Agreement;
  done: () => void;
  idPrefix: string;
}) {
  const { view, waves, finding, existing, idPrefix } = props;
  const { t } = view;
  const [draft, setDraft] = useState({ action: existing?.action ?? '', owner: existing?.owner ?? '', dueOn: existing?.dueOn ?? '' });
  const [failed, setFailed] = useState<string | null>(null);
  const form = useFormCheck();
  const id = (field: string) => `${idPrefix}-${field}`;
  const submit = async (event: Event) => {
    event.preventDefault();
    const body: AgreementDraft = { finding, ...draft };
    if (!form.check(AgreementSchema, body)) return;
    const problem = await waves.saveAgreement(body, existing?.id);
    setFailed(problem);
    if (problem) return;
    if (!existing) setDraft({ action: '', owner: '', dueOn: '' });
    props.done();
  };
  return (
    <form class="agreement-form no-print" noValidate onSubmit={submit}>
      {fields.map(({ path, maxLength, type }) => {
        const fieldId = id(path);
        const common = {
          id: fieldId,
          value: draft[path],
          ...form.field(path, fieldId),
          onInput: (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [path]: e.currentTarget.value }),
        };
        return (
          <Fragment key={path}>
            <label for={fieldId}>{t(fieldNames[path])}</label>
            {type === 'textarea' ? (
              <textarea rows={2} maxLength={maxLength} {...common} />
            ) : (
              <input type={type} maxLength={maxLength} {...common} />
            )}
            {form.error(path, fieldId)}
          </Fragment>
        );
      })}
      {form.summary}
      {failed ? (
        <p class="error-text" role="alert">
          {failed}
        </p>
      ) : null}
      <p class="agreement-actions">
        <button type="submit">{t(agreementText.save)}</button>{' '}
        {existing ? (
          <button type="button" class="secondary" onClick={props.done}>
            {t(agreementText.cancel)}
          </button>
        ) : null}
      </p>
    </form>
  );
}

/** One agreement, with "change" and "remove" for a link that records agreements on this wave. */
function AgreementItem({
  view,
  waves,
  agreement,
  editable,
}: {
  view: ReportView;
  waves: WavesState;
  agreement: Agreement;
  editable: boolean;
}) {
  const { t } = view;
  const [editing, setEditing] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const what = agreement.action.length > 40 ? `${agreement.action.slice(0, 40)}…` : agreement.action;
  if (editing) {
    return (
      <li>
        <AgreementForm
          view={view}
          waves={waves}
          finding={agreement.finding}
          existing={agreement}
          done={() => setEditing(false)}
          idPrefix={`edit-${agreement.id}`}
        />
      </li>
    );
  }
  return (
    <li>
      {agreementSentence(view, agreement)}
      {editable ? (
        <span class="agreement-actions no-print">
          {' '}
          <button
            type="button"
            class="secondary small-button"
            aria-label={view.fill(t(agreementText.changeName), { what })}
            onClick={() => setEditing(true)}
          >
            {t(agreementText.change)}
          </button>{' '}
          <button
            type="button"
            class="secondary small-button"
            aria-label={view.fill(t(agreementText.removeName), { what })}
            onClick={async () => {
              if (confirm(t(agreementText.confirmRemove))) setFailed(await waves.removeAgreement(agreement.id));
            }}
          >
            {t(agreementText.remove)}
          </button>
        </span>
      ) : null}
      {failed ? (
        <span class="error-text" role="alert">
          {' '}
          {failed}
        </span>
      ) : null}
    </li>
  );
}

/**
 * The agreements made on a finding: those of the wave before (`previous`, read-only: what the
 * partners set out to change) or of this wave, with a form to add one when the link records them.
 */
export function FindingAgreements(props: { view: ReportView; waves: WavesState; finding: Finding; previous?: boolean }) {
  const { view, waves, finding, previous = false } = props;
  const source = previous ? waves.agreements?.previous?.agreements : waves.agreements?.agreements;
  const list = agreementsOn(source ?? [], finding);
  const editable = !previous && waves.recordsAgreements;
  if (list.length === 0 && !editable) return null;
  const prefix = `agreement-${finding.kind}-${finding.key}`.replace(/[^A-Za-z0-9_-]/g, '-');
  return (
    <div class="agreements">
      {list.length > 0 ? (
        <>
          <p class="agreements-label">
            <strong>{view.t(previous ? changeText.agreedThen : agreementText.agreed)}</strong>
          </p>
          <ul>
            {list.map((agreement) => (
              <AgreementItem key={agreement.id} view={view} waves={waves} agreement={agreement} editable={editable} />
            ))}
          </ul>
        </>
      ) : null}
      {editable ? (
        <details class="no-print">
          <summary>{view.t(agreementText.record)}</summary>
          <AgreementForm view={view} waves={waves} finding={finding} done={() => {}} idPrefix={prefix} />
        </details>
      ) : null}
    </div>
  );
}
