import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const { lines } = venueParser('spice-route');

describe('cartDishByHeadNoun (through the parse)', () => {
  it('a head noun alone names the one cart dish with that head noun', () => {
    expect(lines('take off one naan', { cart: ['garlic-naan', 'butter-chicken'] })).toEqual([
      'garlic-naan x1 [] -[]',
    ]);
  });
  it('the exact-name dish wins when it is in the cart', () => {
    expect(lines('remove one naan', { cart: ['garlic-naan', 'plain-naan'] })).toEqual([
      'plain-naan x1 [] -[]',
    ]);
  });
  it('more words than the head noun keep the dish they name', () => {
    expect(lines('remove the plain naan', { cart: ['garlic-naan'] })).toEqual(['plain-naan x1 [] -[]']);
  });
  it('an added dish is never redirected', () => {
    expect(lines('add a naan', { cart: ['garlic-naan'] })).toEqual(['plain-naan x1 [] -[]']);
  });
});
