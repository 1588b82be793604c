/**
 * Agreement within a partner and reliability of a multi-item scale (a readiness factor, a side of
 * the triangle), from the running sums alone (docs/alignment.md §6):
 *
 * - r_wg(J) (James, Demaree & Wolf 1984): the agreement of J parallel statements, from the mean of
 *   their variances against the variance of uniform answers. It grows with J, so three statements
 *   that each look split can together look agreed: the uniform yardstick is lenient.
 * - the average deviation AD_M (Burke, Finkelstein & Dusig 1999): the mean absolute distance of the
 *   answers from their mean, read off the answer counts; it needs no yardstick of random answers.
 *   Burke & Dunlap (2002): at most A/6 on an A-point scale is agreement.
 * - reliability: the Spearman–Brown value of the mean correlation between the statements (the
 *   standardised α), from covariances pooled within partners: the statements' cross-products are
 *   kept as counters of their own (`<a>*<b>|n|p`, worker/analysis/stats.ts).
 */
import { sampleVariance, uniformVariance } from './moments';
import { type CounterKeys, type Counters, momentsAt, productUnit } from './stats';

/**
 * r_wg(J) = J(1 − s̄²/σ²) / (J(1 − s̄²/σ²) + s̄²/σ²) over the statements with a variance, s̄² their
 * mean variance, σ² = (A² − 1)/12. Reported as 0 when s̄² is at least σ² (more spread than random,
 * where the formula breaks down). Null without a statement of 2 answers or more.
 */
export function multiItemAgreement(variances: readonly number[], points: number): number | null {
  if (variances.length === 0) return null;
  const ratio = variances.reduce((a, b) => a + b, 0) / variances.length / uniformVariance(points);
  if (ratio >= 1) return 0;
  const j = variances.length;
  return (j * (1 - ratio)) / (j * (1 - ratio) + ratio);
}

/**
 * AD_M of one statement: Σ count(v) · |v − mean| / n over its answer counts (`answers[v − 1]` names
 * the count of answer v, see `answerCountKeys`). Null below 2 answers.
 */
export function averageDeviation(stats: Counters, keys: CounterKeys, answers: readonly string[]): number | null {
  const m = momentsAt(stats, keys);
  if (m.n < 2) return null;
  const mean = m.sum / m.n;
  let total = 0;
  for (let value = 1; value <= answers.length; value++) total += (stats.get(answers[value - 1]!) ?? 0) * Math.abs(value - mean);
  return total / m.n;
}

/** One partner's counters of a scale's statements: what the pooled covariances are built from. */
export interface ScaleCounters {
  readonly stats: Counters;
  readonly keys: readonly CounterKeys[];
}

/** The reliability of a multi-item scale: Spearman–Brown of the mean pooled within-partner correlation. */
export interface ScaleReliability {
  /** J r̄ / (1 + (J − 1) r̄); 0 when r̄ ≤ 0. */
  readonly value: number;
  readonly meanCorrelation: number;
  /** The fewest answers (pooled over partners) behind any pair of statements. */
  readonly answers: number;
}

/**
 * Pooled within-partner covariance of statements a and b: Σ (Σxy − n_ab·x̄_a·x̄_b) / Σ (n_ab − 1) over
 * the partners with their cross-products, each statement's mean taken over all its answers (the
 * cross-products are kept only over those who answered both, and no other sum of a or b over that
 * smaller group may exist: docs/confidentiality.md). Variances pooled the same way.
 */
export function scaleReliability(itemIds: readonly string[], partners: readonly ScaleCounters[]): ScaleReliability | null {
  const j = itemIds.length;
  if (j < 2) return null;
  const variance = itemIds.map((_, i) => {
    let squares = 0;
    let df = 0;
    for (const p of partners) {
      const m = momentsAt(p.stats, p.keys[i]!);
      const v = sampleVariance(m);
      if (v === null) continue;
      squares += (m.n - 1) * v;
      df += m.n - 1;
    }
    return df === 0 ? NaN : squares / df;
  });
  let correlations = 0;
  let fewest = Infinity;
  for (let a = 0; a < j; a++) {
    for (let b = a + 1; b < j; b++) {
      const unit = productUnit(itemIds[a]!, itemIds[b]!);
      let products = 0;
      let df = 0;
      let answers = 0;
      for (const p of partners) {
        const n = p.stats.get(`${unit}|n`) ?? 0;
        const [ma, mb] = [momentsAt(p.stats, p.keys[a]!), momentsAt(p.stats, p.keys[b]!)];
        if (n < 2 || ma.n === 0 || mb.n === 0) continue;
        products += (p.stats.get(`${unit}|p`) ?? 0) - n * (ma.sum / ma.n) * (mb.sum / mb.n);
        df += n - 1;
        answers += n;
      }
      fewest = Math.min(fewest, answers);
      const scale = Math.sqrt(variance[a]! * variance[b]!);
      // Statements nobody varies on have no correlation to speak of.
      if (df === 0 || !(scale > 0)) return null;
      correlations += Math.max(-1, Math.min(1, products / df / scale));
    }
  }
  const meanCorrelation = correlations / ((j * (j - 1)) / 2);
  // Statements that do not go together at all (r̄ ≤ 0) make no scale.
  const value = meanCorrelation <= 0 ? 0 : (j * meanCorrelation) / (1 + (j - 1) * meanCorrelation);
  return { value, meanCorrelation, answers: fewest };
}
