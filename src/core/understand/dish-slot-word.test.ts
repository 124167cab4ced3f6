import { describe, expect, it } from 'vitest';
import { inDishSlot } from './dish-slot-word.ts';
import { normalize } from './normalize.ts';
import { venueParser } from './venue-fixture.ts';

const at = (text: string, word: string, ordering: boolean) => {
  const { tokens } = normalize(text);
  const i = tokens.findIndex((t) => t.norm === word);
  return inDishSlot(tokens, i, {
    faqWords: new Set(['minimum', 'delivery', 'fee']),
    ordering,
    spelledLikeDish: () => false,
  });
};

describe('a word after a count stands where a dish would only when it can be one', () => {
  it.each([
    ['is there a minimum spend', 'minimum', false],
    ['can i get a slice of lime', 'slice', true],
    ['is there a late order charge', 'late', false],
    ['got a quick question', 'quick', false],
  ])('%j: %s is no dish', (text, word, ordering) => {
    expect(at(text, word, ordering)).toBe(false);
  });

  it.each([
    ['can i get 2 coronas', 'coronas', true],
    ['do you do a kimchi', 'kimchi', false],
    ['can i have a zorbleflap', 'zorbleflap', false],
  ])('%j: %s is', (text, word, ordering) => {
    expect(at(text, word, ordering)).toBe(true);
  });
});

describe('the "we don\'t have X" notice: only dish-slot words, and only similar suggestions', () => {
  it.each([
    ['deli', 'is there a minimum order to get delivery'],
    ['pizzeria', 'can i place an order for a minimum of ten people'],
    ['cafe', 'a flat white with a slice of orange'],
  ])('[%s] %j: no unknown word', (venue, text) => {
    expect(venueParser(venue).parse(text).unresolved).toEqual([]);
  });

  it.each([
    ['cafe', 'do you have any lasagna'],
    ['heroes', 'can i order some sushi'],
  ])('[%s] %j: said as no dish of ours, with no unrelated dish offered', (venue, text) => {
    const r = venueParser(venue).parse(text);
    const mentions = [...r.unresolved, ...(r.absentDishes ?? [])];
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(m.suggestions).toEqual([]);
  });

  it('[cafe] a dish named with a category alias is asked about, not said unknown', () => {
    const r = venueParser('cafe').parse('which milks can i get with the cappuccino');
    expect(r.unresolved).toEqual([]);
  });
});
