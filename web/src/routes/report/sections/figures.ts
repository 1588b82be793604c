/**
 * Finding items in the model and saying their figures in words, for the sections that list them.
 */
import { text } from '../text';
import type { Interval, ScaleItemReport, ScaleSummary, SectionId } from '../types';
import type { ReportView } from '../view';

/** "2,64 (1,98–3,31)" — a mean and its interval; "no figure" without a mean. */
export function meanWithInterval(view: ReportView, mean: number | null, ci95: Interval | null): string {
  if (mean === null) return view.t(text.noFigure);
  return ci95 ? `${view.number(mean)} (${view.number(ci95[0])}–${view.number(ci95[1])})` : view.number(mean);
}

/** The model's part for one instrument section; null when the survey did not ask it. */
export function sectionOf(view: ReportView, sectionId: SectionId) {
  return view.report.sections.find((s) => s.sectionId === sectionId) ?? null;
}

/** One scale item's figures, wherever in the model it is. */
export function scaleItem(view: ReportView, itemId: string): ScaleItemReport | null {
  for (const section of view.report.sections) {
    const found = section.items.find((i) => i.itemId === itemId);
    if (found?.kind === 'scale') return found;
  }
  return null;
}

/** A section's scale items that have at least one shown partner's figures. */
export function scaleItemsOf(view: ReportView, sectionId: SectionId): ScaleItemReport[] {
  return (sectionOf(view, sectionId)?.items ?? []).filter((i): i is ScaleItemReport => i.kind === 'scale' && i.byPartner.length > 0);
}

/** "A: 2,64 (verdeeld); B: 4,27" — the partners' means on one scale, in words. */
export function positionsInWords(view: ReportView, byPartner: readonly ScaleSummary[]): string {
  return byPartner
    .filter((s) => s.mean !== null)
    .map((s) => `${view.partner(s.partnerId).name}: ${view.number(s.mean!)}${s.divided ? ` (${view.t(text.divided)})` : ''}`)
    .join('; ');
}

/** A partner's figures on one item, for the lists: n, mean and interval. */
export function figuresLine(view: ReportView, summary: ScaleSummary): string {
  const name = view.partnerName(summary.partnerId);
  if (summary.mean === null) return `${name}: ${view.t(text.noFigure)}`;
  if (!summary.ci95) return view.fill(view.t(text.figuresShort), { partner: name, n: summary.n, mean: view.number(summary.mean) });
  return view.fill(view.t(text.figuresOf), {
    partner: name,
    n: summary.n,
    mean: view.number(summary.mean),
    low: view.number(summary.ci95[0]),
    high: view.number(summary.ci95[1]),
  });
}
