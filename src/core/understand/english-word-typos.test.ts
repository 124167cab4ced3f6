import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import { createUnderstanding } from './understanding.ts';

const understandings = new Map(
  ['pizzeria', 'spice-route'].map((name) => {
    const v = loadVenue(name);
    return [name, createUnderstanding(v.menu, v.moods, v.documents)] as const;
  }),
);
const parse = (venue: string, text: string) => understandings.get(venue)!.parse(text);
const itemsOf = (venue: string, text: string) => parse(venue, text).lines.map((l) => l.itemId);

describe('a correctly spelt English word is never a misspelt dish', () => {
  it.each([
    ['spice-route', 'recommend 3 cheap hair salons'],
    ['spice-route', 'book me a salon for 2 on friday'],
    ['spice-route', 'the best 5 salons in town'],
    ['pizzeria', 'my phone needs 2 new basins'],
    ['pizzeria', 'light 3 beacons on the hill'],
  ])('%s: "%s" names no dish', (venue, text) => {
    expect(itemsOf(venue, text)).toEqual([]);
    expect(parse(venue, text).intents[0]?.intent).not.toBe('order_add');
  });

  it.each([
    ['spice-route', '2 samosaa', 'samosa'],
    ['spice-route', 'a chicken biryanni', 'chicken-biryani'],
    ['spice-route', 'one chiken tikka', 'chicken-tikka'],
    ['spice-route', 'a panner tikka please', 'paneer-tikka'],
    ['spice-route', '2 butter chickn', 'butter-chicken'],
    ['spice-route', 'a grilled salmom', 'grilled-salmon'],
    ['pizzeria', 'a peperoni pizza', 'pepperoni-pizza'],
    ['pizzeria', 'one tiramisu and a canoli', 'tiramisu'],
  ])('%s: the real typo in "%s" still orders %s', (venue, text, item) => {
    expect(itemsOf(venue, text)).toContain(item);
  });

  it('a menu word that is also an English word is read exactly', () => {
    expect(itemsOf('spice-route', '2 salmon please')).toEqual(['grilled-salmon']);
  });
});
