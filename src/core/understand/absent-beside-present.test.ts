import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import { normalize } from './normalize.ts';
import { expandMarkerShorthand } from './shorthand.ts';
import { createUnderstanding } from './understanding.ts';

const venue = loadVenue('hoagies');
const u = createUnderstanding(venue.menu, venue.moods, venue.documents);

describe('a dish of the menu said with words the menu lacks and an absent dish', () => {
  it.each([
    ['a blt real quick and a coke', 'blt'],
    ['a cookie real quick and a coke', 'cookie'],
  ])('%s orders the dish we have and says the other is absent', (text, itemId) => {
    const parse = u.parse(text);
    expect(parse.intents[0]?.intent).toBe('order_add');
    expect(parse.lines.map((l) => l.itemId)).toEqual([itemId]);
    expect(parse.unresolved.map((x) => x.text)).toContain('coke');
  });

  it('a question about a dish beside an absent one orders nothing', () => {
    const parse = u.parse('is the blt good and do you have coke');
    expect(parse.lines).toEqual([]);
  });
});

describe('the spoken spellings of "with" and "without"', () => {
  it.each([
    ['a cheesesteak wit onions', 'with'],
    ['chips wif salsa', 'with'],
    ['a cheesesteak witout onions', 'without'],
  ])('%s', (text, word) => {
    expect(expandMarkerShorthand(normalize(text).tokens).map((t) => t.norm)).toContain(word);
  });

  it('"wit" reads as "with" between words only', () => {
    expect(expandMarkerShorthand(normalize('wit').tokens).map((t) => t.norm)).toEqual(['wit']);
  });

  it('a cheesesteak "wit onions" takes the onions; "witout onions" leaves them off', () => {
    const withOnions = u.parse('a cheesesteak wit onions and a cookie');
    expect(withOnions.lines.map((l) => l.itemId)).toContain('cookie');
    expect(withOnions.lines[0]?.options.length).toBeGreaterThan(0);
    expect(u.parse('a cheesesteak witout onions').lines[0]?.without.length).toBeGreaterThan(0);
  });
});
