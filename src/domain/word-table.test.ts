import { describe, expect, it } from 'vitest';
import { wordTable } from './word-table.ts';

describe('wordTable', () => {
  it('finds its own words and nothing an object inherits', () => {
    const table = wordTable({ dozen: 12, pair: 2 });
    expect(table.dozen).toBe(12);
    for (const word of [...Object.getOwnPropertyNames(Object.prototype), 'tostring'])
      expect(table[word], word).toBeUndefined();
    expect(Object.isFrozen(table)).toBe(true);
  });
});
