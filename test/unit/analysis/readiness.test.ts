/**
 * Readiness under version 2, by hand: the partnership's score by each factor's rule (the weakest
 * partner where every partner must deliver, the mean where partners carry each other), the factors
 * in the order the stated function needs them, agreement by r_wg(J) and by AD_M (which catches what
 * the lenient uniform yardstick lets through), reliability from the statements' cross-products, and
 * which function the respondents see.
 *
 * Two partners of 16 answer with only two values per statement, so every figure is a fraction:
 * statements split 8/8 between two answers two points apart have mean ± 1 and s² = 16/15.
 */
import { describe, expect, it } from 'vitest';
import { instrumentV2 } from '../../../core/instrument/v2';
import { buildReport } from '../../../worker/analysis';
import { RELIABILITY_MIN } from '../../../worker/analysis/thresholds';
import { reportInput } from './fixtures';

/** 16 people's answers to three statements: `pattern` lists the triples, each repeated to fill 16. */
const people = (pattern: readonly (readonly [number, number, number])[], ids: readonly string[]) =>
  Array.from({ length: 16 }, (_, i) => Object.fromEntries(ids.map((id, j) => [id, pattern[i % pattern.length]![j]!])));
const ids = (factor: string, numbers: readonly number[]) => numbers.map((n) => `readiness.${factor}_${n}`);
const RESOURCES = ids('resource_commitment', [1, 2, 3]);
const URGENCY = ids('urgency', [1, 3, 4]);
const TRUST = ids('trust_in_partners', [1, 2, 3]);
/** Every combination of two answers a and b over three statements: no statement goes with another. */
const independent = (a: number, b: number) =>
  [a, b].flatMap((x) => [a, b].flatMap((y) => [a, b].map((z) => [x, y, z] as [number, number, number])));

const X = Array.from({ length: 16 }, (_, i) => ({
  // Resources: the first two statements go together, the third on its own.
  ...people(
    [
      [2, 2, 2],
      [2, 2, 4],
      [4, 4, 2],
      [4, 4, 4],
    ],
    RESOURCES,
  )[i],
  ...people(independent(2, 4), URGENCY)[i],
  ...people(
    [
      [2, 2, 2],
      [4, 4, 4],
    ],
    TRUST,
  )[i],
  // 8 procurement, 4 joint development, 4 "don't know".
  'triangle.function': i < 8 ? 'procurement' : i < 12 ? 'joint_development' : 'dont_know',
}));
const Y = Array.from({ length: 16 }, (_, i) => ({
  ...people(
    [
      [1, 1, 1],
      [1, 1, 3],
      [3, 3, 1],
      [3, 3, 3],
    ],
    RESOURCES,
  )[i],
  ...people(independent(4, 5), URGENCY)[i],
  ...people([[4, 4, 4]], TRUST)[i],
  'triangle.function': 'procurement',
}));

const report = buildReport({
  ...reportInput(
    [
      { id: 'X', name: 'Gemeente', shownAsOrganisation: false, answers: X },
      { id: 'Y', name: 'Bouwbedrijf', shownAsOrganisation: false, answers: Y },
    ],
    { instrument: instrumentV2, sections: ['readiness', 'triangle'], minGroupSize: 5 },
  ),
  collaborationFunction: 'procurement',
});
const factor = (name: string) => report.readiness!.factors.find((f) => f.factor === name)!;

describe('readiness in version 2', () => {
  it('puts the factors procurement leans on first, then the others in instrument order', () => {
    expect(report.readiness!.stated).toBe('procurement');
    expect(report.readiness!.factors.map((f) => [f.factor, f.needed])).toEqual([
      ['accountability', true],
      ['collaborating_professionals', true],
      ['function_clarity', true],
      ['resource_commitment', true],
      ['organisational_learning', false],
      ['urgency', false],
      ['shared_horizon', false],
      ['energy_community', false],
      ['trust_in_partners', false],
      ['shared_ownership', false],
    ]);
  });

  it('rates the partnership by its weakest partner where every partner must deliver, by the mean of the partners elsewhere', () => {
    // Resources: X 3, Y 2 → every partner must commit, so the partnership is at Y's 2 (concern).
    expect(factor('resource_commitment')).toMatchObject({
      rule: 'weakest',
      weakest: { partnerIds: ['Y'], score: 2, band: 'concern' },
      partnership: { score: 2, band: 'concern' },
    });
    // Urgency: X 3, Y 4.5 → partners can carry each other's urgency: (3 + 4.5)/2 = 3.75.
    expect(factor('urgency')).toMatchObject({
      rule: 'mean',
      weakest: { partnerIds: ['X'], score: 3, band: 'borderline' },
      partnership: { score: 3.75, band: 'borderline' },
    });
  });

  it('calls a partner split 8/8 on every statement divided by AD_M, though r_wg(J) with three statements calls it agreed', () => {
    // Each statement: s² = 16/15, over σ² = 2 gives 0.5333; r_wg(3) = 3·0.4667 / (3·0.4667 + 0.5333) = 0.7241 ≥ 0.70.
    // But every answer lies 1 point from the mean: AD_M = 1 > 5/6.
    expect(factor('resource_commitment').byPartner[0]).toEqual({
      partnerId: 'X',
      score: 3,
      band: 'borderline',
      divided: true,
      rwgJ: 0.7241,
      ad: 1,
      dontKnowShare: 0,
    });
    // Y all at 4 on trust: no spread at all.
    expect(factor('trust_in_partners').byPartner[1]).toMatchObject({ score: 4, divided: false, rwgJ: 1, ad: 0 });
  });

  it('reads reliability from the statements’ cross-products, pooled within partners', () => {
    // Resources: statements 1 and 2 go together (r = 1), the third with neither (r = 0): r̄ = 1/3,
    // Spearman–Brown 3·(1/3) / (1 + 2·(1/3)) = 0.6, exactly the floor: readable. 32 answers per pair.
    expect(factor('resource_commitment').reliability).toEqual({ value: 0.6, meanCorrelation: 0.3333, answers: 32, tooLow: false });
    expect(RELIABILITY_MIN).toBe(0.6);
    // Urgency: every combination equally often, so no statement goes with another: r̄ = 0, reliability 0.
    expect(factor('urgency').reliability).toEqual({ value: 0, meanCorrelation: 0, answers: 32, tooLow: true });
    // Trust: X answers all three alike (2,2,2 or 4,4,4); Y has no spread, so adds degrees of freedom
    // but no covariance: pooled covariance 16/30 over pooled variance 16/30, r = 1 for every pair.
    expect(factor('trust_in_partners').reliability).toEqual({ value: 1, meanCorrelation: 1, answers: 32, tooLow: false });
    // Nobody answered the other factors: nothing to judge.
    expect(factor('accountability').reliability).toBeNull();
  });

  it('shows which function respondents see, against the stated one, "don’t know" included', () => {
    // X: 8 of 16 chose procurement (4 "don't know"): 0.5 with Wilson 95 % (z² = 3.841459): centre
    // (0.5 + 3.841459/32)/(1 + 3.841459/16) = 0.5, half 1.959964/1.240091 · √(0.015625 + 0.003752) = 0.2200.
    expect(report.readiness!.functionSeen).toEqual({
      itemId: 'triangle.function',
      byPartner: [
        {
          partnerId: 'X',
          answered: 12,
          dontKnow: 4,
          shares: [
            { optionId: 'strategic_alignment', share: 0 },
            { optionId: 'operational_alignment', share: 0 },
            { optionId: 'joint_development', share: 0.3333 },
            { optionId: 'procurement', share: 0.6667 },
          ],
          asStated: { share: 0.5, ci95: [0.28, 0.72] },
        },
        {
          partnerId: 'Y',
          answered: 16,
          dontKnow: 0,
          shares: [
            { optionId: 'strategic_alignment', share: 0 },
            { optionId: 'operational_alignment', share: 0 },
            { optionId: 'joint_development', share: 0 },
            { optionId: 'procurement', share: 1 },
          ],
          // 16 of 16: centre (1 + 0.120046)/1.240091 = 0.9032, half 0.0968 → [0.8064, 1].
          asStated: { share: 1, ci95: [0.8064, 1] },
        },
      ],
    });
  });

  it('lists the weakest factors by the partnership’s score, marking what the function needs and what is unreliable', () => {
    expect(report.findings.readiness.map((r) => [r.factor, r.score, r.rule, r.needed, r.unreliable])).toEqual([
      ['resource_commitment', 2, 'weakest', true, false],
      ['trust_in_partners', 3.5, 'mean', false, false],
      ['urgency', 3.75, 'mean', false, true],
    ]);
  });
});
