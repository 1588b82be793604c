/**
 * The end: the answers are in. Through an open link (a device shared by colleagues, say) the next
 * person can start a new response, with nothing of this one left on the device.
 */
import type { RefObject } from 'preact';
import { LANGUAGE_KEY, useLanguage } from '../../../lib/i18n';
import { type DeviceStore, forget } from '../storage';
import * as text from '../text';
import { Notice } from './Shell';

export function Thanks({ headingRef, store, shared }: { headingRef: RefObject<HTMLHeadingElement>; store: DeviceStore; shared: boolean }) {
  const { t } = useLanguage();
  return (
    <Notice headingRef={headingRef} title={t(text.thanksTitle)}>
      <p>{t(text.thanksBody)}</p>
      {shared ? (
        <>
          <p>{t(text.nextPerson)}</p>
          <button
            type="button"
            onClick={() => {
              // The state of this response and the language chosen go; the page starts as new, for anyone.
              store.forget();
              forget(LANGUAGE_KEY);
              location.reload();
            }}
          >
            {t(text.startNew)}
          </button>
        </>
      ) : null}
    </Notice>
  );
}
