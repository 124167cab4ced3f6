import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import { createUnderstanding } from './understanding.ts';

const understandings = new Map(
  ['pizzeria', 'spice-route'].map((name) => {
    const v = loadVenue(name);
    return [name, createUnderstanding(v.menu, v.moods, v.documents)] as const;
  }),
);
const primary = (venue: string, text: string) => understandings.get(venue)!.parse(text).intents[0]?.intent;

describe('a question for the menu spiciest, mildest, cheapest or priciest dish', () => {
  it.each([
    ['spice-route', "what's the spiciest thing you have?"],
    ['spice-route', "what's the cheapest thing you have?"],
    ['spice-route', 'what is the mildest dish?'],
    ['pizzeria', 'which is the most expensive pizza?'],
  ])('%s: "%s" is a menu question', (venue, text) => {
    expect(primary(venue, text)).toBe('browse_menu');
  });

  it.each([
    ['spice-route', "what's the cheapest flight to boston?"],
    ['spice-route', "what's the hottest place in the world?"],
  ])('%s: "%s" is another domain\'s', (venue, text) => {
    expect(primary(venue, text)).toBe('out_of_scope');
  });
});
