import { describe, expect, it } from 'vitest';
import { fitNote } from '../actions/knowledge-actions.ts';
import { negatesSpice } from './filters.ts';
import { normalize } from './normalize.ts';
import { venueParser } from './venue-fixture.ts';

const negated = (text: string) => negatesSpice(normalize(text).tokens);

describe('negatesSpice', () => {
  it('reads a spice word negated within its clause as a low-heat constraint', () => {
    expect(negated("I don't like it too spicy")).toBe(true);
    expect(negated('nothing with much heat please')).toBe(true);
    expect(negated('not a fan of spice')).toBe(true);
  });
  it('leaves a spice word the negation does not reach', () => {
    expect(negated('something spicy')).toBe(false);
    expect(negated("I'm not vegan but I like it spicy")).toBe(false);
    expect(negated('no onions, and make it spicy')).toBe(false);
  });
});

describe('fitNote', () => {
  it("says a stricter diet as a bonus, never as the customer's diet", () => {
    expect(fitNote({ diet: 'vegan', spiceLevel: 1 }, 'vegetarian', 1)).toBe(
      "It's vegetarian (vegan too), and mild.",
    );
    expect(fitNote({ diet: 'vegetarian', spiceLevel: 0 }, 'vegetarian', undefined)).toBe("It's vegetarian.");
    expect(fitNote({ diet: 'vegan', spiceLevel: 0 }, undefined, 1)).toBe("It's not spicy.");
    // a favourite only where the menu's tags say so
    expect(fitNote({ diet: 'vegan', spiceLevel: 0 }, undefined, undefined)).toBe('');
    expect(fitNote({ diet: 'vegan', spiceLevel: 0, tags: ['crowd-pleaser'] }, undefined, undefined)).toBe(
      'A favourite here.',
    );
  });
});

describe('a refused meat said after the question', () => {
  const spice = venueParser('spice-route');
  it.each(["what do you recommend, i don't eat meat", "what would you recommend? i don't eat meat"])(
    '"%s" asks a vegetarian pick, no question about the meats',
    (text) => {
      const r = spice.parse(text);
      expect(r.intents[0]?.intent).toBe('recommend');
      expect(r.filters.diet).toBe('vegetarian');
      expect(r.constraints.diet).toBe('vegetarian');
    },
  );
});
