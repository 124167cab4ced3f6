import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const spice = venueParser('spice-route');
const deli = venueParser('deli');

describe('a removal verb split around the dish ("take the naan off")', () => {
  const cart = [
    { itemId: 'garlic-naan', quantity: 1 },
    { itemId: 'paneer-tikka', quantity: 1 },
  ] as never;
  it('takes the dish out of the order, with its particle after the dish', () => {
    for (const t of [
      'take the garlic naan off',
      'can you take the garlic naan off my order',
      'cross the paneer tikka off please',
      'leave the garlic naan out',
    ]) {
      const r = spice.parse(t, { cart });
      expect([t, r.intents[0]?.intent, r.lines.map((l) => l.action)]).toEqual([
        t,
        'order_remove',
        ['remove'],
      ]);
    }
  });
  it('a take without its particle still orders', () => {
    expect(spice.parse('i will take the garlic naan', { cart }).lines.map((l) => l.action)).toEqual(['add']);
  });
  it('holds on another venue', () => {
    const r = deli.parse('take the turkey club off', {
      cart: [{ itemId: 'turkey-club', quantity: 1 }] as never,
    });
    expect(r.intents[0]?.intent).toBe('order_remove');
  });
});
