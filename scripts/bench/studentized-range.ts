/**
 * Distributions the chance benchmark needs to try the rules the report does not use: the normal
 * distribution function, the studentized range (Tukey's q, for Games–Howell) and F (for Welch's
 * ANOVA). The studentized range follows Copenhaver & Holland (1988) as R's nmath `ptukey.c` does:
 * Gauss–Legendre quadrature of Hartley's form of the range of `groups` standard normals, then over
 * the distribution of the pooled SD. Agrees with SciPy's `studentized_range` to a few parts in 10⁷
 * (studentized-range.test.ts), plenty for p-values and critical values.
 */
import { incompleteBeta, logGamma } from '../../worker/analysis/student-t';

/** erfc(x) for x ≥ 0: the series of erf below 2.5 (all terms positive), a continued fraction above. */
function erfc(x: number): number {
  if (x < 2.5) {
    let term = x;
    let sum = x;
    for (let n = 1; term > 1e-17 * sum; n++) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
  }
  let fraction = x;
  for (let k = 60; k >= 1; k--) fraction = x + k / 2 / fraction;
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / fraction;
}

/** P(Z ≤ z) for a standard normal Z. */
export function normalCdf(z: number): number {
  return z < 0 ? 0.5 * erfc(-z / Math.SQRT2) : 1 - 0.5 * erfc(z / Math.SQRT2);
}

// Gauss–Legendre nodes and weights (positive half): 12 points for the range, 16 for the SD.
const nodes12 = [0.9815606342467192, 0.9041172563704749, 0.7699026741943047, 0.5873179542866175, 0.3678314989981802, 0.1252334085114689];
const weights12 = [
  0.04717533638651183, 0.10693932599531843, 0.16007832854334622, 0.20316742672306592, 0.2334925365383548, 0.24914704581340277,
];
const nodes16 = [
  0.9894009349916499, 0.9445750230732326, 0.8656312023878318, 0.755404408355003, 0.6178762444026438, 0.45801677765722737,
  0.2816035507792589, 0.09501250983763744,
];
const weights16 = [
  0.027152459411754096, 0.062253523938647894, 0.09515851168249279, 0.12462897125553388, 0.14959598881657674, 0.16915651939500254,
  0.18260341504492358, 0.1894506104550685,
];

/** P(range of `groups` standard normals ≤ w): Hartley's form, integrated over (w/2, 8) in 2 or 3 pieces. */
function rangeCdf(w: number, groups: number): number {
  const half = w / 2;
  if (half >= 8) return 1;
  // (2Φ(w/2) − 1)^groups: all of them within ±w/2.
  let probability = 2 * normalCdf(half) - 1;
  probability = probability >= Math.exp(-50 / groups) ? probability ** groups : 0;
  const pieces = w > 3 ? 2 : 3;
  const width = (8 - half) / pieces;
  let integral = 0;
  for (let piece = 0; piece < pieces; piece++) {
    const low = half + piece * width;
    const centre = low + width / 2;
    let sum = 0;
    for (let k = 0; k < 12; k++) {
      const node = k < 6 ? -nodes12[k]! : nodes12[11 - k]!;
      const weight = weights12[k < 6 ? k : 11 - k]!;
      const x = centre + (width / 2) * node;
      if (x * x > 60) break;
      const inside = normalCdf(x) - normalCdf(x - w);
      if (inside >= Math.exp(-30 / (groups - 1))) sum += weight * Math.exp(-0.5 * x * x) * inside ** (groups - 1);
    }
    integral += (sum * width * groups) / Math.sqrt(2 * Math.PI);
  }
  probability += integral;
  return Math.min(1, probability);
}

/**
 * P(Q ≥ q) for the studentized range of `groups` means with `df` degrees of freedom (df ≥ 2; may
 * be fractional, as Games–Howell's Welch degrees of freedom are).
 */
export function studentizedRangeUpperTail(q: number, groups: number, df: number): number {
  if (q <= 0) return 1;
  if (df > 25_000) return 1 - rangeCdf(q, groups);
  // Integrate rangeCdf(q·s) over the density of s = pooled SD / σ, in steps of `step` in s².
  const halfDf = df / 2;
  const step = df <= 100 ? 1 : df <= 800 ? 0.5 : df <= 5000 ? 0.25 : 0.125;
  const logConstant = halfDf * Math.log(df) - df * Math.LN2 - logGamma(halfDf) + Math.log(step);
  let total = 0;
  for (let interval = 1; interval <= 50; interval++) {
    const middle = (2 * interval - 1) * step;
    let sum = 0;
    for (let k = 0; k < 16; k++) {
      const offset = (k < 8 ? -nodes16[k]! : nodes16[k - 8]!) * step;
      const weight = weights16[k < 8 ? k : k - 8]!;
      const u = middle + offset;
      const logDensity = logConstant + (halfDf - 1) * Math.log(u) - u * (df / 4);
      if (logDensity >= -30) sum += weight * Math.exp(logDensity) * rangeCdf(q * Math.sqrt(u / 2), groups);
    }
    if (interval * step >= 1 && sum <= 1e-14) break;
    total += sum;
  }
  return Math.max(0, 1 - total);
}

/** The q with P(Q ≥ q) = `tail`: bisection on the upper tail (monotone in q). */
export function studentizedRangeQuantile(tail: number, groups: number, df: number): number {
  let low = 0;
  let high = 1;
  while (studentizedRangeUpperTail(high, groups, df) > tail) high *= 2;
  while (high - low > 1e-9 * high) {
    const middle = (low + high) / 2;
    if (studentizedRangeUpperTail(middle, groups, df) > tail) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** P(F ≥ f) for F with (d1, d2) degrees of freedom. */
export function fUpperTail(f: number, d1: number, d2: number): number {
  if (!(f > 0)) return 1;
  return incompleteBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
}
