import { describe, expect, it } from 'vitest';
import { holdsWord, sharesTopic } from './topic-words.ts';

describe('holdsWord', () => {
  it('matches the same word, a 4+ letter prefix, and the agent noun of a verb', () => {
    expect(holdsWord(['pickup'], 'pick')).toBe(true);
    expect(holdsWord(['owner'], 'own')).toBe(true);
    expect(holdsWord(['driver'], 'drive')).toBe(true);
    expect(holdsWord(['owl'], 'own')).toBe(false);
    expect(holdsWord(['ordered'], 'ord')).toBe(false);
  });

  it('lets a question about who owns the place share the topic of the owners passage', () => {
    expect(sharesTopic('who owns the place?', 'Owners: the Russo family, since 2009.')).toBe(true);
  });
});
