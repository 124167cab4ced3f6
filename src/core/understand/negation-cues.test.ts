import { describe, expect, it } from 'vitest';
import { DISLIKE_PHRASES, NEGATION_PHRASES } from './negation-cues.ts';

describe('the negation lexicon', () => {
  it('gives an order and a wish the same excluding cues', () => {
    for (const cue of ['no', 'without', 'nothing with', 'avoid', 'except', 'other than', 'do not like']) {
      expect(NEGATION_PHRASES).toContain(cue);
      expect(DISLIKE_PHRASES).toContain(cue);
    }
  });

  it('keeps the words only one of them reads to that one', () => {
    expect(NEGATION_PHRASES).toContain('hold the');
    expect(DISLIKE_PHRASES).not.toContain('hold the');
    expect(DISLIKE_PHRASES).toContain('allergic to');
    expect(NEGATION_PHRASES).not.toContain('allergic to');
  });

  it('lists no phrase twice', () => {
    expect(new Set(NEGATION_PHRASES).size).toBe(NEGATION_PHRASES.length);
    expect(new Set(DISLIKE_PHRASES).size).toBe(DISLIKE_PHRASES.length);
  });
});
