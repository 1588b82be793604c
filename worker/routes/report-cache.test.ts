import { describe, expect, it } from 'vitest';
import { currentInstrument, getInstrument } from '../../core/instrument';
import type { Report, ReportInput } from '../analysis';
import { keepModel, keptModel, MODELS_KEPT, modelKey } from './report-cache';

const input: ReportInput = {
  instrument: currentInstrument,
  sections: ['culture', 'readiness'],
  minGroupSize: 5,
  partners: [
    { id: 'a', name: 'Gemeente Rivierstad', shownAsOrganisation: false, expectedStaff: 40, uncappedOpenLinks: 0 },
    { id: 'b', name: 'Zorggroep De Linde', shownAsOrganisation: false, expectedStaff: null, uncappedOpenLinks: 1 },
  ],
  stats: new Map(),
  collaborationFunction: 'joint_development',
  facts: new Map([['a', { answers: { 'facts.staff': 40 }, updatedOn: '2026-04-01' }]]),
};

describe('the kept report models', () => {
  it('are keyed by the survey, the release and every input but the counters', () => {
    const key = modelKey('s', 3, input);
    // The counters are fixed by the survey and the release: they are not in the key.
    expect(modelKey('s', 3, { ...input, stats: new Map([['a', new Map()]]) })).toBe(key);
    const changed: ReportInput[] = [
      { ...input, instrument: getInstrument(1)! },
      { ...input, sections: ['culture'] },
      { ...input, minGroupSize: 6 },
      { ...input, partners: [{ ...input.partners[0]!, name: 'Gemeente Oeverstad' }, input.partners[1]!] },
      { ...input, partners: [{ ...input.partners[0]!, shownAsOrganisation: true }, input.partners[1]!] },
      { ...input, partners: [{ ...input.partners[0]!, expectedStaff: 41 }, input.partners[1]!] },
      { ...input, partners: [input.partners[0]!, { ...input.partners[1]!, uncappedOpenLinks: 2 }] },
      { ...input, partners: [input.partners[1]!, input.partners[0]!] },
      { ...input, collaborationFunction: 'procurement' },
      { ...input, facts: new Map([['a', { answers: { 'facts.staff': 40 }, updatedOn: '2026-04-02' }]]) },
      { ...input, facts: new Map() },
    ];
    const keys = [modelKey('t', 3, input), modelKey('s', 4, input), ...changed.map((c) => modelKey('s', 3, c))];
    for (const other of keys) expect(other).not.toBe(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keep the most recently used MODELS_KEPT', () => {
    const model = (n: number) => ({ minGroupSize: n }) as unknown as Report;
    for (let n = 0; n < MODELS_KEPT; n++) keepModel(`k${n}`, model(n));
    // Reading k0 makes it the most recent: k1 goes first.
    expect(keptModel('k0')).toEqual(model(0));
    keepModel('new', model(99));
    expect(keptModel('k1')).toBeUndefined();
    expect(keptModel('k0')).toEqual(model(0));
    expect(keptModel('new')).toEqual(model(99));
  });
});
