/**
 * Change between two waves, against answers worked out by hand (docs/alignment.md §11): a fault
 * line that narrowed, a partner that moved, a readiness factor that rose, a value-case gap that was
 * filled; the confidentiality rules of each wave (k, the item threshold) deciding what is compared;
 * and the items compared across instrument versions, with those left out named.
 *
 * Notation as in report.test.ts. t₀.₉₇₅: df 6 → 2.446912, 12 → 2.178813.
 */
import { describe, expect, it } from 'vitest';
import type { Answers, Instrument } from '../../../core/instrument/types';
import { buildChange, buildPartnerChange } from '../../../worker/analysis/change';
import { pairItems } from '../../../worker/analysis/change/items';
import { ChangeFamilies, reported } from '../../../worker/analysis/change/tests';
import { columns, type FixturePartner, instrument, reportInput } from './fixtures';

const culture = instrument.sections.find((s) => s.id === 'culture')!;
/** An instrument with one question, culture.pace (1 = slow … 7 = fast): the worked example's. */
const paceOnly: Instrument = { version: 1, sections: [{ ...culture, items: culture.items.filter((i) => i.id === 'culture.pace') }] };

const partner = (id: string, name: string, answers: Answers[]): FixturePartner => ({ id, name, shownAsOrganisation: false, answers });
const paceWave = (gemeente: number[], zorggroep: number[]) =>
  reportInput(
    [
      partner('g', 'Gemeente', columns(4, { 'culture.pace': gemeente })),
      partner('z', 'Zorggroep', columns(4, { 'culture.pace': zorggroep })),
    ],
    { instrument: paceOnly, sections: ['culture'] },
  );

describe('the worked example: a fault line that narrowed', () => {
  // Then: Gemeente 2, 2, 3, 1 (mean 2, s² 2/3), Zorggroep 6, 6, 5, 7 (6, 2/3): 4 points apart, a fault line.
  // Now: Gemeente 3, 4, 3, 4 (3.5, s² 1/3), Zorggroep 5, 5, 4, 6 (5, 2/3): 1.5 apart.
  const change = buildChange(paceWave([2, 2, 3, 1], [6, 6, 5, 7]), paceWave([3, 4, 3, 4], [5, 5, 4, 6]));

  it('compares both partners on the one question, in three families of four changes', () => {
    expect(change.partners.map((p) => [p.name, p.before, p.after, p.compared])).toEqual([
      ['Gemeente', 'shown', 'shown', true],
      ['Zorggroep', 'shown', 'shown', true],
    ]);
    expect(change.items).toEqual({ compared: 1, leftOut: [] });
    // The partners on pace (2), the pair on pace (1), the pair's culture score (1).
    expect(change.comparisons).toEqual({ families: 3, changes: 4, falseDiscoveryRate: 0.05 });
  });

  it('calls the fault line clearly closer: 4 → 1.5 points, interval −4.16 to −0.84', () => {
    // |d| now − |d| then = 1.5 − 4 = −2.5. Own variance pooled over the four groups:
    // (3·2/3 + 3·2/3 + 3·1/3 + 3·2/3) / 12 = 7/12, SE = √(7/12 · (1/4 · 4)) = 0.7638 with 12 df:
    // −2.5 ± 2.178813 · 0.7638 = −2.5 ± 1.6641. |−2.5| ≥ 0.125 · 6 = 0.75: a candidate.
    // Chance: the item's pooled variance is the same 7/12 (nobody unanimous), t = 2.5 / 0.7638 = 3.273,
    // p = 0.0066 (12 df), one pair. Benjamini–Hochberg over three families with p 0.0066, 0.0066 and
    // 0.0334 (below): q = 3 · 0.0066 / 2 = 0.0099, rounded up 0.01: sure.
    expect(change.faultLines).toEqual([
      {
        itemId: 'culture.pace',
        sectionId: 'culture',
        format: 'bipolar',
        points: 7,
        before: 'fault_line',
        after: 'fault_line',
        positions: [
          { partnerId: 'g', before: 2, after: 3.5 },
          { partnerId: 'z', before: 6, after: 5 },
        ],
        pairs: [
          {
            a: 'g',
            b: 'z',
            before: 4,
            after: 1.5,
            change: -2.5,
            ci95: [-4.1641, -0.8359],
            ci95Clipped: false,
            verdict: 'closer',
            reason: null,
            qValue: 0.01,
            sureness: 'sure',
          },
        ],
        closer: 1,
        furtherApart: 0,
        verdict: 'closer',
      },
    ]);
  });

  it('says the culture score of the pair rose from 0.33 to 0.75', () => {
    // Score = 1 − |d| / 6: 1 − 4/6 = 0.3333 → 1 − 1.5/6 = 0.75, change 0.4167 = 2.5 / 6, SE 0.7638 / 6 = 0.1273:
    // 0.4167 ± 2.178813 · 0.1273 = 0.4167 ± 0.2774. The same statistic as the gap: q 0.01.
    expect(change.pairs).toEqual([
      {
        a: 'g',
        b: 'z',
        sectionId: 'culture',
        items: 1,
        before: 0.3333,
        after: 0.75,
        change: 0.4167,
        ci95: [0.1393, 0.694],
        ci95Clipped: false,
        verdict: 'closer',
        reason: null,
        qValue: 0.01,
        sureness: 'sure',
      },
    ]);
    expect(change.sectionPairs).toEqual([{ sectionId: 'culture', compared: 1, closer: 1, furtherApart: 0 }]);
  });

  it('says Gemeente moved towards "fast" clearly and Zorggroep’s move is uncertain', () => {
    // Gemeente: 3.5 − 2 = 1.5; own pooled variance (3·2/3 + 3·1/3)/6 = 0.5, SE √(0.5 · 1/2) = 0.5, 6 df:
    // 1.5 ± 2.446912 · 0.5 = 1.5 ± 1.2235. Chance: t = 1.5 / √(7/12 · 1/2) = 2.777, p = 0.0167 (12 df),
    // times 2 partners = 0.0334; q = 3 · 0.0334 / 3 = 0.0334: fairly sure. Holm within the family at
    // 0.05 · 3/3: 0.0167 ≤ 0.05 / 2.
    // Zorggroep: 5 − 6 = −1; own variance 2/3, SE √(2/3 · 1/2) = 0.5774: −1 ± 1.4127 includes 0.
    const detail = buildPartnerChange(paceWave([2, 2, 3, 1], [6, 6, 5, 7]), paceWave([3, 4, 3, 4], [5, 5, 4, 6]), 'g')!;
    expect(detail.items).toEqual([
      {
        partnerId: 'g',
        itemId: 'culture.pace',
        sectionId: 'culture',
        before: 2,
        after: 3.5,
        change: 1.5,
        ci95: [0.2765, 2.7235],
        ci95Clipped: false,
        verdict: 'higher',
        reason: null,
        qValue: 0.0335,
        sureness: 'fairly_sure',
      },
    ]);
    expect(buildPartnerChange(paceWave([2, 2, 3, 1], [6, 6, 5, 7]), paceWave([3, 4, 3, 4], [5, 5, 4, 6]), 'z')!.items[0]).toMatchObject({
      change: -1,
      ci95: [-2.4127, 0.4127],
      ci95Clipped: false,
      verdict: 'no_clear_change',
      reason: 'uncertain',
    });
    expect(change.partnerSections).toEqual([
      { partnerId: 'g', sectionId: 'culture', compared: 1, higher: ['culture.pace'], lower: [] },
      { partnerId: 'z', sectionId: 'culture', compared: 1, higher: [], lower: [] },
    ]);
  });

  it('calls nothing clear when the waves answer alike, and a small shift too small', () => {
    const same = buildChange(paceWave([2, 2, 3, 1], [6, 6, 5, 7]), paceWave([2, 2, 3, 1], [6, 6, 5, 7]));
    expect(same.faultLines[0]!.verdict).toBe('no_clear_change');
    expect(same.faultLines[0]!.pairs[0]).toMatchObject({ change: 0, reason: 'too_small' });
    // Everyone one point faster: the gap is unchanged; each partner's +1 (≥ 0.75) is a candidate, but
    // with four answers a side not certain enough.
    const faster = buildChange(paceWave([2, 2, 3, 1], [6, 6, 5, 7]), paceWave([3, 3, 4, 2], [7, 7, 6, 7]));
    expect(faster.faultLines[0]!.pairs[0]!.verdict).toBe('no_clear_change');
  });
});

describe('readiness and the value case', () => {
  const wave = (a: Record<string, Answers[string][]>, b: Record<string, Answers[string][]>) =>
    reportInput([partner('g', 'Gemeente', columns(4, a)), partner('z', 'Zorggroep', columns(4, b))], {
      sections: ['readiness', 'value_case'],
    });
  const money = [['money'], ['money'], ['money'], []];
  const staff = [['staff'], ['staff'], ['staff'], ['data']];
  const zorggroep = { 'readiness.u1': [4, 4, 4, 4], 'readiness.u2': [4, 5, 4, 5], 'readiness.t1': [4, 4, 4, 4] };
  const gets = { 'value_case.get': [['money'], ['money'], [], ['money']] };
  const change = buildChange(
    wave(
      {
        'readiness.u1': [2, 2, 3, 3],
        'readiness.u2': [2, 3, 2, 3],
        'readiness.t1': [3, 3, 3, 3],
        'value_case.bring': money,
        'value_case.get': staff,
      },
      { ...zorggroep, ...gets, 'value_case.bring': [['data'], ['data'], ['data'], ['data']] },
    ),
    wave(
      {
        'readiness.u1': [4, 4, 5, 5],
        'readiness.u2': [4, 5, 4, 5],
        'readiness.t1': [3, 3, 3, 3],
        'value_case.bring': money,
        'value_case.get': staff,
      },
      {
        ...zorggroep,
        ...gets,
        'value_case.bring': [
          ['data', 'staff'],
          ['data', 'staff'],
          ['data', 'staff'],
          ['data', 'staff'],
        ],
      },
    ),
  );

  it('scores a readiness factor by the statements of both waves and bounds its error by the items’', () => {
    // Gemeente's urgency: statements 2.5 and 2.5 then, 4.5 and 4.5 now: 2.5 → 4.5. Each statement's
    // change has SE √(1/3 · 1/2) = 0.4082 (6 df); the factor's is at most their mean, 0.4082:
    // 2 ± 2.446912 · 0.4082 = 2 ± 0.9989. Zorggroep does not move.
    const urgency = change.readiness.find((f) => f.factor === 'urgency')!;
    expect(urgency.byPartner[0]).toMatchObject({
      partnerId: 'g',
      before: 2.5,
      after: 4.5,
      change: 2,
      ci95: [1.0011, 2.9989],
      ci95Clipped: false,
      verdict: 'higher',
    });
    expect(urgency.byPartner[1]).toMatchObject({ partnerId: 'z', change: 0, verdict: 'no_clear_change', reason: 'too_small' });
    expect(urgency.weakest).toEqual({ before: { partnerIds: ['g'], score: 2.5 }, after: { partnerIds: ['z'], score: 4.25 } });
    // Partners can carry each other's urgency: the partnership's score is their mean, (2.5 + 4.25) / 2 → (4.5 + 4.25) / 2.
    expect(urgency).toMatchObject({ rule: 'mean', partnership: { before: 3.375, after: 4.375 } });
    expect(urgency.verdict).toBe('higher');
    expect(change.readiness.find((f) => f.factor === 'trust_in_partners')!.verdict).toBe('no_clear_change');
  });

  it('judges a factor on the statements answered, when one of its statements was answered by nobody', () => {
    // urgency has u1 and u2; nobody answers u2 in either wave. The factor rests on u1 alone, and is judged.
    const only = (u1: number[]) => wave({ 'readiness.u1': u1 }, { 'readiness.u1': [4, 4, 4, 4] });
    const factor = buildChange(only([1, 2, 1, 2]), only([4, 5, 4, 5])).readiness.find((f) => f.factor === 'urgency')!;
    expect(factor.byPartner[0]).toMatchObject({ before: 1.5, after: 4.5, verdict: 'higher', reason: null });
  });

  it('follows a gap into a match, and holds a filled gap of four respondents to the chance control', () => {
    // Staff: Gemeente wants it (3 of 4), nobody brings it then; Zorggroep brings it now (4 of 4).
    const staffChange = change.valueCase.find((r) => r.optionId === 'staff')!;
    expect(staffChange.gap).toEqual({ before: { wantedBy: ['g'], broughtBy: [] }, after: null });
    expect(staffChange.matches).toEqual([{ wanterId: 'g', bringerId: 'z', before: false, after: true }]);
    // 0 of 4 → 4 of 4: both unanimous, so the own interval is [1, 1]; the chance statistic counts each
    // unanimous group as one step off (s² = 1/4): t = 1 / √(1/4 · 1/2) = 2.83 (12 df), p = 0.015, two
    // partners compared: not enough among 15 families. Four respondents cannot make it clear.
    expect(staffChange.shares.find((s) => s.side === 'bring')).toMatchObject({
      partnerId: 'z',
      before: 0,
      after: 1,
      ci95: [1, 1],
      ci95Clipped: false,
      verdict: 'no_clear_change',
      reason: 'could_be_chance',
    });
    expect(staffChange.verdict).toBe('no_clear_change');
    // Money: a match in both waves, nothing moved.
    expect(change.valueCase.find((r) => r.optionId === 'money')).toMatchObject({
      gap: null,
      matches: [{ wanterId: 'z', bringerId: 'g', before: true, after: true }],
      verdict: 'no_clear_change',
    });
  });
});

describe('confidentiality in each wave', () => {
  const small = (answers: Answers[]) => partner('s', 'Stichting Klein', answers);
  const others = [
    partner('g', 'Gemeente', columns(4, { 'culture.pace': [2, 2, 3, 1] })),
    partner('z', 'Zorggroep', columns(4, { 'culture.pace': [6, 6, 5, 7] })),
  ];
  const wave = (extra: FixturePartner, k = 3) =>
    reportInput([...others, extra], { instrument: paceOnly, sections: ['culture'], minGroupSize: k });

  it('compares only partners shown in both waves; a partner under k in one wave changes nothing', () => {
    const shownThen = small(columns(4, { 'culture.pace': [4, 4, 4, 4] }));
    const extreme = buildChange(wave(shownThen), wave(small(columns(2, { 'culture.pace': [7, 7] }))));
    const mild = buildChange(wave(shownThen), wave(small(columns(2, { 'culture.pace': [1, 1] }))));
    expect(extreme.partners.find((p) => p.id === 's')).toEqual({
      id: 's',
      name: 'Stichting Klein',
      before: 'shown',
      after: 'not_enough_responses',
      compared: false,
    });
    expect(extreme).toEqual(mild);
    // Named in the list of partners, and nowhere else.
    expect(JSON.stringify({ ...extreme, partners: [] })).not.toContain('"s"');
    expect(buildPartnerChange(wave(shownThen), wave(small(columns(2, { 'culture.pace': [7, 7] }))), 's')).toBeNull();
  });

  it('applies each wave’s own k', () => {
    const four = small(columns(4, { 'culture.pace': [4, 4, 4, 4] }));
    // Four respondents: shown under k = 3, not under k = 5 (and then nobody is shown at all).
    const change = buildChange(wave(four, 3), wave(four, 5));
    expect(change.partners.map((p) => p.after)).toEqual(['not_enough_responses', 'not_enough_responses', 'not_enough_responses']);
    expect(change.comparisons.changes).toBe(0);
  });

  it('applies the item threshold on both sides: a question answered by fewer than k in one wave has no change', () => {
    const input = (answers: Record<string, Answers[string][]>) =>
      reportInput(
        [
          partner('g', 'Gemeente', columns(4, answers)),
          partner('z', 'Zorggroep', columns(4, { 'readiness.u1': [4, 4, 4, 4], 'readiness.u2': [4, 4, 4, 4] })),
        ],
        {
          sections: ['readiness'],
        },
      );
    // Gemeente: u2 answered by two only now (two "don't know"): under k = 3.
    const change = buildChange(
      input({ 'readiness.u1': [2, 2, 2, 2], 'readiness.u2': [2, 2, 2, 2] }),
      input({ 'readiness.u1': [4, 4, 4, 4], 'readiness.u2': [5, 5, 'dont_know', 'dont_know'] }),
    );
    const detail = buildPartnerChange(
      input({ 'readiness.u1': [2, 2, 2, 2], 'readiness.u2': [2, 2, 2, 2] }),
      input({ 'readiness.u1': [4, 4, 4, 4], 'readiness.u2': [5, 5, 'dont_know', 'dont_know'] }),
      'g',
    )!;
    expect(detail.items.map((i) => i.itemId)).toEqual(['readiness.u1']);
    // The factor uses u1 alone: 2 → 4, never the two answers of 5.
    expect(change.readiness.find((f) => f.factor === 'urgency')!.byPartner[0]).toMatchObject({ before: 2, after: 4 });
  });
});

describe('instrument versions', () => {
  // A test-only version 2 of the fixture instrument: culture.style dropped, culture.scope new,
  // values.fair asked as agreement (same id, other format: not comparable), drives with a third
  // option (points shared differently), value_case.bring with an extra option.
  const v2: Instrument = {
    version: 100,
    sections: instrument.sections.map((section) => {
      if (section.id === 'culture') {
        const scope = {
          id: 'culture.scope',
          format: 'bipolar',
          required: true,
          text: { nl: 'scope', en: 'scope' },
          left: { nl: 'own', en: 'own' },
          right: { nl: 'shared', en: 'shared' },
        } as const;
        return { ...section, items: [...section.items.filter((i) => i.id !== 'culture.style'), scope] };
      }
      const items = section.items.map((item) => {
        if (item.id === 'values.fair')
          return { id: item.id, format: 'agreement', required: true, text: item.text, tags: { factor: 'urgency' } } as const;
        if (item.format === 'allocation' || (item.format === 'multi_select' && 'valueCase' in item.tags && item.tags.valueCase === 'bring'))
          return { ...item, options: [...item.options, { id: 'time', label: { nl: 'time', en: 'time' } }] };
        return item;
      });
      return { ...section, items };
    }),
  };
  const items = (version: Instrument) => version.sections.flatMap((s) => s.items);

  it('compares only items with the same id, format and structure, and names the others', () => {
    const pairing = pairItems(items(instrument), items(v2));
    expect(pairing.leftOut).toEqual([
      { itemId: 'drives.mix', reason: 'changed' },
      { itemId: 'culture.scope', reason: 'only_after' },
      { itemId: 'values.fair', reason: 'changed' },
      { itemId: 'culture.style', reason: 'only_before' },
    ]);
    expect(pairing.compared.map((i) => i.id)).toContain('value_case.bring');
    // Perceptions, free text and "about you" are never compared, so never "left out".
    expect(pairing.compared.concat().some((i) => ['perception', 'text', 'single_choice'].includes(i.format))).toBe(false);
  });

  it('computes a change over the items both versions ask, on the options both offer', () => {
    const answers = (pace: number, fair: number, bring: string[]) =>
      columns(4, {
        'culture.pace': [pace, pace, pace, pace],
        'culture.style': [4, 4, 4, 4],
        'culture.scope': [4, 4, 4, 4],
        'values.fair': [fair, fair, fair, fair],
        'value_case.bring': [bring, bring, bring, bring],
      });
    const sections = ['culture', 'values', 'value_case'] as const;
    const before = reportInput([partner('g', 'Gemeente', answers(2, 1, ['money'])), partner('z', 'Zorggroep', answers(6, 5, ['data']))], {
      sections: [...sections],
    });
    const after = reportInput(
      [partner('g', 'Gemeente', answers(3, 5, ['money', 'time'])), partner('z', 'Zorggroep', answers(6, 1, ['data', 'time']))],
      {
        instrument: v2,
        sections: [...sections],
      },
    );
    const change = buildChange(before, after);
    expect(change.items.compared).toBe(3);
    expect(change.items.leftOut.map((l) => l.itemId)).toEqual(['culture.scope', 'values.fair', 'culture.style']);
    const detail = buildPartnerChange(before, after, 'g')!;
    // values.fair went from importance 1 to agreement 5: no change is computed on it.
    expect(detail.items.map((i) => i.itemId)).toEqual(['culture.pace']);
    expect(JSON.stringify(change)).not.toContain('"time"');
  });
});

describe('an interval of a change near the end of its range', () => {
  it('is cut at the largest change the range allows, and says it was', () => {
    // A share falling from 95 % to 20 % on 3 + 3 answers: its t interval reaches below −100 points.
    const families = new ChangeFamilies();
    const estimate = { value: -0.75, ownSe: 0.2, ownDf: 4, chanceSe: 0.2, fewest: 3 };
    const cut = reported(families.add('share', 4, 0.95, 0.2, estimate, 1), { up: 'higher', down: 'lower' }, 'no_clear_change');
    // −0.75 ∓ t₀.₉₇₅(4) · 0.2 = −0.75 ∓ 2.776445 · 0.2 = [−1.3053, −0.1947], cut at −1.
    expect(cut.ci95).toEqual([-1, -0.1947]);
    expect(cut.ci95Clipped).toBe(true);
    const inside = reported(
      families.add('share', 4, 0.5, 0.3, { ...estimate, value: -0.2, ownSe: 0.1 }, 1),
      { up: 'higher', down: 'lower' },
      'no_clear_change',
    );
    expect(inside.ci95).toEqual([-0.4776, 0.0776]);
    expect(inside.ci95Clipped).toBe(false);
  });
});
