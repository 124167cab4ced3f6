import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

/**
 * The parse remembers its readings of the words alone (scope, requested time, browse by a noun) per
 * understanding, for the same message said in another context: each reading must be the one read
 * afresh, and a caller changing the reading it got must not change the next one.
 */
describe('readings of the words alone, remembered', () => {
  it('reads the same message in another context as afresh, and hands out copies', () => {
    const remembering = venueParser('spice-route');
    const first = remembering.parse('show me your naans');
    expect(first.filters.items).toEqual(['plain-naan', 'garlic-naan']);
    first.filters.items?.push('changed');
    expect(first.why).toBeDefined();
    if (first.why) first.why.scope.class = 'out_of_scope';
    const again = remembering.parse('show me your naans', { cart: ['plain-naan'] });
    const fresh = venueParser('spice-route').parse('show me your naans', { cart: ['plain-naan'] });
    expect(again).toEqual(fresh);
    expect(again.filters.items).toEqual(['plain-naan', 'garlic-naan']);
  });

  it('reads a time the same with and without the time asked for', () => {
    const remembering = venueParser('spice-route');
    // a bare hour is a time only when the time was asked for
    expect(remembering.parse('8').slots.when).toBeUndefined();
    expect(remembering.parse('8', { expecting: 'when' }).slots.when).toBe('8:00?');
    expect(remembering.parse('8').slots.when).toBeUndefined();
    expect(remembering.parse('pickup at half past 7', { cart: ['plain-naan'] }).slots.when).toBe('7:30?');
  });
});
