import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

describe('a casual verb of adding orders the dish', () => {
  it.each([
    ['diner', 'throw in some hash browns too', 'side-hash-browns'],
    ['diner', 'chuck in a side of bacon as well', 'side-bacon'],
    ['grill', 'stick on some onion rings too', 'onion-rings'],
    ['pizzeria', 'toss in some garlic knots', 'garlic-knots'],
    ['pizzeria', 'can you chuck in some fries', 'french-fries'],
  ])('%s: "%s" adds %s', (venue, text, itemId) => {
    const r = venueParser(venue).parse(text);
    expect(r.intents[0]?.intent).toBe('order_add');
    expect(r.lines.map((l) => l.itemId)).toEqual([itemId]);
  });

  it('the same verbs with no dish of the menu stay out of scope', () => {
    expect(venueParser('pizzeria').parse('throw in the towel').intents[0]?.intent).toBe('out_of_scope');
  });
});
