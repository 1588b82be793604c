/** Organisational culture: each partner's position on every bipolar scale. */
import { text } from '../text';
import { scaleItemsOf, sectionOf } from './figures';
import { Empty, type SectionProps } from './parts';
import { ScaleItems } from './ScaleItems';

export function Culture({ view }: SectionProps) {
  const items = scaleItemsOf(view, 'culture');
  return (
    <>
      <p>{view.t(text.cultureLead)}</p>
      {items.length === 0 ? (
        <Empty view={view} asked={sectionOf(view, 'culture') !== null} />
      ) : (
        <ScaleItems view={view} items={items} points={7} caption={view.t(text.culture)} />
      )}
    </>
  );
}
