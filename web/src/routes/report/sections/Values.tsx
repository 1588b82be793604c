/** Values: how important each value is to each partner, on a five-point scale. */
import { text } from '../text';
import { scaleItemsOf, sectionOf } from './figures';
import { Empty, type SectionProps } from './parts';
import { ScaleItems } from './ScaleItems';

export function Values({ view }: SectionProps) {
  const items = scaleItemsOf(view, 'values');
  return (
    <>
      <p>{view.t(text.valuesLead)}</p>
      {items.length === 0 ? (
        <Empty view={view} asked={sectionOf(view, 'values') !== null} />
      ) : (
        <ScaleItems
          view={view}
          items={items}
          points={5}
          lowLabel={view.t(text.valueScaleLow)}
          highLabel={view.t(text.valueScaleHigh)}
          caption={view.t(text.values)}
        />
      )}
    </>
  );
}
