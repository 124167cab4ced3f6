import { describe, expect, it } from 'vitest';
import { textFeatures } from './text-features.ts';

describe('textFeatures', () => {
  it('drops pronouns, auxiliaries and apostrophe-less contractions: a question is its topic words', () => {
    expect(textFeatures("how do you cook the patties if I don't say anything").stems).toEqual([
      'cook',
      'patti',
    ]);
    expect(textFeatures('will she be ok, does it have nuts?').stems).toEqual(['nut']);
  });

  it('reads generic paraphrases as their concept, and a dish name word as no venue topic', () => {
    expect(textFeatures('how much to have it brought over').concepts.has('delivery')).toBe(true);
    expect(textFeatures('anything for a 6 yr old?').concepts.has('children')).toBe(true);
    expect(textFeatures('are the fries cooked in the same oil').concepts.has('fryer')).toBe(true);
    expect(textFeatures('Garden Salad with balsamic').concepts.has('outdoor')).toBe(false);
    expect(textFeatures('what do you do with leftover food').concepts.has('leftovers')).toBe(true);
    expect(textFeatures('will the driver break a hundred?').concepts.has('cash-change')).toBe(true);
    expect(textFeatures('how do i change my billing address').concepts.has('cash-change')).toBe(false);
  });

  it('gives the words of a lexicon phrase of content words its concept, not those of a phrase with function words', () => {
    expect(textFeatures('can we sit outside').phraseConcepts.get('sit')).toEqual(new Set(['outdoor']));
    expect(textFeatures('how long does delivery take').phraseConcepts.has('long')).toBe(false);
  });
});
