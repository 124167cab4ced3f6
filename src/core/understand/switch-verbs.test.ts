import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

describe('a dish switch said as a verb before the dish', () => {
  it.each([
    ['cafe', 'toast the bagel please', 'bagel-type', 'bagel', 'toasting/toasted'],
    ['bakehouse', 'warm the muffin please', 'muffin-flavor', 'muffin', 'warming/warmed'],
    ['bakehouse', 'toast my bagel', 'bagel-kind', 'bagel', 'toasting/toasted'],
  ])('[%s] %j at the waiting dish', (venue, text, group, itemId, option) => {
    const r = venueParser(venue).parse(text, { expecting: { group, itemId } });
    expect(r.lines.map((l) => [l.itemId, l.action])).toEqual([[itemId, 'update']]);
    expect(r.lines[0]?.options.map((o) => `${o.group}/${o.choice}`)).toEqual([option]);
    expect(r.intents[0]?.intent).toBe('order_update');
  });

  it('a dish named before "the" is still a dish ("an avocado toast the bagel too" is not read so)', () => {
    const r = venueParser('cafe').parse('an avocado toast and the bagel');
    expect(r.lines.map((l) => l.itemId)).toContain('avocado-toast');
  });
});

describe('a switch verb before a head noun of a cart dish edits that dish', () => {
  it.each([['warm the croissants please'], ['can you warm the croissants']])(
    '[bakehouse] %j with 2 almond croissants in the cart',
    (text) => {
      const r = venueParser('bakehouse').parse(text, { cart: ['almond-croissant'] });
      expect(r.lines.map((l) => [l.itemId, l.action])).toEqual([['almond-croissant', 'update']]);
      expect(r.lines[0]?.options.map((o) => `${o.group}/${o.choice}`)).toEqual(['warming/warmed']);
    },
  );

  it('a general food word pointed at names the dish edited, no dish the menu lacks', () => {
    const r = venueParser('deli').parse('can you toast the sandwich', { cart: ['turkey-club'] });
    expect(r.lines.map((l) => [l.itemId, l.action])).toEqual([['turkey-club', 'update']]);
    expect(r.unresolved).toEqual([]);
    // a dish the menu lacks said beside the edit is still said back
    const other = venueParser('deli').parse('toast my sandwich and a lasagna', { cart: ['turkey-club'] });
    expect(other.unresolved.map((u) => u.text)).toEqual(['lasagna']);
  });
});

describe('the group name word of the waiting dish picks no choice', () => {
  it.each([
    ['bakehouse', 'with cream cheese on the bagel', 'cream-cheese'],
    ['bakehouse', 'with butter on the bagel', 'butter'],
  ])('[bakehouse] %j', (venue, text, spread) => {
    const r = venueParser(venue).parse(text, { expecting: { group: 'bagel-kind', itemId: 'bagel' } });
    expect(r.lines[0]?.options.map((o) => `${o.group}/${o.choice}`)).toEqual([`spread/${spread}`]);
  });

  it('[diner] "cheddar cheese on the burger" at the cheeseburger question is its cheese', () => {
    const r = venueParser('diner').parse('cheddar cheese on the burger', {
      expecting: { group: 'doneness', itemId: 'cheeseburger' },
    });
    expect(r.lines.map((l) => [l.itemId, l.action])).toEqual([['cheeseburger', 'update']]);
    expect(r.lines[0]?.options.map((o) => `${o.group}/${o.choice}`)).toEqual(['burger-cheese/cheddar']);
  });
});
