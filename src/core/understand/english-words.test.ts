import { describe, expect, it } from 'vitest';
import { englishWord, inflectionBases } from './english-words.ts';

describe('englishWord', () => {
  it('knows correctly spelt words and their inflections', () => {
    for (const w of ['salon', 'salons', 'beacon', 'baked', 'shopping', 'berries'])
      expect(englishWord(w)).toBe(true);
  });

  it('does not know misspellings nor words too short to be typo-corrected', () => {
    for (const w of ['samosaa', 'biryanni', 'chiken', 'salmom', 'lass']) expect(englishWord(w)).toBe(false);
  });

  it('lists the base forms an inflection may come from', () => {
    expect(inflectionBases('berries')).toContain('berry');
    expect(inflectionBases('shopping')).toContain('shop');
  });
});
