/** Finding items in the report's figures (GET /api/report/figures), for the sections that list them. */
import type { Figures, ScaleItemReport, SectionId } from '../types';

/** The figures of one instrument section; null when the survey did not ask it. */
export function sectionOf(figures: Figures, sectionId: SectionId) {
  return figures.sections.find((s) => s.sectionId === sectionId) ?? null;
}

/** One scale item's figures, wherever in the model it is. */
export function scaleItem(figures: Figures, itemId: string): ScaleItemReport | null {
  for (const section of figures.sections) {
    const found = section.items.find((i) => i.itemId === itemId);
    if (found?.kind === 'scale') return found;
  }
  return null;
}

/** A section's scale items that have at least one shown partner's figures. */
export function scaleItemsOf(figures: Figures, sectionId: SectionId): ScaleItemReport[] {
  return (sectionOf(figures, sectionId)?.items ?? []).filter((i): i is ScaleItemReport => i.kind === 'scale' && i.byPartner.length > 0);
}
