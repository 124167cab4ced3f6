import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import { normalize } from './normalize.ts';
import { createUnderstanding } from './understanding.ts';
import { urgencyPhraseAt } from './urgency-phrases.ts';

const at = (text: string, i: number) => urgencyPhraseAt(normalize(text).tokens, i);

describe('urgencyPhraseAt', () => {
  it('reads phrases of manner or urgency', () => {
    expect(at('a blt super fast', 2)).toBe(2);
    expect(at('asap', 0)).toBe(1);
    expect(at('we are in a hurry', 2)).toBe(3);
    expect(at('on the double', 0)).toBe(3);
  });
  it('reads no lone intensifier', () => {
    expect(at('a super burrito', 1)).toBe(0);
    expect(at('a double burger', 1)).toBe(0);
  });
});

describe('a dish word inside a phrase of urgency names no dish', () => {
  const u = (name: string) => {
    const v = loadVenue(name);
    return createUnderstanding(v.menu, v.moods, v.documents);
  };
  const items = (parse: ReturnType<ReturnType<typeof u>['parse']>) => parse.lines.map((l) => l.itemId);
  it('a menu word "super" said as "super fast" orders nothing of its own', () => {
    const hoagies = u('hoagies');
    expect(items(hoagies.parse('a blt super quick and a cookie'))).toEqual(['blt', 'cookie']);
    expect(items(hoagies.parse('a super sub super fast'))).toEqual(['super-sub']);
  });
  it('a choice word inside the phrase is no choice; said on its own it is', () => {
    const taqueria = u('taqueria');
    const fast = taqueria.parse('one burrito super fast');
    expect(fast.lines[0]?.options ?? []).toEqual([]);
    expect(taqueria.parse('a super burrito').lines[0]?.options?.[0]?.choice).toBe('super');
  });
});
