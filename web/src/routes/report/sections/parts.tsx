/**
 * What every report section is built from: the section frame, the one way a section says it has
 * nothing to show, a scroll region a keyboard can reach, the two kinds of table (a chart's data
 * behind a <details>, a table that is the content itself), the "what does this mean?" beside each
 * kind of figure, and the link that jumps to a finding's detail.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { WavesState } from '../change/useWaves';
import { type DetailPart, loadOnOpen, Needs, type ReportDetail } from '../detail';
import { text } from '../text';
import type { PairDetail, PartnerCard } from '../types';
import type { ReportView } from '../view';

/** What a section draws from: the view (of the overview), and the detail read on demand beside it. */
export interface SectionProps {
  readonly view: ReportView;
  readonly detail: ReportDetail;
  /** Reads one pair's comparisons on demand (GET /api/report/pair). */
  readonly loadPair: (a: string, b: string) => Promise<PairDetail>;
  /** Reads one partner's value proposition on demand (GET /api/report/partner). */
  readonly loadCard: (partnerId: string) => Promise<PartnerCard>;
  /** The other waves: the change since an earlier one, and the agreements (change/useWaves.ts). */
  readonly waves: WavesState;
}

/**
 * A report section: an <h2> (the target of the contents list) and its content, labelled by the
 * heading. `print` says which printout it belongs to: the executive report or only the full one.
 */
export function ReportSection({
  id,
  heading,
  kicker,
  print,
  children,
}: {
  id: string;
  heading: string;
  kicker?: string;
  print: 'executive' | 'full';
  children: ComponentChildren;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} class={`report-section print-${print}`}>
      {kicker ? <p class="kicker section-kicker">{kicker}</p> : null}
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

export const Note = ({ children }: { children: ComponentChildren }) => <p class="muted">{children}</p>;

/**
 * A section with nothing to draw says why: the survey did not ask this part (`asked` false), or no
 * figure may be shown (too few partners or responses above the threshold).
 */
export function Empty({ view, asked = true }: { view: ReportView; asked?: boolean }) {
  return <Note>{view.t(asked ? text.nothingShown : text.notInSurvey)}</Note>;
}

/** A region that scrolls sideways on a narrow screen: focusable, so a keyboard can scroll it, and named. */
export function ScrollRegion({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section class="table-scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}

/**
 * Figures on demand: collapsed on screen (behind `label`), open in the full printout. With `needs`,
 * figures the overview does not hold: read when it first opens (see detail.tsx).
 */
export function More({
  label,
  class: className,
  needs,
  children,
}: {
  label: string;
  class?: string;
  needs?: { detail: ReportDetail; parts: readonly DetailPart[] };
  children: ComponentChildren | (() => ComponentChildren);
}) {
  const draw = (): ComponentChildren => (typeof children === 'function' ? (children as () => ComponentChildren)() : children);
  return (
    <details class={`data-table ${className ?? ''}`} onToggle={needs ? loadOnOpen(needs.detail, ...needs.parts) : undefined}>
      <summary>{label}</summary>
      {needs ? (
        <Needs detail={needs.detail} parts={needs.parts}>
          {draw}
        </Needs>
      ) : (
        draw()
      )}
    </details>
  );
}

/** A data table behind a chart, on demand. */
export function DataTable({ view, caption, children }: { view: ReportView; caption: string; children: ComponentChildren }) {
  return (
    <More label={view.t(text.showData)}>
      <ScrollRegion label={caption}>
        <table>
          <caption>{caption}</caption>
          {children}
        </table>
      </ScrollRegion>
    </More>
  );
}

/** A table that is the section's content: scrolls sideways on a narrow screen; its caption is for screen readers. */
export function ContentTable({ caption, class: className, children }: { caption: string; class?: string; children: ComponentChildren }) {
  return (
    <ScrollRegion label={caption}>
      <table class={className}>
        <caption class="visually-hidden">{caption}</caption>
        {children}
      </table>
    </ScrollRegion>
  );
}

/** "Wat betekent dit?": a short explanation beside a kind of figure, open on demand. */
export function Explain({ view, children }: { view: ReportView; children: ComponentChildren }) {
  return (
    <details class="explain">
      <summary>{view.t(text.whatDoesThisMean)}</summary>
      <div class="explain-body">{children}</div>
    </details>
  );
}

/**
 * A link to a finding's detail further down the page. The address's fragment holds the link's
 * secret, so it jumps without changing the address; a collapsed detail is opened first.
 */
export function JumpLink({ target, children, class: className }: { target: string; children: ComponentChildren; class?: string }) {
  const jump = (event: Event) => {
    event.preventDefault();
    const element = document.getElementById(target);
    if (!element) return;
    for (let details = element.closest('details'); details; details = details.parentElement?.closest('details') ?? null)
      details.open = true;
    if (element instanceof HTMLDetailsElement) element.open = true;
    const focusable = element.querySelector<HTMLElement>('h2, h3, summary') ?? element;
    element.scrollIntoView();
    focusable.focus();
  };
  return (
    <a href={`#${target}`} onClick={jump} class={className}>
      {children}
    </a>
  );
}

/**
 * Detail fetched when the reader opens it (a pair's comparisons, a partner's value proposition): a
 * <details> whose content loads on the first opening, says it is loading, and shows the error in
 * words if the fetch fails. `what` names the fetch for the console.
 */
export function OnDemand<T>({
  summary,
  before,
  load,
  loading: loadingWords,
  what,
  children,
}: {
  summary: ComponentChildren;
  before?: ComponentChildren;
  load: () => Promise<T>;
  loading: string;
  what: string;
  children: (loaded: T) => ComponentChildren;
}) {
  const [loaded, setLoaded] = useState<T | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const open = (event: Event) => {
    if (!(event.currentTarget as HTMLDetailsElement).open || loaded || loading) return;
    setLoading(true);
    setFailed(null);
    load()
      .then(setLoaded, (error: unknown) => {
        console.error(`loading ${what} failed`, error);
        setFailed(error instanceof Error ? error.message : String(error));
      })
      .finally(() => setLoading(false));
  };
  return (
    <details onToggle={open}>
      <summary>{summary}</summary>
      {before}
      <div aria-live="polite">
        {loading ? <p aria-busy="true">{loadingWords}</p> : null}
        {failed ? (
          <p class="error-text" role="alert">
            {failed}
          </p>
        ) : null}
        {loaded ? children(loaded) : null}
      </div>
    </details>
  );
}
