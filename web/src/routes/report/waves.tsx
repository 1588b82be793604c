/**
 * Which wave the report shows, and the other waves this link may read: the header names the survey,
 * says which of the waves it is ("Meting 2 van 2") and offers the others. The wave is in the page's
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
 * A choice of waves: a select and a button. The choice takes effect on the button, never on
 * selecting alone (WCAG 3.2.2).
 */
export function WaveChoice(props: {
  view: ReportView;
  id: string;
  label: string;
  button: string;
  waves: readonly Wave[];
  current: string;
  /** Numbered (1., 2., …) when the list is every wave of the partnership. */
  numbered?: boolean;
  choose: (waveId: string) => void;
}) {
  const { view, waves } = props;
  const [chosen, setChosen] = useState(props.current);
  return (
    <form
      class="wave-choice"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen !== props.current) props.choose(chosen);
      }}
    >
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={chosen} onChange={(event) => setChosen(event.currentTarget.value)}>
        {waves.map((w, i) => (
          <option key={w.id} value={w.id}>
            {`${props.numbered ? `${i + 1}. ` : ''}${w.title} (${wavePeriod(view, w)})`}
          </option>
        ))}
      </select>
      <button type="submit" class="secondary">
        {props.button}
      </button>
    </form>
  );
}

/**
 * Which wave the report shows ("Meting 2 van 2", after the line that says which release it is),
 * opening on a choice of the others this link may read. Nothing when it reads one wave (the header
 * names it).
 */
export function OtherWaves({ view, waves, current }: { view: ReportView; waves: readonly Wave[]; current: string }) {
  const { t } = useLanguage();
  if (waves.length < 2) return null;
  return (
    <details class="other-waves">
      <summary>{view.fill(t(text.wave), { n: waves.findIndex((w) => w.id === current) + 1, count: waves.length })}</summary>
      <WaveChoice
        view={view}
        id="wave-choice"
        label={t(text.choose)}
        button={t(text.show)}
        waves={waves}
        current={current}
        numbered
        choose={(waveId) => location.assign(waveAddress(waveId))}
      />
    </details>
  );
}
