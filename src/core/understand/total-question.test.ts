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
  ])('"%s" asks for the total', (text) => {
    expect(asks(text)).toBe(true);
  });
  it.each([
    'how much do i pay for delivery',
    'how much is the samosa',
    'repeat that',
    'how much is everything on the menu',
  ])('"%s" does not', (text) => {
    expect(asks(text)).toBe(false);
  });
  it('a pronoun names the order only while one is under way', () => {
    expect(asks('what does that come to', false)).toBe(false);
    expect(asks('what do i owe', false)).toBe(true);
  });
});
