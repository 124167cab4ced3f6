import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateOrderRequest } from '../../contract/backend-api.ts';
import { seedVenue } from '../db/seed-venue.ts';
import { fixtureMenu } from '../testing/fixture-venue.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../testing/test-databases.ts';
import type { BackendContext } from './backend-context.ts';
import { BackendError } from './backend-error.ts';
import { CartService } from './cart-service.ts';
import { createBackendContext } from './create-backend-context.ts';
import { OrderLifecycle } from './order-lifecycle.ts';
import { OrderService } from './order-service.ts';
import { purgeExpiredKeys } from './purge-expired-keys.ts';

const pickup = (cartId: string): CreateOrderRequest => ({
  cartId,
  fulfillment: { type: 'pickup' },
  customer: { name: 'Ada', phone: '+1 555 0100' },
  paymentMethod: 'card',
});

describe.each(DATABASE_KINDS)('order service on %s', (kind) => {
  let t: TestDatabase;
  let ctx: BackendContext;
  let carts: CartService;
  let orders: OrderService;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    expect(await seedVenue(t.database.db, fixtureMenu(), new Date())).toBe(true);
    expect(await seedVenue(t.database.db, fixtureMenu(), new Date())).toBe(false);
    ctx = await createBackendContext(t.database.db, pino({ level: 'silent' }));
    carts = new CartService(ctx);
    orders = new OrderService(ctx);
  });
  afterAll(async () => t?.destroy());

  async function cartWith(customer: string, itemId: string, quantity: number) {
    const cart = await carts.create(customer);
    await carts.addLine(customer, cart.id, { itemId, quantity, options: [], without: [] });
    return cart.id;
  }

  it('places an order, freezes the cart, decrements stock and replays the same key', async () => {
    const cartId = await cartWith('c1', 'chicken-wings', 2);
    const first = await orders.place('c1', 'k1', pickup(cartId));
    expect(first.statusCode).toBe(201);
    expect(first.body.totals).toEqual({
      currency: 'USD',
      subtotal: 1798,
      tax: 148,
      deliveryFee: 0,
      total: 1946,
    });
    const again = await orders.place('c1', 'k1', pickup(cartId));
    expect(again).toEqual({ ...first, replayed: true });
    await expect(orders.place('c1', 'k1', { ...pickup(cartId), notes: 'other' })).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    await expect(
      carts.addLine('c1', cartId, { itemId: 'latte', quantity: 1, options: [], without: [] }),
    ).rejects.toMatchObject({
      code: 'CART_FROZEN',
    });
    const stock = await t.database.db
      .selectFrom('stock')
      .selectAll()
      .where('item_id', '=', 'chicken-wings')
      .executeTakeFirstOrThrow();
    expect(Number(stock.quantity)).toBe(18);
    await expect(orders.get('someone-else', first.body.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // cancelling gives the stock back
    await new OrderLifecycle(ctx).advance(first.body.id, 'cancelled');
    const back = await t.database.db
      .selectFrom('stock')
      .selectAll()
      .where('item_id', '=', 'chicken-wings')
      .executeTakeFirstOrThrow();
    expect(Number(back.quantity)).toBe(20);
  });

  it('refuses a short order with the short lines and changes nothing', async () => {
    const cartId = await cartWith('c2', 'chicken-wings', 25);
    const error = await orders.place('c2', 'k2', pickup(cartId)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackendError);
    expect((error as BackendError).details).toEqual({
      lines: [{ itemId: 'chicken-wings', name: 'Chicken Wings', requested: 25, available: 20 }],
    });
    const keys = await t.database.db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('key', '=', 'k2')
      .execute();
    expect(keys).toEqual([]);
    const cart = await carts.get('c2', cartId);
    expect(cart.orderId).toBeNull();
  });

  it("refuses a cart with an item switched off since it was added, naming only the cart's off items", async () => {
    const cartId = await cartWith('c5', 'latte', 1);
    await carts.addLine('c5', cartId, { itemId: 'chicken-wings', quantity: 1, options: [], without: [] });
    await t.database.db.updateTable('menu_items').set({ available: 0 }).where('id', '=', 'latte').execute();
    try {
      // seasonal-pie is off too, but not on this cart
      const error = await orders.place('c5', 'k5', pickup(cartId)).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'ITEM_UNAVAILABLE', details: { itemIds: ['latte'] } });
    } finally {
      await t.database.db.updateTable('menu_items').set({ available: 1 }).where('id', '=', 'latte').execute();
    }
    const placed = await orders.place('c5', 'k5', pickup(cartId));
    expect(placed.statusCode).toBe(201);
    expect(placed.body.lines.map((l) => [l.itemId, l.quantity])).toEqual([
      ['latte', 1],
      ['chicken-wings', 1],
    ]);
  });

  it('enforces the delivery minimum', async () => {
    const cartId = await cartWith('c3', 'latte', 1);
    await expect(
      orders.place('c3', 'k3', {
        ...pickup(cartId),
        fulfillment: { type: 'delivery', address: '1 Main Street' },
      }),
    ).rejects.toMatchObject({ code: 'BELOW_DELIVERY_MINIMUM' });
  });

  it('makes exactly one order from 50 parallel submissions with one key', async () => {
    const cartId = await cartWith('c4', 'vegan-bowl', 1);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => orders.place('c4', 'same-key', pickup(cartId))),
    );
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    const rows = await t.database.db
      .selectFrom('orders')
      .select('id')
      .where('cart_id', '=', cartId)
      .execute();
    expect(rows).toHaveLength(1);
  });
});

describe.each(DATABASE_KINDS)('idempotency keys expire after 24 h on %s', (kind) => {
  let t: TestDatabase;
  afterAll(async () => t?.destroy());

  it('a key older than 24 h is forgotten: the same key places a new order', async () => {
    t = await createTestDatabase(kind);
    await seedVenue(t.database.db, fixtureMenu(), new Date());
    let now = new Date('2026-03-01T10:00:00Z');
    const ctx = await createBackendContext(t.database.db, pino({ level: 'silent' }), {
      clock: { now: () => now },
    });
    const carts = new CartService(ctx);
    const orders = new OrderService(ctx);
    const cartA = await carts.create('c');
    await carts.addLine('c', cartA.id, { itemId: 'latte', quantity: 1, options: [], without: [] });
    const first = await orders.place('c', 'day-key', pickup(cartA.id));
    now = new Date('2026-03-02T10:00:01Z');
    expect(await purgeExpiredKeys(t.database.db, new Date('2026-03-02T09:59:00Z'))).toBe(0);
    const cartB = await carts.create('c');
    await carts.addLine('c', cartB.id, { itemId: 'latte', quantity: 1, options: [], without: [] });
    const second = await orders.place('c', 'day-key', pickup(cartB.id));
    expect(second.replayed).toBe(false);
    expect(second.body.id).not.toBe(first.body.id);
    now = new Date('2026-03-04T00:00:00Z');
    expect(await purgeExpiredKeys(t.database.db, now)).toBe(1);
  });
});
