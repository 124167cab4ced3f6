import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const taqueria = venueParser('taqueria');
const cafe = venueParser('cafe');

describe('a count said of the dish in focus before other dishes (readFocusResize)', () => {
  it.each([
    ['make that 3 and an elote', 3],
    ['ok make it two, plus an elote', 2],
    ['change that to 4 and add an elote', 4],
    ['actually 2 of those and an elote', 2],
    ['no wait, two of them and an elote', 2],
  ])('"%s" counts the cart dish in focus (%i) and orders the elote', (text, count) => {
    const r = taqueria.parse(text, { cart: ['churros'] });
    expect(r.focusCount).toBe(count);
    expect(r.lines.map((l) => `${l.action}:${l.itemId}`)).toEqual(['add:elote']);
  });

  it('reads no such count when the number counts a dish of its own, or no cart dish is there', () => {
    expect(taqueria.parse('make it 2 elotes', { cart: ['churros'] }).focusCount).toBeUndefined();
    expect(taqueria.parse('make that 3 and an elote').focusCount).toBeUndefined();
    // without a correction cue "two of those" may order more: no count is set
    expect(taqueria.parse('two of those and an elote', { cart: ['churros'] }).focusCount).toBeUndefined();
    // a count after the dish ordered is that dish's own ("an elote and make it two")
    expect(taqueria.parse('an elote and make it two', { cart: ['churros'] }).focusCount).toBeUndefined();
  });
});

describe('a choice that is also a word of a dish name, said of a pointed cart dish', () => {
  it('is the cart dish option, no dish of its own ("do that iced with almond milk")', () => {
    const r = cafe.parse('can you do that iced with almond milk', { cart: ['mocha'] });
    expect(r.lines.map((l) => l.itemId)).toEqual(['mocha']);
    expect(r.lines[0]?.options.map((o) => o.choice)).toEqual(['iced', 'almond-milk']);
  });

  it('goes on the named cart dish ("make the latte iced with oat milk"), never swaps it', () => {
    const r = cafe.parse('make the latte iced with oat milk', { cart: ['latte'] });
    expect(r.lines.map((l) => `${l.action}:${l.itemId}`)).toEqual(['update:latte']);
    expect(r.lines[0]?.options.map((o) => o.choice)).toEqual(['iced', 'oat-milk']);
  });

  it('goes on the dish waiting on its option question', () => {
    const r = cafe.parse('can i get that iced', { expecting: { group: 'drink-size', itemId: 'latte' } });
    expect(r.lines.some((l) => l.itemId === 'iced-tea')).toBe(false);
  });

  it('stays a dish with an article or a count of its own, or with no cart dish', () => {
    expect(cafe.parse('and an iced tea', { cart: ['latte'] }).lines.map((l) => l.itemId)).toEqual([
      'iced-tea',
    ]);
    expect(cafe.parse('can i get that iced').lines.map((l) => l.itemId)).not.toContain('latte');
  });
});
