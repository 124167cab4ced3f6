import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const cafe = venueParser('cafe');
const spiceRoute = venueParser('spice-route');

describe('a serving word beside a dish served hot or iced is its temperature', () => {
  it.each([
    ['is the latte hot', 'latte'],
    ['is the flat white served cold', 'flat-white'],
    ['does the americano come iced', 'americano'],
    ['do you do iced chai', 'chai-latte'],
  ])('"%s" asks the dish\'s hot or iced group, no other dish', (text, itemId) => {
    const r = cafe.parse(text);
    expect(r.intents[0]?.intent).toBe('item_info');
    expect(r.itemRefs.map((ref) => ref.itemId)).toEqual([itemId]);
    expect(r.itemQuestion).toMatchObject({ topic: 'options', group: 'temperature' });
  });

  it('an order puts the temperature on the dish, never the iced tea beside it', () => {
    expect(cafe.lines('can i get the mocha iced')).toEqual(['mocha x1 [iced] -[]']);
  });

  it('a dish named in full is still ordered ("a latte and a hot tea")', () => {
    expect(cafe.lines('a latte and a hot tea').map((l) => l.split(' ')[0])).toEqual(['latte', 'hot-tea']);
  });

  it('a heat scale is no serving temperature ("is the butter chicken hot" asks its heat)', () => {
    expect(spiceRoute.parse('is the butter chicken hot').itemQuestion?.topic).toBe('spice');
  });
});
