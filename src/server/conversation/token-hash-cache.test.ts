import { describe, expect, it } from 'vitest';
import { TokenHashCache } from './token-hash-cache.ts';

describe('TokenHashCache', () => {
  it('answers a hash for its TTL only, and holds at most its size (the oldest read goes)', () => {
    let now = 0;
    const cache = new TokenHashCache(1_000, 2, () => now);
    cache.set('a', 'ha');
    cache.set('b', 'hb');
    expect(cache.get('a')).toBe('ha');
    cache.set('c', 'hc');
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe('hb');
    expect(cache.size).toBe(2);
    now = 1_000;
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')).toBeUndefined();
  });
});
