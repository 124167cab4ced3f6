import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { kindCategories } from './kind-categories.ts';
import { venueParser } from './venue-fixture.ts';

describe('kind words in a browse', () => {
  it("finds the categories holding a kind by their names and their items' kinds", () => {
    expect(kindCategories(loadVenue('cafe').menu, 'drink')).toEqual(['espresso', 'brewed', 'other-drinks']);
    expect(kindCategories(loadVenue('grill').menu, 'drink')).toEqual(['shakes', 'drinks']);
    expect(kindCategories(loadVenue('diner').menu, 'side')).toEqual(['sides']);
    expect(kindCategories(loadVenue('diner').menu, 'starter')).toEqual([]);
  });

  it('browses every drink category for "dairy free drinks?" where drinks span several', () => {
    const r = venueParser('cafe').parse('dairy free drinks?');
    expect(r.intents[0]?.intent).toBe('browse_menu');
    expect(r.filters.allergenFree).toEqual(['milk']);
    expect(r.filters.noun).toBe('drinks');
    expect(r.filters.items).toContain('cold-brew');
    expect(r.filters.items).toContain('orange-juice');
    expect(r.filters.items).not.toContain('croissant');
  });

  it('lets the category beat an option group named alike in a filtered browse', () => {
    const taco = venueParser('taqueria').parse('dairy free drinks?');
    expect(taco.intents[0]?.intent).toBe('browse_menu');
    expect(taco.filters.category).toBe('drinks');
    const diner = venueParser('diner').parse('any vegetarian sides?');
    expect(diner.intents[0]?.intent).toBe('browse_menu');
    expect(diner.filters).toMatchObject({ category: 'sides', diet: 'vegetarian' });
  });

  it('keeps "no drinks" a decline, not a browse', () => {
    const r = venueParser('grill').parse('a hamburger and no drinks');
    expect(r.filters.items).toBeUndefined();
    expect(r.lines.map((l) => l.itemId)).toEqual(['hamburger']);
  });
});

describe('negated feature clauses', () => {
  it('reads "that isn\'t spicy" and "that\'s not too hot" as the mild dishes', () => {
    for (const [venue, text] of [
      ['diner', "what do you have that isn't spicy"],
      ['spice-route', "anything that's not too hot?"],
    ] as const) {
      const r = venueParser(venue).parse(text);
      expect(r.intents[0]?.intent, text).toBe('browse_menu');
      expect(r.filters.maxSpice, text).toBe(1);
    }
  });

  it('reads "which don\'t have dairy" and "nothing with nuts" as allergen-free', () => {
    const dairy = venueParser('pizzeria').parse("which ones don't have dairy");
    expect(dairy.filters.allergenFree).toEqual(['milk']);
    expect(dairy.filters.allergenIn).toBeUndefined();
    const nuts = venueParser('spice-route').parse('nothing with nuts please, what do you have');
    expect(nuts.filters.allergenFree).toContain('peanuts');
    expect(nuts.filters.allergenIn).toBeUndefined();
    // the dishes *with* it are still asked for so
    expect(venueParser('spice-route').parse('which dishes have sesame?').filters.allergenIn).toEqual([
      'sesame',
    ]);
  });
});
