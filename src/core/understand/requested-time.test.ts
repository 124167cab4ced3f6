import { describe, expect, it } from 'vitest';
import { readRequestedTime } from './requested-time.ts';

describe('readRequestedTime', () => {
  it.each([
    ['pickup at 7:30', '7:30?'],
    ['can i collect it around 8pm', '20:00'],
    ['deliver it for 19:00', '19:00'],
    ['as soon as possible', 'asap'],
    ['asap please', 'asap'],
    ['in 45 minutes', '+45'],
    ['for tomorrow lunch', 'tomorrow 12:30'],
    ['ready by 7.30pm', '19:30'],
    ['half past 7', '7:30?'],
    ['quarter to 9 pm', '20:45'],
    ['at noon', '12:00'],
    ['in half an hour', '+30'],
    ['in an hour and a half', '+90'],
    ['in twenty minutes', '+20'],
    ['at 8 tonight', '20:00'],
    ['tomorrow at 6:15 pm', 'tomorrow 18:15'],
    ['actually make it 8pm', '20:00'],
    ['2 samosas for pickup at 7', '7:00?'],
    ['at 9 in the morning', '09:00'],
    ['10 oclock', '10:00?'],
    ["10 o'clock", '10:00?'],
    ['6 p.m.', '18:00'],
  ])('%s → %s', (text, value) => {
    expect(readRequestedTime(text)).toBe(value);
  });

  it.each([
    ['2 samosas'],
    ['a table for 2'],
    ['5'],
    ['at 8 samosas'],
    ['it costs 7.50'],
    ['what time do you close'],
    ['3 naan and 2 lassis'],
    ['for lunch'],
  ])('no time in %s', (text) => {
    expect(readRequestedTime(text)).toBeUndefined();
  });

  it('takes a bare hour only when the time was asked for', () => {
    expect(readRequestedTime('8')).toBeUndefined();
    expect(readRequestedTime('8', true)).toBe('8:00?');
    expect(readRequestedTime('7 30', true)).toBe('7:30?');
    expect(readRequestedTime('now', true)).toBe('asap');
  });
});
