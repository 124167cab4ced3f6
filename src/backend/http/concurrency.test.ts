import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../testing/test-backend.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../testing/test-databases.ts';

const order = (cartId: string) => ({
  cartId,
  fulfillment: { type: 'pickup' },
  customer: { name: 'Grace Hopper', phone: '+1 202 555 0199' },
  paymentMethod: 'card',
});

describe.each(DATABASE_KINDS)('concurrent orders on %s', (kind) => {
  let t: TestDatabase;
  let b: TestBackend;
  let token: string;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    b = await startTestBackend(t.database);
    token = await b.customerToken('grace');
  });
  afterAll(async () => {
    await b?.close();
    await t?.destroy();
  });

  it('50 parallel submissions with one idempotency key make exactly one order', async () => {
    const cart = (await b.call('POST', '/api/carts', { token })).body;
    await b.call('POST', `/api/carts/${cart.id}/lines`, {
      token,
      body: { itemId: 'vegan-bowl', quantity: 2 },
    });
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        b.call('POST', '/api/orders', {
          token,
          body: order(cart.id),
          headers: { 'idempotency-key': 'one-key' },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(new Set(results.map((r) => JSON.stringify(r.body))).size).toBe(1);
    const rows = await t.database.db
      .selectFrom('orders')
      .select('id')
      .where('cart_id', '=', cart.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id).toBe(results[0]?.body.id);
  });

  it('200 concurrent orders for an item with stock 20 give exactly 20 orders and 180 conflicts', async () => {
    const versionBefore = (await b.call('GET', '/api/menu')).body.version;
    const carts: string[] = [];
    for (let batch = 0; batch < 4; batch++) {
      const created = await Promise.all(
        Array.from({ length: 50 }, async () => {
          const cart = (await b.call('POST', '/api/carts', { token })).body;
          const r = await b.call('POST', `/api/carts/${cart.id}/lines`, {
            token,
            body: { itemId: 'chicken-wings', quantity: 1 },
          });
          expect(r.status).toBe(201);
          return cart.id as string;
        }),
      );
      carts.push(...created);
    }
    const results = await Promise.all(
      carts.map((cartId, i) =>
        b.call('POST', '/api/orders', {
          token,
          body: order(cartId),
          headers: { 'idempotency-key': `stock-${i}` },
        }),
      ),
    );
    const created = results.filter((r) => r.status === 201);
    const conflicts = results.filter((r) => r.status === 409);
    expect(created).toHaveLength(20);
    expect(conflicts).toHaveLength(180);
    for (const c of conflicts) {
      expect(c.body.error.code).toBe('OUT_OF_STOCK');
      expect(c.body.error.details.lines).toEqual([
        { itemId: 'chicken-wings', name: 'Chicken Wings', requested: 1, available: 0 },
      ]);
    }
    const stock = await t.database.db
      .selectFrom('stock')
      .select('quantity')
      .where('item_id', '=', 'chicken-wings')
      .executeTakeFirstOrThrow();
    expect(Number(stock.quantity)).toBe(0);
    const orders = await t.database.db
      .selectFrom('orders')
      .select('id')
      .where('cart_id', 'in', carts)
      .execute();
    expect(orders).toHaveLength(20);
    // sold out: the item is no longer available and the menu version changed
    const item = await b.call('GET', '/api/menu/items/chicken-wings');
    expect(item.body).toMatchObject({ available: false, stock: 0 });
    expect((await b.call('GET', '/api/menu')).body.version).not.toBe(versionBefore);
  });
});
