import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

/**
 * Order readings found on the tuned venues restaurants/heroes (a hero shop) and restaurants/bakehouse
 * (coffee and bakery): each case stands for a kind of mechanism, not a dish.
 */
const heroes = venueParser('heroes');

describe('lengths written short', () => {
  it('reads "12in", "6 in" and "ftlong" as the menu\'s lengths', () => {
    expect(heroes.lines('2 chicken parms ftlong toasted')).toEqual([
      'chicken-parm x2 [twelve-inch,toasted] -[]',
    ]);
    expect(heroes.lines('turkey club 12 in toasted')).toEqual(['turkey-club x1 [twelve-inch,toasted] -[]']);
    expect(heroes.lines('chicken cutlet 12in w/ bacon')).toEqual([
      'chicken-cutlet x1 [twelve-inch,bacon] -[]',
    ]);
  });
});
