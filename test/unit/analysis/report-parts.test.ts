/**
 * The hand-computed partnership's value case, readiness, triangle, tensions and perceptions (its
 * answers: hand-computed.ts; its partners, items, pairs and fault lines: report.test.ts): two shown partners
 * (4 respondents each, k = 3) and a small partner under k whose extreme answers must change nothing.
 * Every expected figure is written out with its hand computation (rounded to 4 decimals, as the
 * report states figures).
 *
 * Notation: n answers, S = Σx, Q = Σx², variance s² = (nQ − S²) / (n(n − 1)),
 * 95 % interval = mean ± t₀.₉₇₅(n − 1) · s/√n, r_wg = 1 − s² / ((A² − 1)/12) (7 points: 4; 5: 2).
 * t₀.₉₇₅: df 2 → 4.302653, 3 → 3.182446, 5 → 2.570582, 6 → 2.446912. t₀.₉₅(6) = 1.943180.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../worker/analysis';
import { A, B, input } from './hand-computed';

const report = buildReport(input);
describe('a hand-computed partnership report, part by part', () => {
  it('works out the value case from the shown partners only', () => {
    expect(report.valueCase).toEqual({
      optionIds: ['money', 'data', 'staff'],
      byPartner: [
        {
          partnerId: A,
          answeredBring: 4,
          answeredGet: 4,
          // bring: money 3/4, data 1/4, staff 1/4; get: data 3/4, staff 2/4
          shares: [
            { optionId: 'money', bring: 0.75, get: 0 },
            { optionId: 'data', bring: 0.25, get: 0.75 },
            { optionId: 'staff', bring: 0.25, get: 0.5 },
          ],
          brings: ['money'],
          wants: ['data', 'staff'],
          // Wilson, z = 1.959964, z² = 3.841459: centre (p + z²/2n)/(1 + z²/n), half-width
          // z/(1 + z²/n) · √(p(1 − p)/n + z²/4n²). 3 of 4: centre 1.230182/1.960365 = 0.6275, half
          // 0.326886 → [0.3006, 0.9544]; 2 of 4: centre 0.5, half 0.349963 → [0.15, 0.85].
          bringsCi95: [[0.3006, 0.9544]],
          wantsCi95: [
            [0.3006, 0.9544],
            [0.15, 0.85],
          ],
          oneSided: null,
        },
        {
          partnerId: B,
          answeredBring: 4,
          answeredGet: 4,
          shares: [
            { optionId: 'money', bring: 0, get: 0.75 },
            { optionId: 'data', bring: 1, get: 0 },
            { optionId: 'staff', bring: 0.25, get: 0.25 },
          ],
          brings: ['data'],
          wants: ['money'],
          // 4 of 4: centre 1.480182/1.960365 = 0.7551, half 0.244946 → [0.5101, 1].
          bringsCi95: [[0.5101, 1]],
          wantsCi95: [[0.3006, 0.9544]],
          oneSided: null,
        },
      ],
      matches: [
        { optionId: 'money', wanterId: B, bringerId: A },
        { optionId: 'data', wanterId: A, bringerId: B },
      ],
      // The small partner brings staff, but it is not shown, so staff stays a gap.
      gaps: [{ optionId: 'staff', wantedBy: [A], broughtBy: [], wantedByAll: false }],
      unusedOffers: [],
      complementarity: {
        partnerIds: [A, B],
        counts: [
          [0, 1],
          [1, 0],
        ],
      },
      // This instrument asks neither about goals served nor about investing against receiving.
      goals: null,
      investment: null,
    });
  });

  it('scores readiness factors with bands, agreement and "don’t know", and the partnership by each factor’s rule', () => {
    expect(report.readiness).toEqual({
      // No function stated: the factors in instrument order, none marked as needed.
      stated: null,
      factors: [
        {
          factor: 'urgency',
          itemIds: ['readiness.u1', 'readiness.u2'],
          needed: false,
          // Partners can carry each other's urgency: the partnership's score is their mean, (4.25 + 3.25)/2.
          rule: 'mean',
          // A (4.5 + 4)/2 = 4.25. r_wg(J): item variances 0.3333 (u1) and 0 (u2), mean 0.1667, over
          // σ² = 2 gives 0.0833; J = 2: 2·0.9167 / (2·0.9167 + 0.0833) = 0.9565. AD_M: u1 around 4.5
          // is 0.5, u2 (4,4,4) is 0: 0.25. "Don't know": 1 of 8 answers. B (3 + 3.5)/2 = 3.25 with
          // variances 0 and 0.3333 (3,4,3,4): the same r_wg(J) and AD_M.
          byPartner: [
            { partnerId: A, score: 4.25, band: 'strength', divided: false, rwgJ: 0.9565, ad: 0.25, dontKnowShare: 0.125 },
            { partnerId: B, score: 3.25, band: 'borderline', divided: false, rwgJ: 0.9565, ad: 0.25, dontKnowShare: 0 },
          ],
          weakest: { partnerIds: [B], score: 3.25, band: 'borderline' },
          partnership: { score: 3.75, band: 'borderline' },
          // u1 is a fault line (4.5 against 3): uneven readiness.
          uneven: ['readiness.u1'],
          // Both statements answered by 3 + 4 = 7 people: fewer than RELIABILITY_MIN_ANSWERS to judge.
          reliability: null,
        },
        {
          factor: 'trust_in_partners',
          itemIds: ['readiness.t1'],
          needed: false,
          rule: 'mean',
          // A 2,3,2,3: variance 0.3333, so r_wg(1) = r_wg = 0.8333, AD_M 0.5; B unanimous.
          byPartner: [
            { partnerId: A, score: 2.5, band: 'concern', divided: false, rwgJ: 0.8333, ad: 0.5, dontKnowShare: 0 },
            { partnerId: B, score: 4, band: 'strength', divided: false, rwgJ: 1, ad: 0, dontKnowShare: 0 },
          ],
          weakest: { partnerIds: [A], score: 2.5, band: 'concern' },
          partnership: { score: 3.25, band: 'borderline' },
          uneven: ['readiness.t1'],
          reliability: null,
        },
      ],
      functionSeen: null,
    });
  });

  it('draws each partner’s triangle and names its weakest side', () => {
    // Every side is one statement every partner answers unanimously: full agreement, nobody unsure.
    const side = (s: 'value' | 'capacity' | 'legitimacy', itemId: string, score: number, band: string) => ({
      side: s,
      itemIds: [itemId],
      score,
      band,
      divided: false,
      rwgJ: 1,
      ad: 0,
      dontKnowShare: 0,
    });
    expect(report.triangle).toEqual({
      byPartner: [
        {
          partnerId: A,
          sides: [
            side('value', 'triangle.v', 5, 'strength'),
            side('capacity', 'triangle.c', 3, 'borderline'),
            side('legitimacy', 'triangle.l', 4, 'strength'),
          ],
          weakestSides: ['capacity'],
        },
        {
          partnerId: B,
          sides: [
            side('value', 'triangle.v', 4, 'strength'),
            side('capacity', 'triangle.c', 4, 'strength'),
            side('legitimacy', 'triangle.l', 2, 'concern'),
          ],
          weakestSides: ['legitimacy'],
        },
      ],
      // One statement per side: no reliability to speak of.
      reliability: [
        { side: 'value', reliability: null },
        { side: 'capacity', reliability: null },
        { side: 'legitimacy', reliability: null },
      ],
    });
  });

  it('ranks tensions per partner and for the partnership', () => {
    expect(report.tensions).toEqual({
      // short_long (4 + 3)/2 = 3.5; control_trust (2 + 4.75)/2 = 3.375
      ranked: [
        { itemId: 'tensions.short_long', mean: 3.5, partners: 2, dividedPartnerIds: [] },
        { itemId: 'tensions.control_trust', mean: 3.375, partners: 2, dividedPartnerIds: [] },
      ],
      byPartner: [
        {
          partnerId: A,
          ranked: [
            { itemId: 'tensions.short_long', mean: 4, n: 4, divided: false },
            { itemId: 'tensions.control_trust', mean: 2, n: 4, divided: false },
          ],
        },
        {
          partnerId: B,
          ranked: [
            { itemId: 'tensions.control_trust', mean: 4.75, n: 4, divided: false },
            { itemId: 'tensions.short_long', mean: 3, n: 4, divided: false },
          ],
        },
      ],
    });
  });

  it('sets each partner’s self-view against how the qualifying others see it', () => {
    expect(report.perceptions).toEqual({
      // Both targets have 3 or more ratings and a self-view of 4: two gaps tested.
      gapsTested: 2,
      items: [
        {
          itemId: 'perceptions.pace',
          mirrors: 'culture.pace',
          targets: [
            {
              partnerId: A,
              self: { n: 4, mean: 2 },
              // B's 3 ratings of A: 3,3,2: S = 8, Q = 22, mean 2.6667, s² = (66 − 64)/6 = 0.3333,
              // s = 0.5774, ± 4.302653 · 0.5774/√3 = ± 1.4342; r_wg = 1 − 0.3333/4 = 0.9167.
              others: { n: 3, mean: 2.6667, sd: 0.5774, ci95: [1.2324, 4.1009], rwg: 0.9167, divided: false },
              raters: 1,
              // gap 2.6667 − 2 = 0.6667; pooled s² = (2·0.3333 + 3·0.6667)/5 = 0.5333,
              // SE = 0.7303 · √(1/3 + 1/4) = 0.5578, ± 2.570582 · 0.5578 = ± 1.4338. Too small to note.
              gap: 0.6667,
              ci95: [-0.7671, 2.1005],
              qValue: null,
              notable: false,
            },
            {
              partnerId: B,
              self: { n: 4, mean: 6 },
              // A's 4 ratings of B: all 3. Gap 3 − 6 = −3; pooled s² = 3·0.6667/6 = 0.3333, SE =
              // 0.5774 · 0.7071 = 0.4082, ± 0.9989: as sure and large as a conflict. Allowing for both
              // gaps: the unanimous others count as 1/4, pooled (3·0.25 + 3·0.6667)/6 = 0.4583, SE
              // 0.4787, t = 6.2668 (6 df), p = 0.000767; BH over the 2 gaps: q = 2 · 0.000767 =
              // 0.001534, stated rounded up → notable.
              others: { n: 4, mean: 3, sd: 0, ci95: [3, 3], rwg: 1, divided: false },
              raters: 1,
              gap: -3,
              ci95: [-3.9989, -2.0011],
              qValue: 0.0016,
              notable: true,
            },
          ],
          views: {
            partnerIds: [A, B],
            means: [
              [null, 3],
              [2.6667, null],
            ],
          },
        },
      ],
    });
  });
});
