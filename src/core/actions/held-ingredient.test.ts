import { describe, expect, it } from 'vitest';
import { heldBy } from './held-ingredient.ts';

describe('heldBy', () => {
  it('finds the names holding every word asked, singular or plural', () => {
    expect(heldBy('onions', ['beef', 'Raw Onion', 'Pickles'])).toEqual(['Raw Onion']);
    expect(heldBy('cheese', ['beef', 'american cheese', 'bun'])).toEqual(['american cheese']);
    expect(heldBy('tomatoes', ['Tomato'])).toEqual(['Tomato']);
    expect(heldBy('swiss cheese', ['American Cheese', 'Swiss Cheese'])).toEqual(['Swiss Cheese']);
  });
  it('a word not held, or a part of a word, is no match', () => {
    expect(heldBy('cheese', ['beef', 'bun'])).toEqual([]);
    expect(heldBy('bun', ['bunny hop'])).toEqual([]);
    expect(heldBy('', ['beef'])).toEqual([]);
  });
});
