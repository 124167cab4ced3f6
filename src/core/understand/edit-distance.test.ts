import { describe, expect, it } from 'vitest';
import { allowedTypos, editDistance } from './edit-distance.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('peperoni', 'pepperoni', 2)).toBe(1);
    expect(editDistance('margarita', 'margherita', 2)).toBe(2);
    expect(editDistance('water', 'later', 1)).toBe(1);
  });

  it('counts one swap of neighbouring letters as one edit', () => {
    expect(editDistance('chikcen', 'chicken', 1)).toBe(1);
    expect(editDistance('abcd', 'badc', 3)).toBe(3);
  });

  it('gives up when the lengths differ by more than the limit', () => {
    expect(editDistance('cat', 'catalogue', 2)).toBe(3);
  });

  it('allows typos by word length', () => {
    expect([4, 5, 7, 8].map(allowedTypos)).toEqual([0, 1, 1, 2]);
  });
});
