import { describe, expect, it } from 'vitest';
import { lightStem } from './light-stem.ts';
import { documentSparseVector, querySparseVector, sharesQueryWord } from './sparse-text-vector.ts';

/** Dot product of two sparse vectors (what Qdrant computes before its IDF weighting). */
function dot(a: { indices: number[]; values: number[] }, b: { indices: number[]; values: number[] }): number {
  const bIndex = new Map(b.indices.map((i, n) => [i, b.values[n] ?? 0]));
  return a.indices.reduce((sum, i, n) => sum + (a.values[n] ?? 0) * (bIndex.get(i) ?? 0), 0);
}

describe('lightStem', () => {
  it.each([
    ['deliveries', 'delivery'],
    ['delivery', 'delivery'],
    ['closes', 'clos'],
    ['close', 'clos'],
    ['closing', 'clos'],
    ['closed', 'clos'],
    ['wallets', 'wallet'],
    ['tea', 'tea'],
    ['covid19', 'covid19'],
  ])('%s → %s', (word, stem) => {
    expect(lightStem(word)).toBe(stem);
  });
});

describe('sparse text vectors', () => {
  it('gives unique ascending uint32 indices and positive values', () => {
    const v = documentSparseVector('Delivery > Fees: deliveries cost $3.99; delivery is free over $30.');
    expect(v.indices.length).toBe(v.values.length);
    expect(
      v.indices.every(
        (i, n) =>
          Number.isInteger(i) && i >= 0 && i <= 0xffffffff && (n === 0 || i > (v.indices[n - 1] ?? -1)),
      ),
    ).toBe(true);
    expect(v.values.every((x) => x > 0)).toBe(true);
  });

  it('matches a plural query with a singular text, and saturates repeated words', () => {
    const once = documentSparseVector('our delivery');
    const thrice = documentSparseVector('delivery delivery delivery');
    const query = querySparseVector('deliveries');
    expect(dot(query, once)).toBeGreaterThan(0.9);
    expect(dot(query, thrice)).toBeGreaterThan(dot(query, once));
    expect(dot(query, thrice)).toBeLessThan(2 * dot(query, once));
  });

  it('scores a one-letter typo above nothing and below the exact word', () => {
    const text = documentSparseVector('Margherita with basil');
    const exact = dot(querySparseVector('margherita'), text);
    const typo = dot(querySparseVector('margerita'), text);
    expect(typo).toBeGreaterThan(0);
    expect(typo).toBeLessThan(exact);
    expect(dot(querySparseVector('zzyzx'), text)).toBe(0);
  });

  it('drops stop words and punctuation: a query of them is empty', () => {
    expect(querySparseVector("what's the ... & | !").indices).toEqual([]);
  });
});

describe('sharesQueryWord', () => {
  it.each([
    ['deliveries', 'Our delivery area', true],
    ['margerita', 'Margherita pizza', true],
    ['ginjer', 'ginger dressing', true],
    ['celerry', 'with celery', true],
    ['delivery', 'We open every day', false],
    ['tex', 'tea', false],
    ['margarine', 'Margherita pizza', false],
    ['the and', 'the and', false],
  ])('%s in "%s": %s', (query, text, expected) => {
    expect(sharesQueryWord(query, text)).toBe(expected);
  });
});
