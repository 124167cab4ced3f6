import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const spice = venueParser('spice-route');

describe('a question for the dishes holding an allergen', () => {
  it('lists with the allergen: a list word and a verb of holding, or a word of avoiding', () => {
    for (const [text, allergens] of [
      ['wich dishes have sesame', ['sesame']],
      ['which dishes contain nuts?', ['tree-nuts', 'peanuts']],
      ['my son has a nut allergy, what should we avoid?', ['tree-nuts', 'peanuts']],
    ] as const) {
      const r = spice.parse(text);
      expect(r.intents[0]?.intent, text).toBe('browse_menu');
      expect(r.filters.allergenIn, text).toEqual(allergens);
      expect(r.filters.allergenFree, text).toEqual([]);
    }
  });

  it('leaves a dish question, an allergen-free list and a stated allergy as they were', () => {
    expect(spice.parse('does the korma have nuts?').intents[0]?.intent).toBe('item_info');
    expect(spice.parse('does the korma have nuts?').filters.allergenIn).toBeUndefined();
    expect(spice.parse('anything without sesame?').filters.allergenIn).toBeUndefined();
    expect(spice.parse('anything without sesame?').filters.allergenFree).toEqual(['sesame']);
    expect(spice.parse('i have a nut allergy').filters.allergenIn).toBeUndefined();
    // the allergen of a person ("someone with celiac") is their need: the dishes without it
    expect(spice.parse('anything for someone with celiac').filters.allergenIn).toBeUndefined();
    expect(spice.parse('any dishes for people with a nut allergy?').filters.allergenIn).toBeUndefined();
  });
});
