/** Where the respondent is (the part, the page within a long part, a bar for the whole survey) and where the latest answers are saved. */
import type { Localized } from '../../../../../core/instrument/types';
import { fill, useLanguage } from '../../../lib/i18n';
import type { Page } from '../progress';
import * as text from '../text';
import type { SyncState } from '../useDraftSync';

const syncText = { saving: text.saving, saved: text.saved, device_only: text.deviceOnly, offline: text.syncOffline } as const;

/** "Part 4 of 10" and, in a part of several pages, "page 2 of 4": the page's place, in words. */
export function placeOf(page: Page, sections: number, t: (text: Localized) => string): string {
  const part = fill(t(text.progress), { n: page.sectionIndex + 1, total: sections });
  return page.pages > 1 ? `${part}, ${fill(t(text.pageOf), { n: page.page, total: page.pages })}` : part;
}

export function Progress({ step, pages, sync, online }: { step: number; pages: readonly Page[]; sync: SyncState; online: boolean }) {
  const { t } = useLanguage();
  const page = pages[step - 1];
  const sections = pages.at(-1)!.sectionIndex + 1;
  const place = page ? placeOf(page, sections, t) : t(text.reviewProgress);
  const syncLabel = sync === 'idle' ? (online ? '' : t(text.syncOffline)) : t(syncText[sync]);
  return (
    <div class="progress">
      <p id="progress-label">{place}</p>
      <progress max={pages.length + 1} value={step} aria-labelledby="progress-label" />
      {/* Polite and persistent, so a screen reader hears the change without losing its place. */}
      <p class={`sync sync-${!online ? 'offline' : sync}`} role="status">
        {page ? syncLabel : ''}
      </p>
    </div>
  );
}
