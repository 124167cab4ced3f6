import { describe, expect, it } from 'vitest';
import { ACKNOWLEDGEMENTS, ARTICLES, COURTESY } from './courtesy-words.ts';
import { COPULAS, DISH_TIES, OPTION_ORDER_WORDS } from './filler-words.ts';

describe('the filler lexicon', () => {
  it('holds the words each reader reads around what is ordered', () => {
    expect([...OPTION_ORDER_WORDS].sort()).toEqual(['add', 'extra', 'of', 'on', 'side', 'with']);
    expect([...DISH_TIES].sort()).toEqual(['for', 'on', 'with']);
    expect([...COPULAS].sort()).toEqual(['are', 'be', 'come', 'comes', 'get', 'gets', 'is']);
  });

  it('repeats no courtesy word, article or acknowledgement (those come from courtesy-words.ts)', () => {
    const elsewhere = new Set([...COURTESY, ...ARTICLES, ...ACKNOWLEDGEMENTS]);
    for (const set of [OPTION_ORDER_WORDS, DISH_TIES, COPULAS])
      for (const w of set) expect(elsewhere.has(w)).toBe(false);
  });
});
