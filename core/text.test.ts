import { describe, expect, it } from 'vitest';
import { isCalendarDay, isWellFormedText } from './text';

describe('text as stored', () => {
  it('refuses half a character, and accepts whole ones, emoji included', () => {
    expect(isWellFormedText('Samen 😀 leren')).toBe(true);
    expect(isWellFormedText('half \uD800 a character')).toBe(false);
    expect(isWellFormedText('\uDC00 at the start')).toBe(false);
    expect(isWellFormedText('at the end \uD83D')).toBe(false);
  });
});

describe('days', () => {
  it('accepts days the calendar has, and only those', () => {
    expect(isCalendarDay('2026-02-28')).toBe(true);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
  });
});
