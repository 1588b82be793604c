/** Values: how important each value is to each partner, on a five-point scale. */
import { text } from '../text';
import { scaleItemsOf, sectionOf } from './figures';
import { Empty, type SectionProps } from './parts';
import { ScaleItems } from './ScaleItems';

export function Values({ view }: SectionProps) {
  const items = scaleItemsOf(view, 'values');
  if (items.length === 0) return <Empty view={view} asked={sectionOf(view, 'values') !== null} />;
  return <ScaleItems view={view} items={items} caption={view.t(text.values)} />;
}
