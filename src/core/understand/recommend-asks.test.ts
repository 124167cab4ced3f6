import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import { normalize } from './normalize.ts';
import { asksForRecommendation } from './recommend-asks.ts';
import { createUnderstanding } from './understanding.ts';

const asks = (text: string) => asksForRecommendation(normalize(text).tokens);

describe('asksForRecommendation', () => {
  it.each([
    'any recommendations?',
    'any suggestions?',
    'got any suggestions',
    'what are your recs',
    'suggestions?',
    'any recs?',
  ])('a bare ask for a pick: %s', (text) => {
    expect(asks(text)).toBe(true);
  });

  it.each([
    'any recommendations for a hotel in paris',
    'any suggestions for my essay',
    'any ideas?',
    'what do you have',
  ])('an ask with an object of its own, or no ask: %s', (text) => {
    expect(asks(text)).toBe(false);
  });
});

describe('a bare ask for a pick is a recommendation at any venue', () => {
  const venues = ['grill', 'pizzeria', 'spice-route'].map((name) => {
    const v = loadVenue(name);
    return createUnderstanding(v.menu, v.moods, v.documents);
  });
  it.each(['any recommendations?', 'any suggestions?', 'got any suggestions'])('%s', (text) => {
    for (const u of venues) expect(u.parse(text).intents[0]?.intent).toBe('recommend');
  });

  it('an ask for a pick of something else stays out of scope', () => {
    for (const u of venues)
      expect(u.parse('any recommendations for a hotel in paris').intents[0]?.intent).toBe('out_of_scope');
  });
});
