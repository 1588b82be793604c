/**
 * Which wave the report shows, and the other waves this link may read: the header names the wave
 * ("Meting 2 van 2: Vervolgmeting samenwerking") and offers the others. The wave is in the page's
 * address (`?wave=…`, next to the link's secret in the fragment), so a switch is an ordinary page
 * load and the organiser page can open any wave's report.
 */
import { useState } from 'preact/hooks';
import { useLanguage } from '../../lib/i18n';
import type { Wave } from './types';
import type { ReportView } from './view';

/** The wave asked for in the page's address, if any. */
export function waveFromLocation(): string | undefined {
  return new URLSearchParams(location.search).get('wave') ?? undefined;
}

/** The address of this page showing another wave: the same link (fragment) and language. */
export function waveAddress(waveId: string): string {
  const query = new URLSearchParams(location.search);
  query.set('wave', waveId);
  return `${location.pathname}?${query}${location.hash}`;
}

const text = {
  wave: { nl: 'Meting {n} van {count}', en: 'Wave {n} of {count}' },
  choose: { nl: 'Andere meting', en: 'Other wave' },
  show: { nl: 'Tonen', en: 'Show' },
} as const;

/** When a wave opened (and closed): "mei 2026" or "mei 2026 – juni 2026". */
export function wavePeriod(view: ReportView, wave: Wave): string {
  const [opens, closes] = [view.month(wave.opensOn), wave.closesOn ? view.month(wave.closesOn) : null];
  return closes && closes !== opens ? `${opens} – ${closes}` : opens;
}

/**
 * Which of the waves this link may read the report shows ("Meting 2 van 2"; the header names the
 * survey itself), and a choice of the others. Nothing when the link reads one wave.
 */
export function WaveLine({ view, waves, current }: { view: ReportView; waves: readonly Wave[]; current: string }) {
  const { t } = useLanguage();
  const [chosen, setChosen] = useState(current);
  if (waves.length < 2) return null;
  const index = waves.findIndex((w) => w.id === current);
  return (
    <details class="wave-line no-print">
      <summary>
        <strong>{view.fill(t(text.wave), { n: index + 1, count: waves.length })}</strong> · {t(text.choose)}
      </summary>
      <form
        class="wave-choice"
        onSubmit={(event) => {
          event.preventDefault();
          // A choice takes effect on "show", never on selecting alone (WCAG 3.2.2).
          if (chosen !== current) location.assign(waveAddress(chosen));
        }}
      >
        <label for="wave-choice">{t(text.choose)}</label>
        <select id="wave-choice" value={chosen} onChange={(event) => setChosen(event.currentTarget.value)}>
          {waves.map((w, i) => (
            <option key={w.id} value={w.id}>
              {`${i + 1}. ${w.title} (${wavePeriod(view, w)})`}
            </option>
          ))}
        </select>
        <button type="submit" class="secondary">
          {t(text.show)}
        </button>
      </form>
    </details>
  );
}
