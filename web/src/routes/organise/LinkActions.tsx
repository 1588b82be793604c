/**
 * The buttons of a live link in a list: revoke it, and re-issue (replace) it, each asking first and
 * named with the link it acts on so a screen reader says which.
 */
import { fill, type Localized, useLanguage } from '../../lib/i18n';

const text = {
  revoke: { nl: 'Intrekken', en: 'Revoke' },
  revokeName: { nl: 'Intrekken: {what}', en: 'Revoke: {what}' },
};

export function LinkActions(props: {
  /** The link in words ("Open link respondenten, Gemeente Rivierstad, poster"). */
  what: string;
  confirmRevoke: string;
  revoke: () => void;
  /** Re-issuing, when the link may be renewed: the button's word and its action (which asks itself). */
  reissue?: { readonly label: Localized; readonly run: () => void };
}) {
  const { t } = useLanguage();
  return (
    <td class="row-actions">
      <button
        type="button"
        class="secondary small-button"
        aria-label={fill(t(text.revokeName), { what: props.what })}
        onClick={() => confirm(props.confirmRevoke) && props.revoke()}
      >
        {t(text.revoke)}
      </button>
      {props.reissue ? (
        <button
          type="button"
          class="secondary small-button"
          aria-label={`${t(props.reissue.label)}: ${props.what}`}
          onClick={props.reissue.run}
        >
          {t(props.reissue.label)}
        </button>
      ) : null}
    </td>
  );
}
