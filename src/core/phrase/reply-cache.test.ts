import { describe, expect, it } from 'vitest';
import { LruReplyCache, normaliseQuestion } from './reply-cache.ts';

describe('the reply cache', () => {
  it('keeps at most its bound, dropping the least recently read answer', () => {
    const cache = new LruReplyCache(2);
    cache.set('a', { text: 'A', grounding: 'g' });
    cache.set('b', { text: 'B', grounding: 'g' });
    expect(cache.get('a')?.text).toBe('A');
    cache.set('c', { text: 'C', grounding: 'g' });
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.text).toBe('A');
  });

  it('normalises questions: case, accents, punctuation and spaces', () => {
    expect(normaliseQuestion('  Do you deliver to Midtown?? ')).toBe(
      normaliseQuestion('do you deliver to midtown'),
    );
    expect(normaliseQuestion('Café hours?')).toBe('cafe hours');
  });
});
