import { describe, expect, it } from 'vitest';
import { BoundedMemo } from './bounded-memo.ts';

describe('BoundedMemo', () => {
  it('remembers values, null included, and answers undefined for unknown keys', () => {
    const memo = new BoundedMemo<number | null>(10);
    expect(memo.get('a')).toBeUndefined();
    expect(memo.set('a', 1)).toBe(1);
    expect(memo.set('none', null)).toBeNull();
    expect(memo.get('a')).toBe(1);
    expect(memo.get('none')).toBeNull();
  });

  it('empties itself when full before remembering the next key, and on clear', () => {
    const memo = new BoundedMemo<number>(2);
    memo.set('a', 1);
    memo.set('b', 2);
    memo.set('c', 3);
    expect([memo.get('a'), memo.get('b'), memo.get('c')]).toEqual([undefined, undefined, 3]);
    memo.clear();
    expect(memo.get('c')).toBeUndefined();
  });
});
