import { describe, expect, it } from 'vitest';
import { expandPhrases } from './phrase-grammar.ts';

describe('expandPhrases', () => {
  it('spells out every choice of each group, an empty choice making a group optional', () => {
    expect(expandPhrases('(what|how much) am i (at|) now')).toEqual([
      'what am i at now',
      'what am i now',
      'how much am i at now',
      'how much am i now',
    ]);
  });
  it('keeps a pattern without groups as its one phrase', () => {
    expect(expandPhrases('ring it up')).toEqual(['ring it up']);
  });
});
