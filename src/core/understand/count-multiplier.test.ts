import { describe, expect, it } from 'vitest';
import { readCountMultiplier } from './count-multiplier.ts';
import { normalize } from './normalize.ts';

/** In this test, "double" at token `choiceAt` is a choice of the dish in focus (a burger's patties). */
const factor = (text: string, choiceAt = -1) =>
  readCountMultiplier(normalize(text).tokens, (i) => i === choiceAt)?.factor;

describe('readCountMultiplier', () => {
  it.each([
    ['double it', 2],
    ['triple that', 3],
    ['can you double it please', 2],
    ['actually, triple those ones', 3],
    ['double that order', 2],
    ['twice as many please', 2],
    ['three times as many', 3],
    ['make that twice as many', 2],
    ['make it double', 2],
    ['double the amount', 2],
    ['quadruple it', 4],
    ["let's double them", 2],
    ['on second thought double it', 2],
  ])('"%s" multiplies the count by %i', (text, n) => {
    expect(factor(text)).toBe(n);
  });

  it('reads a multiplier of a dish named, with the span of its name for the caller to check', () => {
    const read = (text: string) => {
      const tokens = normalize(text).tokens;
      const m = readCountMultiplier(tokens, () => false);
      return m?.object
        ? [
            m.factor,
            tokens
              .slice(m.object.from, m.object.to)
              .map((t) => t.norm)
              .join(' '),
          ]
        : undefined;
    };
    expect(read('double the garlic knots')).toEqual([2, 'garlic knots']);
    expect(read('can you triple my fries please')).toEqual([3, 'fries']);
    expect(read('double the')).toBeUndefined();
    expect(read('double the amount')).toBeUndefined();
    expect(read('double the fries and onion rings and a shake please')).toBeUndefined();
  });

  it('reads no multiplier of a choice, an extra portion or another request', () => {
    expect(factor('make it a double')).toBeUndefined();
    expect(factor('double cheese')).toBeUndefined();
    expect(factor('double it and add a coke')).toBeUndefined();
    expect(factor('is it double the price')).toBeUndefined();
    expect(factor('double')).toBeUndefined();
    expect(factor('ten times as many')).toBeUndefined();
    expect(factor('twice')).toBeUndefined();
  });

  it('leaves a word that is a choice of the dish in focus to that choice', () => {
    expect(factor('double it', 0)).toBeUndefined();
    expect(factor('make it double', 2)).toBeUndefined();
    expect(factor('make it double', 0)).toBe(2);
  });

  it('gives the span of the frame after its lead-in words', () => {
    const m = readCountMultiplier(normalize('ok can you triple that').tokens, () => false);
    expect(m).toEqual({ factor: 3, from: 3, to: 5 });
  });
});
