/**
 * What every report section is built from: the section frame, the one way a section says it has
 * nothing to show, and the two kinds of table (a chart's data behind a <details>, a table that is
 * the content itself).
 */
import type { ComponentChildren } from 'preact';
import { text } from '../text';
import type { BreakdownsResponse, CommentsResponse } from '../types';
import type { ReportView } from '../view';

/** What a section draws from: the view, and the parts fetched beside the model (null when the survey did not ask them). */
export interface SectionProps {
  readonly view: ReportView;
  readonly comments: CommentsResponse['comments'] | null;
  readonly breakdowns: readonly BreakdownsResponse['breakdowns'][] | null;
}

/** A report section: an <h2> (the target of the contents list) and its content, labelled by the heading. */
export function ReportSection({ id, heading, children }: { id: string; heading: string; children: ComponentChildren }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} class="report-section">
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

/** A data table behind a chart: collapsed on screen, opened for print. */
export function DataTable({ view, caption, children }: { view: ReportView; caption: string; children: ComponentChildren }) {
  return (
    <details class="data-table">
      <summary>{view.t(text.showData)}</summary>
      <div class="table-scroll">
        <table>
          <caption>{caption}</caption>
          {children}
        </table>
      </div>
    </details>
  );
}

/** A table that is the section's content: scrolls sideways on a narrow screen; its caption is for screen readers. */
export function ContentTable({ caption, class: className, children }: { caption: string; class?: string; children: ComponentChildren }) {
  return (
    <div class="table-scroll">
      <table class={className}>
        <caption class="visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
