/**
 * The headline findings (`Report.findings`) and the facts the page's sentences rest on: ranks that
 * share places when the report cannot tell entries apart, every partner's position on a finding
 * (divided ones marked), differences to discuss apart from uneven readiness, shared ground that is
 * agreement and never a tension felt alike nor a shared concern, value-case gaps that say who brings
 * what, the weakest readiness factors, and nothing at all to say.
 *
 * Partners P and Q answer unanimously (no spread), so each difference is exactly certain and the
 * ranks can be worked out by hand: a fault line's certain gap is then |difference| / range.
 */
import { describe, expect, it } from 'vitest';
import { buildPairDetail, buildReport, FINDINGS_LISTED } from '../../../worker/analysis';
import { columns, reportInput } from './fixtures';

const same = (count: number, value: number | string[]) => Array.from({ length: count }, () => value);

const P = {
  id: 'P',
  name: 'Gemeente',
  shownAsOrganisation: false,
  answers: columns(4, {
    'culture.pace': same(4, 1),
    'culture.style': same(4, 2),
    'values.fair': same(4, 1),
    'readiness.u1': same(4, 2),
    'readiness.u2': same(4, 2),
    'readiness.t1': same(4, 2),
    'triangle.v': same(4, 4),
    'tensions.short_long': same(4, 4),
    'tensions.control_trust': same(4, 2),
    // P brings money and wants it too; wants data, which nobody brings; wants staff, which R brings.
    'value_case.bring': same(4, ['money']),
    'value_case.get': same(4, ['money', 'data', 'staff']),
  }),
};
const Q = {
  id: 'Q',
  name: 'Zorggroep',
  shownAsOrganisation: false,
  answers: columns(4, {
    'culture.pace': same(4, 7),
    'culture.style': same(4, 5),
    'values.fair': same(4, 5),
    'readiness.u1': same(4, 4),
    'readiness.u2': same(4, 4),
    'readiness.t1': same(4, 4),
    'triangle.v': same(4, 4),
    'tensions.short_long': same(4, 4),
    'tensions.control_trust': same(4, 4),
    'value_case.bring': same(4, []),
    'value_case.get': same(4, ['staff']),
  }),
};
// R sits in the middle of pace but in two camps (1, 7, 1, 7): divided, so no verdict with it; its
// readiness ties with P's on urgency, and it is divided on trust.
const R = {
  id: 'R',
  name: 'ROC',
  shownAsOrganisation: false,
  answers: columns(4, {
    'culture.pace': [1, 7, 1, 7],
    'readiness.u1': same(4, 2),
    'readiness.u2': same(4, 2),
    'readiness.t1': [1, 5, 1, 5],
    'triangle.v': same(4, 4),
    'tensions.short_long': same(4, 4),
    'value_case.bring': same(4, ['staff']),
    'value_case.get': same(4, []),
  }),
};

describe('the headline findings', () => {
  const input = reportInput([P, Q, R]);
  const report = buildReport(input);

  it('ranks the differences to discuss by certain gap and keeps every one tied with the third; uneven readiness goes elsewhere', () => {
    expect(FINDINGS_LISTED).toBe(3);
    // Certain gaps as a share of the range (unanimous partners: all of the difference is certain):
    // pace 6/6 and fair 4/4; style 3/6, u1, u2 and control_trust 2/4. (t1 passes the pair rule too,
    // but R's two camps on it widen the item's spread too much for the chance control over the whole
    // report: no fault line.) Ties keep instrument order.
    expect(report.faultLines.map((f) => [f.itemId, f.certainGap, f.kind])).toEqual([
      ['culture.pace', 1, 'ways_of_working'],
      ['values.fair', 1, 'values'],
      ['culture.style', 0.5, 'ways_of_working'],
      ['readiness.u1', 0.5, 'readiness'],
      ['readiness.u2', 0.5, 'readiness'],
      ['tensions.control_trust', 0.5, 'tension'],
    ]);
    // The first screen's differences to discuss: ways of working, values and tensions, ranked among
    // themselves up to rank 3; style and control_trust tie for third. The readiness statements are
    // uneven readiness (the readiness findings say so), not differences in how partners work.
    expect(report.findings.faultLines.map((f) => [f.itemId, f.rank])).toEqual([
      ['culture.pace', 1],
      ['values.fair', 1],
      ['culture.style', 3],
      ['tensions.control_trust', 3],
    ]);
  });

  it('gives every shown partner’s position on a finding, divided partners marked, and says how far apart the widest pair is at least', () => {
    const pace = report.findings.faultLines.find((f) => f.itemId === 'culture.pace')!;
    expect(pace).toMatchObject({ format: 'bipolar', points: 7, conflictingPairs: 1 });
    expect(pace.positions.map((p) => [p.partnerId, p.mean, p.divided])).toEqual([
      ['P', 1, false],
      ['Q', 7, false],
      ['R', 4, true],
    ]);
    // Unanimous partners: the difference is exactly certain, so "at least" is all of it.
    expect(pace.widest).toEqual([{ a: 'P', b: 'Q', difference: -6, ci95: [-6, -6], atLeast: 6, oppositeSides: true }]);
  });

  it('never calls a tension felt alike shared ground, but does call agreement on a statement so, by its band', () => {
    // short_long: all three feel it at 4; triangle.v: all three agree at 4. Every pair aligns on both.
    for (const [a, b] of [
      ['P', 'Q'],
      ['P', 'R'],
      ['Q', 'R'],
    ] as const) {
      const verdicts = buildPairDetail(input, a, b)!.items.filter((i) => ['tensions.short_long', 'triangle.v'].includes(i.itemId));
      expect(verdicts.map((i) => i.verdict)).toEqual(['alignment', 'alignment']);
    }
    // All three agree at 4 (the strength band): a shared strength.
    expect(report.sharedGround).toEqual([
      { itemId: 'triangle.v', sectionId: 'triangle', kind: 'strength', mean: 4, spread: 0, atMost: 0, largestPlausibleDifference: 0 },
    ]);
    expect(report.findings.sharedGround.map((s) => [s.itemId, s.rank, s.positions.length])).toEqual([['triangle.v', 1, 3]]);
    expect(report.findings.sharedConcerns).toEqual([]);
  });

  it('calls partners who all agree in the concern band a shared concern, never shared ground', () => {
    // The same partners, all answering triangle.v with 2: as close together as before, but in the concern band.
    const low = (partner: typeof P | typeof Q | typeof R) => ({
      ...partner,
      answers: partner.answers.map((a) => ({ ...a, 'triangle.v': 2 })),
    });
    const concerned = buildReport(reportInput([low(P), low(Q), low(R)]));
    expect(concerned.sharedGround.map((s) => [s.itemId, s.kind])).toEqual([['triangle.v', 'concern']]);
    expect(concerned.findings.sharedGround).toEqual([]);
    expect(concerned.findings.sharedConcerns.map((s) => [s.itemId, s.rank, s.mean])).toEqual([['triangle.v', 1, 2]]);
  });

  it('says for each gap who brings the resource: nobody, or only the partner that wants it', () => {
    const vc = report.findings.valueCase!;
    // data: P wants it and nobody brings it; money: P wants it and only P itself brings it.
    expect(vc.gaps).toEqual([
      { optionId: 'data', wantedBy: ['P'], broughtBy: [], wantedByAll: false },
      { optionId: 'money', wantedBy: ['P'], broughtBy: ['P'], wantedByAll: false },
    ]);
    // staff: P and Q find it with R.
    expect(vc.matches).toEqual([{ optionId: 'staff', wantedBy: ['P', 'Q'], broughtBy: ['R'] }]);
    // money is brought by P and wanted by P alone: unused by anyone else, and the model says P wants it.
    expect(report.valueCase!.unusedOffers).toEqual([{ optionId: 'money', broughtBy: ['P'], wantedBy: ['P'] }]);
  });

  it('lists the weakest readiness factors by the partnership’s score, every partner tied for lowest named, uneven ones marked', () => {
    // Urgency and trust are carried together: the partnership's score is the mean of the partners'.
    // urgency: P 2, Q 4, R 2 → 8/3 = 2.6667, P and R lowest at 2; its statements are fault lines (P
    // and R at 2 against Q at 4): uneven. trust: P 2, Q 4, R 3 → 3, P lowest; R divided (1/5/1/5).
    expect(report.findings.readiness).toEqual([
      {
        factor: 'urgency',
        rank: 1,
        rule: 'mean',
        score: 2.6667,
        band: 'concern',
        partnerIds: ['P', 'R'],
        lowest: 2,
        divided: false,
        needed: false,
        uneven: true,
        unreliable: false,
      },
      {
        factor: 'trust_in_partners',
        rank: 2,
        rule: 'mean',
        score: 3,
        band: 'borderline',
        partnerIds: ['P'],
        lowest: 2,
        divided: false,
        needed: false,
        uneven: false,
        unreliable: false,
      },
    ]);
    const trust = report.readiness!.factors.find((f) => f.factor === 'trust_in_partners')!;
    // R's 1/5/1/5: variance 5.33 ≥ 2, so r_wg(J) 0; AD_M 2 > 5/6: no single position.
    expect(trust.byPartner.find((p) => p.partnerId === 'R')).toMatchObject({ score: 3, divided: true, rwgJ: 0, ad: 2 });
  });

  it('marks a pair score that uses a divided partner’s mean', () => {
    const culture = report.sections.find((s) => s.sectionId === 'culture')!.pairScores;
    // R against Q on pace: |4 − 7|/6 → 0.5 with R divided; against P the same. style: R did not answer.
    expect(culture.scores[2]).toEqual([0.5, 0.5, 1]);
    expect(culture.divided).toEqual([
      [0, 0, 1],
      [0, 0, 1],
      [1, 1, 0],
    ]);
  });
});

describe('a report with nothing to say', () => {
  it('has no findings with one shown partner', () => {
    const report = buildReport(reportInput([P]));
    expect(report.findings).toEqual({
      faultLines: [],
      sharedGround: [],
      sharedConcerns: [],
      complements: [],
      // P wants data, money and staff; it brings money itself and nobody else is shown.
      valueCase: {
        matches: [],
        gaps: [
          { optionId: 'data', wantedBy: ['P'], broughtBy: [], wantedByAll: true },
          { optionId: 'staff', wantedBy: ['P'], broughtBy: [], wantedByAll: true },
          { optionId: 'money', wantedBy: ['P'], broughtBy: ['P'], wantedByAll: false },
        ],
      },
      readiness: (['urgency', 'trust_in_partners'] as const).map((factor) => ({
        factor,
        rank: 1,
        rule: 'mean',
        score: 2,
        band: 'concern',
        partnerIds: ['P'],
        lowest: 2,
        divided: false,
        needed: false,
        uneven: false,
        unreliable: false,
      })),
    });
  });

  it('has no value case or readiness findings when the survey did not ask them', () => {
    const report = buildReport(reportInput([P, Q], { sections: ['drives', 'culture', 'values'] }));
    expect(report.findings.valueCase).toBeNull();
    expect(report.findings.readiness).toEqual([]);
  });
});
