import { describe, expect, it } from 'vitest';
import { fixtureVenue } from '../../testing/fixture-venue.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { recordCarts } from './record-carts.ts';

describe('recordCarts', () => {
  it('remembers the last cart any call answered with, and nothing for calls that return none', async () => {
    const backend = new InMemoryBackend(fixtureVenue().menu);
    const carts = recordCarts(backend);
    await carts.port.getMenu();
    expect(carts.lastCart()).toBeUndefined();
    const cart = await carts.port.createCart('c');
    expect(carts.lastCart()?.id).toBe(cart.id);
    const one = await carts.port.addLine('c', cart.id, { itemId: 'coke', quantity: 2 });
    expect(carts.lastCart()?.totals).toEqual(one.totals);
    const removed = await carts.port.removeLine('c', cart.id, one.lines[0]!.id);
    expect(carts.lastCart()?.lines).toEqual(removed.lines);
    expect(backend.calls).toEqual(['getMenu', 'createCart', 'addLine', 'removeLine']);
  });
});
