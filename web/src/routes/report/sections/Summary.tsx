/** The answer first: a few plain sentences composed from the model (summary.ts). */
import { summarise } from '../summary';
import type { SectionProps } from './parts';

export function Summary({ view }: SectionProps) {
  return (
    <ul class="summary">
      {summarise(view).map((s) => (
        <li key={s.key} class={s.withheld ? 'withheld-notice' : undefined}>
          {s.sentence}
        </li>
      ))}
    </ul>
  );
}
