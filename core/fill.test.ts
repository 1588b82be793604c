import { describe, expect, it } from 'vitest';
import { fill, fillPieces } from './fill';

describe('fill', () => {
  it('fills placeholders with texts and numbers, and leaves unknown ones as they stand', () => {
    expect(fill('{n} van {total}, {other}', { n: 2, total: 10 })).toBe('2 van 10, {other}');
  });

  it('never doubles the full stop after an inserted text that ends a sentence itself', () => {
    const template = 'De partners willen samen werken aan: {challenge}. Deze vragenlijst laat zien waar.';
    expect(fill(template, { challenge: 'Meer mensen aan het werk' })).toBe(
      'De partners willen samen werken aan: Meer mensen aan het werk. Deze vragenlijst laat zien waar.',
    );
    expect(fill(template, { challenge: 'Meer mensen aan het werk.' })).toBe(
      'De partners willen samen werken aan: Meer mensen aan het werk. Deze vragenlijst laat zien waar.',
    );
    expect(fill(template, { challenge: 'Wie doet wat?' })).toBe(
      'De partners willen samen werken aan: Wie doet wat? Deze vragenlijst laat zien waar.',
    );
    expect(fill('U beantwoordt de vragen voor: {partner}.', { partner: 'Bouw B.V.' })).toBe('U beantwoordt de vragen voor: Bouw B.V.');
    expect(fill('Samen met "{name}".', { name: 'Werk!' })).toBe('Samen met "Werk!".');
    expect(fill('{a}! En {b}?', { a: 'Ja.', b: 'Nee…' })).toBe('Ja. En Nee…');
  });

  it('keeps punctuation that does not end a sentence, and full stops inside a text', () => {
    expect(fill('In "{name}", {partner} werkt.', { name: 'Stad 2.0', partner: 'Bouw B.V.' })).toBe('In "Stad 2.0", Bouw B.V. werkt.');
    expect(fill('{name}: de opgave.', { name: 'Bouw B.V.' })).toBe('Bouw B.V.: de opgave.');
  });

  it('keeps an inserted text in another language apart, with its language', () => {
    expect(fillPieces('On: {challenge}. Thanks.', { challenge: { text: 'Meer werk.', lang: 'nl' } })).toEqual([
      'On: ',
      { text: 'Meer werk.', lang: 'nl' },
      ' Thanks.',
    ]);
  });
});
