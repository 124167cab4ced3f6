import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateOrderRequest, Order } from '../../contract/backend-api.ts';
import { startTestBackend, type TestBackend } from '../testing/test-backend.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../testing/test-databases.ts';

const burger = { itemId: 'veggie-burger', quantity: 1, options: [{ group: 'size', choice: 'large' }] };
const order = (cartId: string, extra: Record<string, unknown> = {}) => ({
  cartId,
  fulfillment: { type: 'pickup' },
  customer: { name: 'Ada Lovelace', phone: '+44 20 7946 0000' },
  paymentMethod: 'card',
  ...extra,
});

describe('the requested time in the contract', () => {
  it('is optional: an order without it is valid, and so is an order read from an older backend', () => {
    expect(CreateOrderRequest.safeParse(order('c1')).success).toBe(true);
    const old = {
      id: 'o1',
      cartId: 'c1',
      status: 'placed',
      fulfillment: 'pickup',
      paymentMethod: 'card',
      lines: [],
      totals: { currency: 'USD', subtotal: 0, tax: 0, deliveryFee: 0, total: 0 },
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    expect(Order.safeParse(old).success).toBe(true);
    expect(Order.safeParse({ ...old, requestedTime: null }).success).toBe(true);
  });

  it('takes ISO 8601 with an offset only', () => {
    const ok = (v: string) => CreateOrderRequest.safeParse(order('c1', { requestedTime: v })).success;
    expect(ok('2026-01-01T19:30:00-08:00')).toBe(true);
    expect(ok('2026-01-01T19:30:00Z')).toBe(true);
    expect(ok('7:30 pm')).toBe(false);
    expect(ok('2026-01-01T19:30:00')).toBe(false);
  });
});

describe.each(DATABASE_KINDS)('the requested time on %s', (kind) => {
  let t: TestDatabase;
  let b: TestBackend;
  let alice: string;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    b = await startTestBackend(t.database);
    alice = await b.customerToken('alice');
  });
  afterAll(async () => {
    await b?.close();
    await t?.destroy();
  });

  const place = async (key: string, extra: Record<string, unknown> = {}) => {
    const cart = (await b.call('POST', '/api/carts', { token: alice })).body;
    await b.call('POST', `/api/carts/${cart.id}/lines`, { token: alice, body: burger });
    return b.call('POST', '/api/orders', {
      token: alice,
      body: order(cart.id, extra),
      headers: { 'idempotency-key': key },
    });
  };

  it('is kept with the order and read back', async () => {
    const placed = await place('rt-1', { requestedTime: '2026-01-01T19:30:00-08:00' });
    expect(placed.status).toBe(201);
    expect(placed.body.requestedTime).toBe('2026-01-01T19:30:00-08:00');
    const read = await b.call('GET', `/api/orders/${placed.body.id}`, { token: alice });
    expect(read.body.requestedTime).toBe('2026-01-01T19:30:00-08:00');
    const row = await t.database.db
      .selectFrom('orders')
      .select('requested_time')
      .where('id', '=', placed.body.id)
      .executeTakeFirstOrThrow();
    expect(row.requested_time).toBe('2026-01-01T19:30:00-08:00');
  });

  it('absent means as soon as possible (null)', async () => {
    const placed = await place('rt-2');
    expect(placed.status).toBe(201);
    expect(placed.body.requestedTime).toBeNull();
  });

  it('refuses a time that is no ISO 8601 instant with 400', async () => {
    const refused = await place('rt-3', { requestedTime: 'around 8pm' });
    expect(refused.status).toBe(400);
  });
});
