/**
 * The report for a hand-computed partnership (its answers: hand-computed.ts): two shown partners
 * (4 respondents each, k = 3) and a small partner under k whose extreme answers must change nothing.
 * Every expected figure is written out with its hand computation (rounded to 4 decimals, as the
 * report states figures).
 *
 * Notation: n answers, S = Σx, Q = Σx², variance s² = (nQ − S²) / (n(n − 1)),
 * 95 % interval = mean ± t₀.₉₇₅(n − 1) · s/√n, r_wg = 1 − s² / ((A² − 1)/12) (7 points: 4; 5: 2).
 * t₀.₉₇₅: df 2 → 4.302653, 3 → 3.182446, 5 → 2.570582, 6 → 2.446912. t₀.₉₅(6) = 1.943180.
 */
import { describe, expect, it } from 'vitest';
import { buildPairDetail, buildReport, type ScaleItemReport } from '../../../worker/analysis';
import { A, B, D, input } from './hand-computed';

const report = buildReport(input);
const scaleItem = (itemId: string) =>
  report.sections.flatMap((s) => s.items).find((i): i is ScaleItemReport => i.itemId === itemId && i.kind === 'scale')!;

describe('a hand-computed partnership report', () => {
  it('shows the partners at or above k and names the one below it without any count', () => {
    expect(report.minGroupSize).toBe(3);
    // No channel counted (the fixtures add answers, not submissions), no staff number, no uncapped link, and every
    // question answered by at least k = 3 of each partner (only A's rating of D rests on one answer).
    const shown = { status: 'shown', respondents: 4, basis: 'anonymous_group', indicative: true } as const;
    const links = { channels: { personal: 0, open: 0 }, expectedStaff: null, uncappedOpenLinks: 0, hiddenItems: 0 };
    expect(report.partners).toEqual([
      { id: A, name: 'Gemeente', ...shown, ...links },
      { id: B, name: 'Zorggroep', ...shown, ...links },
      { id: D, name: 'Stichting Klein', status: 'not_enough_responses' },
    ]);
  });

  it('describes each partner on each scale item: n, mean, SD, 95 % interval, r_wg, flags', () => {
    expect(scaleItem('culture.pace')).toEqual({
      kind: 'scale',
      itemId: 'culture.pace',
      format: 'bipolar',
      points: 7,
      midpoint: 4,
      byPartner: [
        // A 2,2,3,1: S = 8, Q = 18, mean 2, s² = (72 − 64)/12 = 0.6667, s = 0.8165,
        // ± 3.182446 · 0.8165/2 = ± 1.2992 → [0.7008, 3.2992]; r_wg = 1 − 0.6667/4 = 0.8333.
        {
          partnerId: A,
          n: 4,
          mean: 2,
          sd: 0.8165,
          ci95: [0.7008, 3.2992],
          dontKnow: 0,
          rwg: 0.8333,
          divided: false,
          indicative: true,
          hidden: false,
        },
        // B 6,6,5,7: the mirror image of A around 4: mean 6, same spread.
        {
          partnerId: B,
          n: 4,
          mean: 6,
          sd: 0.8165,
          ci95: [4.7008, 7.2992],
          dontKnow: 0,
          rwg: 0.8333,
          divided: false,
          indicative: true,
          hidden: false,
        },
      ],
    });
    // values.fair (5 points) B 1,5,1,5: S = 12, Q = 52, s² = (208 − 144)/12 = 5.3333, s = 2.3094,
    // ± 3.182446 · 2.3094/2 = ± 3.6748; r_wg = 1 − 5.3333/2 < 0 → 0: divided.
    expect(scaleItem('values.fair').byPartner[1]).toEqual({
      partnerId: B,
      n: 4,
      mean: 3,
      sd: 2.3094,
      ci95: [-0.6748, 6.6748],
      dontKnow: 0,
      rwg: 0,
      divided: true,
      indicative: true,
      hidden: false,
    });
    // readiness.u2 A 4,4,4 and one "don't know": counted apart, left out of n and mean; s = 0, r_wg = 1.
    expect(scaleItem('readiness.u2').byPartner[0]).toEqual({
      partnerId: A,
      n: 3,
      mean: 4,
      sd: 0,
      ci95: [4, 4],
      dontKnow: 1,
      rwg: 1,
      divided: false,
      indicative: true,
      hidden: false,
    });
  });

  it('describes each partner’s drive allocation by mean points per drive', () => {
    const drives = report.sections.find((s) => s.sectionId === 'drives')!.items[0]!;
    expect(drives.kind).toBe('allocation');
    if (drives.kind !== 'allocation') return;
    expect(drives.optionIds).toEqual(['a', 'b']);
    // A's points for a: 80,60,70,90: S = 300, Q = 23000, mean 75, s² = (92000 − 90000)/12 = 166.6667,
    // s = 12.9099, ± 3.182446 · 12.9099/2 = ± 20.5426; b is 100 − a: mean 25, same spread.
    expect(drives.byPartner[0]).toEqual({
      partnerId: A,
      n: 4,
      hidden: false,
      options: [
        { optionId: 'a', n: 4, mean: 75, sd: 12.9099, ci95: [54.4574, 95.5426] },
        { optionId: 'b', n: 4, mean: 25, sd: 12.9099, ci95: [4.4574, 45.5426] },
      ],
    });
  });

  it('compares the pair on every item: difference, Cohen’s d, interval, sides and verdict', () => {
    const pair = buildPairDetail(input, A, B)!;
    const item = (id: string) => pair.items.find((i) => i.itemId === id);
    // culture.pace: 2 − 6 = −4. Pooled s² = (3·0.6667 + 3·0.6667)/6 = 0.6667, s_p = 0.8165,
    // d = −4/0.8165 = −4.8990; SE = 0.8165·√(1/4 + 1/4) = 0.5774, ± 2.446912 · 0.5774 = ± 1.4127.
    // |−4| ≥ 0.25 · 6 = 1.5, |d| ≥ 0.8, interval excludes 0, both agree → conflict; 2 and 6 lie
    // on either side of 4.
    expect(item('culture.pace')).toEqual({
      itemId: 'culture.pace',
      difference: -4,
      effectSize: -4.899,
      ci95: [-5.4127, -2.5873],
      oppositeSides: true,
      verdict: 'conflict',
      reason: null,
    });
    // culture.style: A 4,4,4,4 (s² 0), B 4,4,4,5 (mean 4.25, s² 0.25). Difference −0.25; pooled s² =
    // (0 + 3·0.25)/6 = 0.125, s_p = 0.3536, d = −0.7071; SE = 0.25, ± 0.6117 → [−0.8617, 0.3617].
    // |−0.25| ≤ 0.125 · 6 = 0.75 and 0.25 + t₀.₉₅(6) · 0.25 = 0.7358 < 1.5 → alignment.
    expect(item('culture.style')).toEqual({
      itemId: 'culture.style',
      difference: -0.25,
      effectSize: -0.7071,
      ci95: [-0.8617, 0.3617],
      oppositeSides: false,
      verdict: 'alignment',
      reason: null,
    });
    // values.fair: 4.75 − 3 = 1.75; pooled s² = (3·0.25 + 3·5.3333)/6 = 2.7917, s_p = 1.6708,
    // d = 1.0474; SE = 1.1815, ± 2.8909. B is divided (r_wg 0): no verdict.
    expect(item('values.fair')).toEqual({
      itemId: 'values.fair',
      difference: 1.75,
      effectSize: 1.0474,
      ci95: [-1.1409, 4.6409],
      oppositeSides: false,
      verdict: 'neither',
      reason: 'divided',
    });
    // readiness.u2: 4 (n 3, s² 0) − 3.5 (n 4, s² 0.3333) = 0.5 ≤ 0.125 · 4; but pooled s² = 1/5 ·
    // 3 · 0.3333 = 0.2, SE = 0.4472 · √(1/3 + 1/4) = 0.3416 and 0.5 + 2.015048 · 0.3416 = 1.1883 ≥ 1:
    // too few answers to rule out a conflict-sized gap → neither.
    expect(item('readiness.u2')).toEqual({
      itemId: 'readiness.u2',
      difference: 0.5,
      effectSize: 1.118,
      ci95: [-0.378, 1.378],
      oppositeSides: false,
      verdict: 'neither',
      reason: null,
    });
    // triangle.v: 5 − 4 = 1 with no spread at all: d undefined, interval [1, 1]; 1 ≥ 0.25 · 4 → conflict.
    expect(item('triangle.v')).toEqual({
      itemId: 'triangle.v',
      difference: 1,
      effectSize: null,
      ci95: [1, 1],
      oppositeSides: false,
      verdict: 'conflict',
      reason: null,
    });
    expect(pair.items.map((i) => [i.itemId, i.verdict])).toEqual([
      ['culture.pace', 'conflict'],
      ['culture.style', 'alignment'],
      ['values.fair', 'neither'],
      ['readiness.u1', 'conflict'],
      ['readiness.u2', 'neither'],
      ['readiness.t1', 'conflict'],
      ['triangle.v', 'conflict'],
      ['triangle.c', 'conflict'],
      ['triangle.l', 'conflict'],
      ['tensions.short_long', 'conflict'],
      ['tensions.control_trust', 'conflict'],
    ]);
    // Drives: mean profiles A (75, 25), B (25, 75): overlap (min(75,25) + min(25,75))/100 = 0.5.
    expect(pair.allocations).toEqual([
      {
        itemId: 'drives.mix',
        overlap: 0.5,
        differences: [
          { optionId: 'a', difference: 50 },
          { optionId: 'b', difference: -50 },
        ],
      },
    ]);
  });

  it('summarises the pair in the overview: its conflicts and how many alignments', () => {
    expect(report.pairs).toEqual([
      {
        a: A,
        b: B,
        conflicts: [
          'culture.pace',
          'readiness.u1',
          'readiness.t1',
          'triangle.v',
          'triangle.c',
          'triangle.l',
          'tensions.short_long',
          'tensions.control_trust',
        ],
        alignments: 1,
      },
    ]);
  });

  it('scores every section 0–1 per pair', () => {
    const scores = Object.fromEntries(report.sections.map((s) => [s.sectionId, s.pairScores]));
    expect(Object.keys(scores)).toEqual(['drives', 'culture', 'values', 'readiness', 'triangle', 'tensions']);
    const matrix = (score: number, divided = 0) => ({
      partnerIds: [A, B],
      scores: [
        [1, score],
        [score, 1],
      ],
      divided: [
        [0, divided],
        [divided, 0],
      ],
    });
    expect(scores.drives).toEqual(matrix(0.5)); // overlap
    // culture: (1 − 4/6 + 1 − 0.25/6)/2 = (0.3333 + 0.9583)/2 = 31/48
    expect(scores.culture).toEqual(matrix(0.6458));
    // 1 − 1.75/4, using B's mean 3 on values.fair although B is divided on it (1, 5, 1, 5: r_wg 0).
    expect(scores.values).toEqual(matrix(0.5625, 1));
    // readiness: (1 − 1.5/4 + 1 − 0.5/4 + 1 − 1.5/4)/3 = (0.625 + 0.875 + 0.625)/3
    expect(scores.readiness).toEqual(matrix(0.7083));
    expect(scores.triangle).toEqual(matrix(0.6667)); // (0.75 + 0.75 + 0.5)/3
    // tensions: (1 − 1/4 + 1 − 2.75/4)/2 = (0.75 + 0.3125)/2 = 0.53125 → 0.5313
    expect(scores.tensions).toEqual(matrix(0.5313));
  });

  it('finds the shared ground and ranks the fault lines by certain gap, then size', () => {
    // culture.style is the only item every pair aligns on: mean of means (4 + 4.25)/2; largest
    // plausible gap 0.7358 of a range of 6.
    // The means lie 0.25 apart; the far end of the 90 % interval is 0.25 + 1.943180 · 0.25 = 0.7358.
    expect(report.sharedGround).toEqual([
      {
        itemId: 'culture.style',
        sectionId: 'culture',
        kind: 'position',
        mean: 4.125,
        spread: 0.25,
        atMost: 0.7358,
        largestPlausibleDifference: 0.1226,
      },
    ]);
    expect(report.faultLines.map((f) => [f.itemId, f.certainGap, f.largestDifference])).toEqual([
      // control_trust: 2 − 4.75 = −2.75, pooled s² 0.125, SE 0.25, ± 0.6117: sure of 2.1383 of 4.
      ['tensions.control_trust', 0.5346, 0.6875],
      ['triangle.l', 0.5, 0.5], // 4 − 2 = 2 with no spread: sure of all of it
      ['culture.pace', 0.4312, 0.6667], // 4 − 1.4127 = 2.5873 of 6
      ['triangle.v', 0.25, 0.25], // ties keep instrument order
      ['triangle.c', 0.25, 0.25],
      ['tensions.short_long', 0.25, 0.25],
      // u1: 4.5 − 3 = 1.5, pooled s² = 3·0.3333/6, SE 0.2887, ± 0.7064: sure of 0.7936 of 4.
      ['readiness.u1', 0.1984, 0.375],
      ['readiness.t1', 0.1984, 0.375],
    ]);
    // A difference in ways of working or a tension is one to discuss; in readiness it is uneven readiness.
    expect(report.faultLines.map((f) => f.kind)).toEqual([
      'tension',
      'readiness',
      'ways_of_working',
      'readiness',
      'readiness',
      'tension',
      'readiness',
      'readiness',
    ]);
    expect(report.faultLines[0]).toEqual({
      itemId: 'tensions.control_trust',
      sectionId: 'tensions',
      kind: 'tension',
      qValue: 0.0025,
      sureness: 'sure',
      pairsCompared: 1,
      certainGap: 0.5346,
      largestDifference: 0.6875,
      conflictingPairs: 1,
      // At least 2.1383 points apart: the near end of the interval, not the difference itself.
      widest: [{ a: A, b: B, difference: -2.75, ci95: [-3.3617, -2.1383], atLeast: 2.1383, oppositeSides: true }],
    });
  });

  it('keeps every conflict after allowing for the 11 comparisons, and says how sure each is', () => {
    // One pair, 11 scale items with at least 3 answers on both sides: 11 comparisons. The chance
    // statistic pools both partners' variances, a unanimous partner counted as 1/4 (one answer in 4
    // one step off), with 6 df; p = 2·P(T₆ > t):
    //   control_trust 2,2,2,2 (1/4) vs 5,5,5,4 (1/4): SE √(0.25 · 0.5) = 0.3536, t = 7.7782, p = 0.000238
    //   pace 2.0 vs 6.0 (2/3 each): SE 0.5774, t = 6.9282, p = 0.000448
    //   triangle.l 4 vs 2, both unanimous: SE 0.3536, t = 5.6569, p = 0.001311
    //   u1 4,4,5,5 (1/3) vs 3,3,3,3 (1/4): pooled 0.2917, SE 0.3819, t = 3.9279, p = 0.007731; t1 the same
    //   triangle.v, triangle.c, short_long: 1 point, both unanimous: t = 2.8284, p = 0.030020
    //   style, fair, u2: no candidate (alignment, divided, neither): p = 1.
    // BH over the 11, q = min over k ≥ rank of 11·p₍ₖ₎/k: 0.002463 (ranks 1–2), 0.004806, 0.017009
    // (4–5), 0.041277 (6–8): all 8 at most 0.05, so Holm runs at 0.05 · 8/11 = 0.0364 and keeps each
    // (one pair per item). q-values are stated rounded up.
    expect(report.comparisons).toEqual({ items: 11, pairComparisons: 11, falseDiscoveryRate: 0.05 });
    expect(report.faultLines.map((f) => [f.itemId, f.qValue, f.sureness])).toEqual([
      ['tensions.control_trust', 0.0025, 'sure'],
      ['triangle.l', 0.0049, 'sure'],
      ['culture.pace', 0.0025, 'sure'],
      ['triangle.v', 0.0413, 'fairly_sure'],
      ['triangle.c', 0.0413, 'fairly_sure'],
      ['tensions.short_long', 0.0413, 'fairly_sure'],
      ['readiness.u1', 0.0171, 'fairly_sure'],
      ['readiness.t1', 0.0171, 'fairly_sure'],
    ]);
    expect(buildPairDetail(input, A, B)!.comparisons).toEqual(report.comparisons);
  });
});
