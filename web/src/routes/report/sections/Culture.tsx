/** Ways of working: each partner's position on every two-pole scale. */
import { text } from '../text';
import { scaleItemsOf, sectionOf } from './figures';
import { Empty, type SectionProps } from './parts';
import { ScaleItems } from './ScaleItems';

export function Culture({ view }: SectionProps) {
  const items = scaleItemsOf(view, 'culture');
  if (items.length === 0) return <Empty view={view} asked={sectionOf(view, 'culture') !== null} />;
  return <ScaleItems view={view} items={items} caption={view.t(text.culture)} />;
}
