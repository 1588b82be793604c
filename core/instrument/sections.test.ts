import { describe, expect, it } from 'vitest';
import { currentInstrument } from './index';
import { currentSections } from './sections';

describe('section summaries', () => {
  it('are the current instrument’s sections, in order, without their questions', () => {
    expect(currentSections).toEqual(currentInstrument.sections.map(({ id, title, minutes }) => ({ id, title, minutes })));
  });
});
