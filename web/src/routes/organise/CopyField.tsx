/**
 * A link or text to copy, shown whole (a link wraps instead of being cut off), with a copy button
 * and a spoken confirmation.
 */
import { useState } from 'preact/hooks';
import { copyText } from '../../lib/download';
import { useLanguage } from '../../lib/i18n';

const text = {
  copy: { nl: 'Kopiëren', en: 'Copy' },
  copied: { nl: 'Gekopieerd.', en: 'Copied.' },
  notCopied: {
    nl: 'Kopiëren lukte niet: selecteer de tekst en kopieer hem zelf.',
    en: 'Copying failed: select the text and copy it yourself.',
  },
};

/** Numbers the fields of the page, so two with the same label never share an id. */
let fields = 0;

/** `label` names the field for screen readers and the copy button ("Kopiëren: Open link …"). */
export function CopyField({ label, value, multiline = false }: { label: string; value: string; multiline?: boolean }) {
  const { t } = useLanguage();
  const [status, setStatus] = useState('');
  const [id] = useState(() => `copy-${++fields}`);
  return (
    <div class="copy-field">
      <label for={id}>{label}</label>
      <div class="copy-row">
        {multiline ? (
          <textarea id={id} readOnly rows={10} value={value} onFocus={(e) => e.currentTarget.select()} />
        ) : (
          <textarea id={id} readOnly rows={2} value={value} onFocus={(e) => e.currentTarget.select()} class="link-text" />
        )}
        <button
          type="button"
          class="secondary"
          aria-label={`${t(text.copy)}: ${label}`}
          onClick={async () => setStatus(t((await copyText(value)) ? text.copied : text.notCopied))}
        >
          {t(text.copy)}
        </button>
      </div>
      <p class="muted copy-status" role="status">
        {status}
      </p>
    </div>
  );
}
