/**
 * Student's t distribution: quantiles for t-based confidence intervals, and two-sided p-values for
 * the chance control (chance.ts). Computed, not tabled, so any number of respondents works;
 * quantiles are remembered per (level, degrees of freedom) because a report asks for the same few
 * hundreds of them thousands of times.
 */

/**
 * Lanczos approximation of ln Γ(x) for x > 0 (g = 7, 9 coefficients): about 15 significant digits,
 * plenty for the incomplete beta prefactor below.
 */
export function logGamma(x: number): number {
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = c[0]!;
  for (let i = 1; i < g + 2; i++) sum += c[i]! / (z + i);
  const t = z + g + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Continued fraction of the regularised incomplete beta (modified Lentz, Numerical Recipes §6.4). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-16) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b): the distribution function behind t (and F). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The fraction converges fast only on this side; use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a).
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/**
 * P(|T| ≥ |t|) with `df` > 0 degrees of freedom: the two-sided p-value of a t statistic (0 for an
 * infinite one).
 */
export function twoSidedPValue(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`degrees of freedom ${df} must be positive`);
  if (!Number.isFinite(t)) return 0;
  return incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** P(T > t) for t ≥ 0 with `df` degrees of freedom. */
function upperTail(t: number, df: number): number {
  return 0.5 * twoSidedPValue(t, df);
}

/** Density of t at `t`. */
function density(t: number, df: number): number {
  const logC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/** Standard normal quantile for 0.5 < p < 1 (Acklam; relative error below 1.2e-9, refined by the caller). */
function normalQuantile(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  if (p <= 0.97575) {
    const q = p - 0.5;
    const r = q * q;
    return (
      ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
      (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
    );
  }
  const q = Math.sqrt(-2 * Math.log(1 - p));
  return (
    -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
  );
}

/** Cornish–Fisher expansion of the t quantile around the normal one (Abramowitz & Stegun 26.7.5). */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

function computeQuantile(p: number, df: number): number {
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  // Newton on the upper tail, from the expansion: a few steps give 11–13 significant digits
  // (checked against SciPy for 3 ≤ df ≤ 10,000 in the unit tests' reference values).
  let t = cornishFisher(normalQuantile(p), df);
  for (let i = 0; i < 50; i++) {
    const step = (upperTail(t, df) - (1 - p)) / density(t, df);
    t += step;
    if (Math.abs(step) < 1e-14 * t) break;
  }
  return t;
}

const remembered = new Map<number, Map<number, number>>();

/**
 * The `p` quantile (0.5 < p < 1) of Student's t with `df` ≥ 1 (whole) degrees of freedom: the
 * multiplier of the standard error in a two-sided interval at level 2p − 1.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0.5 && p < 1)) throw new RangeError(`quantile level ${p} must lie in (0.5, 1)`);
  if (!Number.isInteger(df) || df < 1) throw new RangeError(`degrees of freedom ${df} must be a whole number of at least 1`);
  let byDf = remembered.get(p);
  if (!byDf) {
    byDf = new Map();
    remembered.set(p, byDf);
  }
  let t = byDf.get(df);
  if (t === undefined) {
    t = computeQuantile(p, df);
    byDf.set(df, t);
  }
  return t;
}

/**
 * The multipliers for two-sided intervals at `level` (0.95 → t₀.₉₇₅) by degrees of freedom, in a
 * dense table computed as they are first asked for: the hot loops look each one up thousands of
 * times. The pair loop reads `values[df]` itself after `ensure(df)` (pairs.ts): an index into a typed
 * array keeps the number unboxed, where a call that returned it would allocate a box for it.
 */
export interface TwoSidedTable {
  /** By degrees of freedom: NaN until computed; replaced by a longer one as larger df come. */
  readonly values: Float64Array;
  /** Computes and keeps the multiplier for `df` unless `values` holds it already. */
  ensure(df: number): void;
}

export function twoSidedTable(level: number): TwoSidedTable {
  const table = {
    values: new Float64Array(1024).fill(Number.NaN),
    ensure(df: number): void {
      if (df < table.values.length && !Number.isNaN(table.values[df]!)) return;
      if (df >= table.values.length) {
        const grown = new Float64Array(Math.max(df + 1, table.values.length * 2)).fill(Number.NaN);
        grown.set(table.values);
        table.values = grown;
      }
      table.values[df] = studentTQuantile(0.5 + level / 2, df);
    },
  };
  return table;
}

const tables = new Map<number, TwoSidedTable>();

/** The multiplier for a two-sided interval at `level` with `df` degrees of freedom. */
export function twoSidedT(level: number, df: number): number {
  let table = tables.get(level);
  if (!table) {
    table = twoSidedTable(level);
    tables.set(level, table);
  }
  table.ensure(df);
  return table.values[df]!;
}
