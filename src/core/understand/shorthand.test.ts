import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { expandMarkerShorthand, shorthandVariants } from './shorthand.ts';
import { venueParser } from './venue-fixture.ts';

const pz = venueParser('pizzeria').lines;

describe('ordering shorthand', () => {
  it('spells a phrase in its shorthand forms and back', () => {
    expect(shorthandVariants(['mayonnaise'])).toEqual([['mayo']]);
    expect(shorthandVariants(['extra', 'large'])).toContainEqual(['xl']);
    expect(shorthandVariants(['bbq', 'sauce'])).toContainEqual(['barbecue', 'sauce']);
  });

  it('reads w/ and w/o as with and without, between words only', () => {
    const norms = (s: string) => expandMarkerShorthand(normalize(s).tokens).map((t) => t.norm);
    expect(norms('pizza w/ bacon w/o onions')).toEqual(['pizza', 'with', 'bacon', 'without', 'onions']);
    expect(norms('mac n cheese')).toEqual(['mac', 'and', 'cheese']);
    expect(norms('w')).toEqual(['w']);
  });

  it('finds the menu long form from shorthand in an order', () => {
    expect(pz('an xl pepperoni pizza w/ mushrooms w/o onions')).toEqual([
      'pepperoni-pizza x1 [extra-large,mushrooms] -[onions]',
    ]);
    expect(pz('a med pie w/ chix and jalapeño')).toEqual([
      'cheese-pizza x1 [medium,grilled-chicken,jalapenos] -[]',
    ]);
    expect(pz('a large pizza with bar b q sauce')).toEqual(['cheese-pizza x1 [large,bbq-sauce] -[]']);
  });

  it('ignores spaces and hyphens inside names', () => {
    expect(pz('a cheese pizza with pepper jack')).toEqual(['cheese-pizza x1 [pepper-jack] -[]']);
    expect(pz('a cheese pizza with pepper-jack')).toEqual(['cheese-pizza x1 [pepper-jack] -[]']);
    expect(pz('2 bread sticks and a rootbeer')).toEqual(['breadsticks x2 [] -[]', 'root-beer x1 [] -[]']);
  });
});
