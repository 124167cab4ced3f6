import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const cafe = venueParser('cafe');
const spice = venueParser('spice-route');

describe('a food word before a dish that its name contradicts', () => {
  it('makes a dish the menu lacks, never the near one', () => {
    const muffin = cafe.parse('a banana muffin');
    expect(muffin.lines).toEqual([]);
    expect(muffin.unresolved.map((u) => u.text)).toContain('banana muffin');
    // a word that is also part of another dish's name is no second dish
    expect(cafe.parse('a chocolate muffin').lines).toEqual([]);
    const cookie = venueParser('pieshop').parse('a vanilla cookie');
    expect(cookie.lines).toEqual([]);
    expect(cookie.intents[0]?.intent).toBe('order_add');
    expect(cookie.unresolved.map((u) => u.text)).toEqual(['vanilla cookie']);
  });

  it('an add-on the dish takes does not make a dish built on another main ingredient', () => {
    expect(spice.parse('one chicken korma mild').lines).toEqual([]);
    expect(spice.parse('a paneer korma').lines).toEqual([]);
  });

  it('a food word before an option that does not hold it names another option', () => {
    expect(spice.lines('one butter chicken with no mint chutney')).toEqual(['butter-chicken x1 [] -[]']);
    expect(spice.parse('one butter chicken with mint chutney').lines[0]?.unresolved).toEqual([
      'mint chutney',
    ]);
    expect(spice.lines('one butter chicken with mango chutney')).toEqual([
      'butter-chicken x1 [mango-chutney] -[]',
    ]);
  });

  it('keeps a choice of the dish said before it, and a name said without its modifier', () => {
    expect(venueParser('taqueria').lines('a chorizo burrito')).toEqual(['burrito x1 [chorizo] -[]']);
    expect(venueParser('slices').lines('a mushroom slice')[0]).toMatch(/\[mushrooms\]/);
    for (const t of ['a large latte', 'an iced latte', 'oat milk latte'])
      expect(cafe.parse(t).lines.map((l) => l.itemId)).toEqual(['latte']);
    expect(cafe.parse('a muffin').lines.map((l) => l.itemId)).toEqual(['blueberry-muffin']);
  });
});
