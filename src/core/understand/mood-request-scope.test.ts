import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

describe('a mood said with a request for something is a recommendation, not out of scope', () => {
  const spice = venueParser('spice-route');
  it.each([
    ['got anything with a bit of heat?', 'spicy'],
    ['its so hot today, need to cool down', 'hot-day'],
    ['i need something to cool me down', 'refreshing'],
  ])('"%s" → recommend (%s)', (text, mood) => {
    const r = spice.parse(text);
    expect(r.intents[0]?.intent).toBe('recommend');
    expect(r.mood).toBe(mood);
  });

  it('the weather asked about, with no request, stays out of scope', () => {
    expect(spice.parse('is it going to be hot today?').intents[0]?.intent).toBe('out_of_scope');
    expect(spice.parse("what's the weather on a cold day").intents[0]?.intent).toBe('out_of_scope');
  });
});
