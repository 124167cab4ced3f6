import { describe, expect, it } from 'vitest';
import { isUnitWord, percentOf, unitOf, unitPattern } from './measure-units.ts';

describe('measure units', () => {
  it.each([
    ['ounces', 'oz'],
    ['fl. oz', 'oz'],
    ['Litres', 'l'],
    ['"', 'in'],
    ['per cent', '%'],
    ['pcs', 'piece'],
    ['slices', 'slice'],
    ['pints', 'pint'],
  ])('"%s" spells the unit %s', (spelling, unit) => {
    expect(unitOf(spelling)?.unit).toBe(unit);
  });

  it('tells measures from counted nouns', () => {
    expect(isUnitWord('oz', ['volume'])).toBe(true);
    expect(isUnitWord('fl', ['volume'])).toBe(true);
    expect(isUnitWord('wings', ['length', 'volume', 'weight'])).toBe(false);
    expect(isUnitWord('pieces', ['length', 'volume', 'weight'])).toBe(false);
    expect(isUnitWord('pieces', ['count'])).toBe(true);
  });

  it('matches the spellings of the units named, longest first', () => {
    const re = new RegExp(`^\\d+\\s*(?:${unitPattern(['in', 'oz'])})$`, 'i');
    for (const s of ['12"', '6-inch', '6 inches', '12 in.', '16 fl oz', '20 ounces'])
      expect(re.test(s)).toBe(true);
    expect(re.test('500 ml')).toBe(false);
  });

  it('reads a whole percent in digits', () => {
    expect(percentOf('25 percent sugar')).toBe(25);
    expect(percentOf('2% Milk')).toBe(2);
    expect(percentOf('half sugar')).toBeUndefined();
  });
});
