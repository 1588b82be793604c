/**
 * Breakdowns by role and involvement, k = 3, on one importance item (values.fair, 5 points), as
 * the first release of the answers holds them: one dimension per partner (role before
 * involvement), its "did not answer" group kept as a group of its own that must meet k as well.
 * t₀.₉₇₅: df 2 → 4.302653, 3 → 3.182446, 8 → 2.306004.
 */
import { describe, expect, it } from 'vitest';
import { buildBreakdowns } from '../../../worker/analysis';
import { columns, reportInput } from './fixtures';

const sections = ['values', 'about'] as const;
const input = reportInput(
  [
    {
      id: 'P',
      name: 'P',
      shownAsOrganisation: false,
      answers: columns(7, {
        'values.fair': [5, 4, 3, 2, 2, 1, 1],
        'about.role': ['manager', 'manager', 'manager', 'professional', 'professional', 'professional', 'professional'],
        'about.involvement': ['yes', 'yes', 'yes', 'no', 'no'],
      }),
    },
    {
      id: 'R',
      name: 'R',
      shownAsOrganisation: false,
      answers: columns(9, {
        'values.fair': [5, 5, 4, 2, 2, 3, 1, 1, 4],
        'about.role': ['manager', 'manager', 'manager', 'professional', 'professional', 'professional'],
        'about.involvement': Array(9).fill('yes'),
      }),
    },
  ],
  { sections: [...sections], minGroupSize: 3 },
);

describe('breakdowns', () => {
  it('shows a dimension whose groups all meet k, and withholds one with a small group or remainder', () => {
    expect(buildBreakdowns(input, 'P')).toEqual({
      partnerId: 'P',
      itemIds: ['values.fair'],
      dimensions: [
        {
          dimension: 'role',
          itemId: 'about.role',
          status: 'shown',
          groups: [
            // 5,4,3: mean 4, s² = (3·50 − 144)/6 = 1, ± 4.302653/√3 = ± 2.4841
            { optionId: 'manager', respondents: 3, n: [3], means: [4], ci95: [[1.5159, 6.4841]] },
            // 2,2,1,1: mean 1.5, s² = (4·10 − 36)/12 = 0.3333, ± 3.182446 · 0.5774/2 = ± 0.9187
            { optionId: 'professional', respondents: 4, n: [4], means: [1.5], ci95: [[0.5813, 2.4187]] },
          ],
        },
        // yes 3, no 2, did not answer 2: the "no" group is under k.
        { dimension: 'involvement', itemId: 'about.involvement', status: 'withheld', groups: [] },
      ],
    });
  });

  it('shows those who did not answer as a group of their own when it meets k, and one dimension only', () => {
    expect(buildBreakdowns(input, 'R')!.dimensions).toEqual([
      {
        dimension: 'role',
        itemId: 'about.role',
        status: 'shown',
        groups: [
          // 5,5,4: mean 4.6667, s² = (3·66 − 196)/6 = 0.3333, ± 4.302653 · 0.5774/√3 = ± 1.4342
          { optionId: 'manager', respondents: 3, n: [3], means: [4.6667], ci95: [[3.2324, 6.1009]] },
          // 2,2,3: mean 2.3333, same spread
          { optionId: 'professional', respondents: 3, n: [3], means: [2.3333], ci95: [[0.8991, 3.7676]] },
          // all (S 27, Q 101) − managers (14, 66) − professionals (7, 17) = 1,1,4: S 6, Q 18, mean 2,
          // s² = (54 − 36)/6 = 3, ± 4.302653 · 1.7321/√3 = ± 4.3027
          { optionId: null, respondents: 3, n: [3], means: [2], ci95: [[-2.3027, 6.3027]] },
        ],
      },
      // Everyone answered "yes": shown next to the role groups, it would let a reader cross the two
      // partitions (see release.ts), so the release holds the role breakdown only.
      { dimension: 'involvement', itemId: 'about.involvement', status: 'withheld', groups: [] },
    ]);
  });

  it('releases the second dimension when the first cannot be shown', () => {
    const input = reportInput(
      [
        {
          id: 'S',
          name: 'S',
          shownAsOrganisation: false,
          answers: columns(6, {
            'values.fair': [5, 5, 4, 2, 2, 3],
            'about.role': ['manager', 'manager', 'manager', 'manager', 'manager', 'professional'],
            'about.involvement': ['yes', 'yes', 'yes', 'no', 'no', 'no'],
          }),
        },
      ],
      { sections: [...sections], minGroupSize: 3 },
    );
    expect(buildBreakdowns(input, 'S')!.dimensions.map((d) => [d.dimension, d.status, d.groups.map((g) => g.respondents)])).toEqual([
      ['role', 'withheld', []],
      // 5,5,4: mean 4.6667; 2,2,3: mean 2.3333.
      ['involvement', 'shown', [3, 3]],
    ]);
  });
});
