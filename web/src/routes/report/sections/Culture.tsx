/** Ways of working: each partner's position on every two-pole scale. */
import { text } from '../text';
import { scaleItemsOf, sectionOf } from './figures';
import { Empty, type SectionProps } from './parts';
import { ScaleItems } from './ScaleItems';

export function Culture({ view, detail }: SectionProps) {
  // Read before this appendix is drawn (SECTIONS: needs).
  if (!detail.figures) return null;
  const items = scaleItemsOf(detail.figures, 'culture');
  if (items.length === 0) return <Empty view={view} asked={sectionOf(detail.figures, 'culture') !== null} />;
  return <ScaleItems view={view} items={items} caption={view.t(text.culture)} />;
}
