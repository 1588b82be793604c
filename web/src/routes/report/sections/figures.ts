/** Finding items in the model, for the sections that list them. */
import type { ScaleItemReport, SectionId } from '../types';
import type { ReportView } from '../view';

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
