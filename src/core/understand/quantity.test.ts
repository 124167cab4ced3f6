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
});
