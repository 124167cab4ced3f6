import { describe, expect, it } from 'vitest';
import { fixtureVenue } from './fixture-venue.ts';
import { InMemoryBackend } from './in-memory-backend.ts';

const { menu } = fixtureVenue();

describe('InMemoryBackend', () => {
  it('prices lines and totals in minor units as the contract describes', async () => {
    const b = new InMemoryBackend(menu);
    const cart = await b.createCart('c');
    const after = await b.addLine('c', cart.id, {
      itemId: 'margherita',
      quantity: 2,
      options: [
        { group: 'pizza-size', choice: 'large' },
        { group: 'toppings', choice: 'bacon' },
        { group: 'toppings', choice: 'olives' },
      ],
    });
    // (1000 + 300 + 200 + 100) × 2
    expect(after.lines[0]).toMatchObject({ unitPrice: 1600, lineTotal: 3200 });
    expect(after.totals).toEqual({ currency: 'USD', subtotal: 3200, tax: 320, deliveryFee: 0, total: 3520 });
    const delivered = await b.setFulfillment('c', cart.id, 'delivery');
    expect(delivered.totals.deliveryFee).toBe(300);
  });

  it('refuses a line missing a required option', async () => {
    const b = new InMemoryBackend(menu);
    const cart = await b.createCart('c');
    await expect(b.addLine('c', cart.id, { itemId: 'margherita', quantity: 1 })).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
      details: { problems: [expect.objectContaining({ group: 'pizza-size' })] },
    });
  });

  it('places an order once per idempotency key and reports stock shortages', async () => {
    const b = new InMemoryBackend(menu, { stock: { coke: 1 } });
    const cart = await b.createCart('c');
    await b.addLine('c', cart.id, { itemId: 'coke', quantity: 2 });
    const request = {
      cartId: cart.id,
      fulfillment: { type: 'pickup' as const },
      customer: { name: 'A', phone: '5551234567' },
      paymentMethod: 'card' as const,
    };
    expect(await b.placeOrder('c', request, 'k1')).toMatchObject({
      ok: false,
      reason: 'out_of_stock',
      shortages: [{ itemId: 'coke', requested: 2, available: 1 }],
    });
    b.setStock('coke', 5);
    const first = await b.placeOrder('c', request, 'k2');
    const again = await b.placeOrder('c', request, 'k2');
    expect(first.ok && again.ok && first.order.id === again.order.id).toBe(true);
    const link = await b.requestPayment('c', first.ok ? first.order.id : '');
    expect(link.amount).toBe(440);
  });
});
