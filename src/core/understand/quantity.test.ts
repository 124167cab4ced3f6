import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { readQuantity } from './quantity.ts';

const q = (text: string) => readQuantity(normalize(text).tokens, 0);

describe('readQuantity', () => {
  it('reads digits, words and articles', () => {
    expect(q('3 cokes')?.value).toBe(3);
    expect(q('three cokes')?.value).toBe(3);
    expect(q('twenty one wings')).toMatchObject({ value: 21, length: 2 });
    expect(q('a coke')).toMatchObject({ value: 1, article: true });
    expect(q('an espresso')).toMatchObject({ value: 1, article: true });
  });

  it('reads counting phrases and swallows "of"', () => {
    expect(q('a couple of naans')).toMatchObject({ value: 2, length: 3 });
    expect(q('half a dozen cannolis')).toMatchObject({ value: 6, length: 3 });
    expect(q('a dozen knots')).toMatchObject({ value: 12, length: 2 });
    expect(q('two dozen wings')?.value).toBe(24);
    expect(q('18,000 waters')?.value).toBe(18000);
  });

  it('leaves "a little" and "a lot" to the qualifiers', () => {
    expect(q('a little cheese')).toBeUndefined();
    expect(q('a lot of cheese')).toBeUndefined();
    expect(q('pizza')).toBeUndefined();
  });

  it('keeps the sign of a negative count and reads zero as zero', () => {
    expect(q('-3 paneer tikka')?.value).toBe(-3);
    expect(q('−2 cokes')?.value).toBe(-2);
    expect(q('0 samosa')?.value).toBe(0);
    // a dash between numbers or after a word is not a sign
    const tokens = normalize('we are 3-4 people, 555-0100').tokens;
    const four = tokens.findIndex((t) => t.num === 4);
    expect(readQuantity(tokens, four)?.value).toBe(4);
    expect(tokens.some((t) => t.minus)).toBe(false);
  });

  it('reads number words through the numbered library, one number at a time', () => {
    expect(q('one hundred and five waters')).toMatchObject({ value: 105, length: 4 });
    expect(q('twelve hundred cokes')).toMatchObject({ value: 1200, length: 2 });
    expect(q('a hundred cokes')).toMatchObject({ value: 100, length: 2 });
    // "one two" is not twelve: a smaller word follows only a tens or a scale word
    expect(q('one two')).toMatchObject({ value: 1, length: 1 });
    expect(q('zero onions')).toBeUndefined();
  });

  it('reads "3x", serving nouns and "more"', () => {
    expect(q('3x cannoli')).toMatchObject({ value: 3, length: 2 });
    expect(q('3 x cannoli')).toMatchObject({ value: 3, length: 2 });
    expect(q('two orders of fries')).toMatchObject({ value: 2, length: 3, article: false });
    expect(q('an order of fries')).toMatchObject({ value: 1, length: 3, article: false });
    expect(q('2 plates of chole')).toMatchObject({ value: 2, length: 3 });
    expect(q('another coke')).toMatchObject({ value: 1, more: true });
    expect(q('another 2 samosas')).toMatchObject({ value: 2, length: 2, more: true });
    expect(q('another three cokes')).toMatchObject({ value: 3, length: 2, more: true });
    expect(q('two more cokes')).toMatchObject({ value: 2, length: 2, more: true });
    expect(q('a second coke')).toMatchObject({ value: 1, length: 2, more: true });
    expect(q('a second')).toMatchObject({ value: 1, length: 1, article: true });
  });
});
