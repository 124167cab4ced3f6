import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { asksForTotal } from './total-question.ts';

const asks = (text: string, ordering = true) => asksForTotal(normalize(text).tokens, ordering);

describe('asksForTotal', () => {
  it.each([
    "what's the damage",
    'what do i owe you',
    'how much is everything?',
    'so what does it all come to',
    'what does that come to then',
    'how much am i at now',
    "what's our current tab",
    'what are we up to so far',
    'where am i at cost-wise',
    'what will all this set me back',
    'how much is all of that',
    'how much have we spent',
  ])('"%s" asks for the total', (text) => {
    expect(asks(text)).toBe(true);
  });
  it.each([
    'how much do i pay for delivery',
    'how much is the samosa',
    'repeat that',
    'how much is everything on the menu',
    'what are we up to tonight at the bar',
    'how much have i spent on delivery before',
  ])('"%s" does not', (text) => {
    expect(asks(text)).toBe(false);
  });
  it('a pronoun names the order only while one is under way', () => {
    expect(asks('what does that come to', false)).toBe(false);
    expect(asks('what do i owe', false)).toBe(true);
  });
});

describe('the words of a total question are no menu words', () => {
  it('"grand" of "grand total" is no misspelt size at a size question', async () => {
    const { venueParser } = await import('./venue-fixture.ts');
    const { parse } = venueParser('pizzeria');
    const r = parse("what's the grand total", {
      cart: [],
      expecting: { group: 'size', itemId: 'pepperoni-pizza' },
    });
    expect(r.lines).toEqual([]);
    expect(r.intents[0]?.intent).toBe('show_cart');
  });
});
