import { describe, expect, it } from 'vitest';
import { normalizeQuery } from './normalize-query.ts';

describe('normalizeQuery', () => {
  it('reads chat spellings as words', () => {
    expect(normalizeQuery('r u open thru the nite')).toBe('are you open through the night');
  });

  it('reads words an object literal inherits ("constructor") as plain words, never as its properties', () => {
    for (const word of Object.getOwnPropertyNames(Object.prototype).map((w) => w.toLowerCase()))
      expect(() => normalizeQuery(`are you open ${word}`)).not.toThrow();
    expect(normalizeQuery('what is the constructor')).toContain('constructor');
  });
});
