/**
 * The hand-computed partnership of report.test.ts: every answer of its three partners, small enough
 * to work each figure out on paper. Gemeente and Zorggroep have four respondents each; Stichting
 * Klein has two (under k = 3) and answers at the extremes, so any leak of its answers would show.
 */
import { columns, type FixturePartner, reportInput } from './fixtures';

export const A = 'a0000000-0000-4000-8000-00000000000a';
export const B = 'b0000000-0000-4000-8000-00000000000b';
export const D = 'd0000000-0000-4000-8000-00000000000d';

const partnerA: FixturePartner = {
  id: A,
  name: 'Gemeente',
  shownAsOrganisation: false,
  answers: columns(4, {
    'drives.mix': [
      { a: 80, b: 20 },
      { a: 60, b: 40 },
      { a: 70, b: 30 },
      { a: 90, b: 10 },
    ],
    'culture.pace': [2, 2, 3, 1],
    'culture.style': [4, 4, 4, 4],
    'values.fair': [5, 5, 4, 5],
    'readiness.u1': [4, 4, 5, 5],
    'readiness.u2': [4, 4, 4, 'dont_know'],
    'readiness.t1': [2, 3, 2, 3],
    'value_case.bring': [['money', 'data'], ['money'], ['money', 'staff'], []],
    'value_case.get': [['data'], ['data', 'staff'], ['data'], ['staff']],
    'triangle.v': [5, 5, 5, 5],
    'triangle.c': [3, 3, 3, 3],
    'triangle.l': [4, 4, 4, 4],
    'tensions.short_long': [4, 4, 4, 4],
    'tensions.control_trust': [2, 2, 2, 2],
    'perceptions.pace': [{ [B]: 3, [D]: 7 }, { [B]: 3 }, { [B]: 3 }, { [B]: 3 }],
  }),
};

const partnerB: FixturePartner = {
  id: B,
  name: 'Zorggroep',
  shownAsOrganisation: false,
  answers: columns(4, {
    'drives.mix': [
      { a: 20, b: 80 },
      { a: 40, b: 60 },
      { a: 30, b: 70 },
      { a: 10, b: 90 },
    ],
    'culture.pace': [6, 6, 5, 7],
    'culture.style': [4, 4, 4, 5],
    'values.fair': [1, 5, 1, 5],
    'readiness.u1': [3, 3, 3, 3],
    'readiness.u2': [3, 4, 3, 4],
    'readiness.t1': [4, 4, 4, 4],
    'value_case.bring': [['data'], ['data'], ['data', 'staff'], ['data']],
    'value_case.get': [['money'], ['money'], [], ['money', 'staff']],
    'triangle.v': [4, 4, 4, 4],
    'triangle.c': [4, 4, 4, 4],
    'triangle.l': [2, 2, 2, 2],
    'tensions.short_long': [3, 3, 3, 3],
    'tensions.control_trust': [5, 5, 5, 4],
    'perceptions.pace': [{ [A]: 3 }, { [A]: 3 }, { [A]: 2 }, { [D]: 1 }],
  }),
};

/** Under k = 3 and not shown as an organisation: its answers are extreme so any leak would show. */
const partnerD: FixturePartner = {
  id: D,
  name: 'Stichting Klein',
  shownAsOrganisation: false,
  answers: columns(2, {
    'drives.mix': [
      { a: 0, b: 100 },
      { a: 0, b: 100 },
    ],
    'culture.pace': [7, 7],
    'culture.style': [1, 1],
    'values.fair': [1, 1],
    'readiness.u1': [1, 1],
    'readiness.u2': [1, 1],
    'readiness.t1': [1, 1],
    'value_case.bring': [['staff', 'money'], ['staff']],
    'value_case.get': [
      ['money', 'data', 'staff'],
      ['money', 'data', 'staff'],
    ],
    'triangle.v': [1, 1],
    'triangle.c': [1, 1],
    'triangle.l': [1, 1],
    'tensions.short_long': [5, 5],
    'tensions.control_trust': [1, 1],
    'perceptions.pace': [
      { [A]: 7, [B]: 7 },
      { [A]: 7, [B]: 7 },
    ],
  }),
};

/** The three partners' answers as the report's input, with k = 3. */
export const input = reportInput([partnerA, partnerB, partnerD], { minGroupSize: 3 });
