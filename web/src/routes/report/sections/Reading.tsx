/** How to read the report: the thresholds the model applies, in words, and a link to every question. */
import { text } from '../text';
import type { SectionProps } from './parts';

export function Reading({ view }: SectionProps) {
  const { report, t, fill } = view;
  const th = report.thresholds;
  const values = {
    k: report.minGroupSize,
    rwg: view.number(th.DIVIDED_BELOW_RWG),
    share: Math.round(th.CONFLICT_MIN_DIFFERENCE_SHARE * 100),
    d: view.number(th.CONFLICT_MIN_EFFECT_SIZE, 1),
    alignShare: view.number(th.ALIGNMENT_MAX_DIFFERENCE_SHARE * 100, 1),
    vc: Math.round(th.VALUE_CASE_MIN_SHARE * 100),
  };
  return (
    <>
      <ul>
        {text.readingPoints.map((point, i) => (
          <li key={i}>{fill(t(point), values)}</li>
        ))}
      </ul>
      <p>
        <a href={`${location.origin}/instrument`}>{t(text.allQuestions)}</a>
      </p>
    </>
  );
}
