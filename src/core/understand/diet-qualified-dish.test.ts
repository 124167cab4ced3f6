import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

/** The grill (a tuned venue): "burger" is the beef Hamburger's alias; the Black Bean Burger is vegetarian. */
const grill = venueParser('grill');

describe('a dish said with a diet word it does not fit', () => {
  it('is the one dish of its kind that fits ("a vegetarian burger please")', () => {
    expect(grill.lines('a vegetarian burger please')).toEqual(['veggie-burger x1 [] -[]']);
    expect(grill.lines('a burger please')).toEqual(['hamburger x1 [] -[]']);
  });

  it('"any vegetarian burgers?" asks for the list, not about the beef burger', () => {
    const parsed = grill.parse('any vegetarian burgers?');
    expect(parsed.intents[0]?.intent).toBe('browse_menu');
    expect(parsed.lines).toEqual([]);
    expect(parsed.filters.diet).toBe('vegetarian');
  });

  it('leaves orders of counted kinds and diet words said elsewhere alone', () => {
    expect(grill.parse('2 veggie burgers').lines.map((l) => l.itemId)).toEqual(['veggie-burger']);
    expect(grill.parse('a hamburger with all the veggies').lines.map((l) => l.itemId)).toEqual(['hamburger']);
  });
});
