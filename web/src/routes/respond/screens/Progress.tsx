/** Which part of the survey this is, and (while answering) where the latest answers are saved. */
import { fill, useLanguage } from '../../../lib/i18n';
import { text } from '../text';
import type { SyncState } from '../useDraftSync';

const syncText = { saving: text.saving, saved: text.saved, device_only: text.deviceOnly, offline: text.syncOffline } as const;

export function Progress({ step, total, sync, online }: { step: number; total: number; sync: SyncState; online: boolean }) {
  const { t } = useLanguage();
  const isReview = step === total + 1;
  const syncLabel = sync === 'idle' ? (online ? '' : t(text.syncOffline)) : t(syncText[sync]);
  return (
    <div class="progress">
      <p id="progress-label">{isReview ? t(text.reviewProgress) : fill(t(text.progress), { n: step, total })}</p>
      <progress max={total + 1} value={step} aria-labelledby="progress-label" />
      {/* Polite and persistent, so a screen reader hears the change without losing its place. */}
      <p class={`sync sync-${!online ? 'offline' : sync}`} role="status">
        {isReview ? '' : syncLabel}
      </p>
    </div>
  );
}
