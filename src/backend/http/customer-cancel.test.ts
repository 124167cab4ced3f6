import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestBackend,
  TEST_SERVICE_TOKEN,
  type TestBackend,
  testConfig,
} from '../testing/test-backend.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../testing/test-databases.ts';

const START = Date.parse('2026-03-01T18:00:00Z');
const burger = { itemId: 'veggie-burger', quantity: 2, options: [{ group: 'size', choice: 'large' }] };

describe.each(DATABASE_KINDS)('customer cancel over HTTP on %s', (kind) => {
  let t: TestDatabase;
  let b: TestBackend;
  let alice: string;
  let bob: string;
  let now = START;
  let key = 0;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    // deliveries off: the queued webhook rows stay in the outbox to be read
    b = await startTestBackend(t.database, {
      config: testConfig({}, false),
      clock: { now: () => new Date(now) },
    });
    alice = await b.customerToken('alice');
    bob = await b.customerToken('bob');
    await b.call('POST', '/api/webhooks/subscriptions', {
      token: TEST_SERVICE_TOKEN,
      body: { url: 'http://127.0.0.1:9/hook' },
    });
  });
  afterAll(async () => {
    await b?.close();
    await t?.destroy();
  });

  const stockOf = async (itemId: string) =>
    Number(
      (
        await t.database.db
          .selectFrom('stock')
          .select('quantity')
          .where('item_id', '=', itemId)
          .executeTakeFirst()
      )?.quantity,
    );

  /** Places a 2-burger pickup order for alice at the current clock. */
  async function place(paymentMethod: 'card' | 'cash' = 'card'): Promise<string> {
    const cart = (await b.call('POST', '/api/carts', { token: alice })).body;
    await b.call('POST', `/api/carts/${cart.id}/lines`, { token: alice, body: burger });
    const r = await b.call('POST', '/api/orders', {
      token: alice,
      headers: { 'idempotency-key': `cancel-${++key}` },
      body: {
        cartId: cart.id,
        fulfillment: { type: 'pickup' },
        customer: { name: 'Ada', phone: '+44 20 7946 0000' },
        paymentMethod,
      },
    });
    expect(r.status).toBe(201);
    return r.body.id as string;
  }

  it('cancels within the window: stock back, pending payment void, a webhook event queued', async () => {
    now = START;
    const before = await stockOf('veggie-burger');
    const id = await place();
    const link = (await b.call('POST', `/api/orders/${id}/payment`, { token: alice, body: {} })).body;
    expect(await stockOf('veggie-burger')).toBe(before - 2);
    now = START + 4 * 60_000;
    const r = await b.call('POST', `/api/orders/${id}/cancel`, { token: alice, body: {} });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id, status: 'cancelled' });
    expect(await stockOf('veggie-burger')).toBe(before);
    const payment = await t.database.db
      .selectFrom('payments')
      .select('status')
      .where('id', '=', link.paymentId)
      .executeTakeFirstOrThrow();
    expect(payment.status).toBe('void');
    const events = (await t.database.db.selectFrom('webhook_outbox').select('payload').execute())
      .map((row) => JSON.parse(row.payload))
      .filter((e) => e.data.orderId === id);
    expect(events.map((e) => [e.data.previousStatus, e.data.status])).toEqual([
      [null, 'placed'],
      ['placed', 'cancelled'],
    ]);
    // a retry returns the cancelled order and changes nothing
    const again = await b.call('POST', `/api/orders/${id}/cancel`, { token: alice });
    expect([again.status, again.body.status]).toEqual([200, 'cancelled']);
    expect(await stockOf('veggie-burger')).toBe(before);
    // a cancelled order takes no payment
    const pay = await b.call('POST', `/api/orders/${id}/payment`, { token: alice, body: {} });
    expect([pay.status, pay.body.error.code]).toEqual([409, 'PAYMENT_NOT_ALLOWED']);
  });

  it('refunds a paid order', async () => {
    now = START;
    const id = await place();
    const link = (await b.call('POST', `/api/orders/${id}/payment`, { token: alice, body: {} })).body;
    await b.call('POST', `/pay/${link.paymentId}/pay`);
    expect((await b.call('GET', `/api/orders/${id}`, { token: alice })).body.status).toBe('paid');
    const r = await b.call('POST', `/api/orders/${id}/cancel`, { token: alice });
    expect([r.status, r.body.status]).toEqual([200, 'cancelled']);
    const payment = await t.database.db
      .selectFrom('payments')
      .select('status')
      .where('id', '=', link.paymentId)
      .executeTakeFirstOrThrow();
    expect(payment.status).toBe('refunded');
  });

  it('refuses after the window with 409 CANCEL_NOT_ALLOWED (reason window) and changes nothing', async () => {
    now = START;
    const id = await place();
    const stock = await stockOf('veggie-burger');
    now = START + 5 * 60_000;
    const r = await b.call('POST', `/api/orders/${id}/cancel`, { token: alice });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('CANCEL_NOT_ALLOWED');
    expect(r.body.error.details).toEqual({
      orderId: id,
      reason: 'window',
      orderStatus: 'placed',
      cancellableStatuses: ['placed', 'paid'],
      windowMinutes: 5,
      cancellableUntil: new Date(START + 5 * 60_000).toISOString(),
    });
    expect((await b.call('GET', `/api/orders/${id}`, { token: alice })).body.status).toBe('placed');
    expect(await stockOf('veggie-burger')).toBe(stock);
  });

  it('refuses once the kitchen started (reason status), even inside the window', async () => {
    now = START;
    const id = await place('cash');
    await b.call('POST', `/api/orders/${id}/status`, {
      token: TEST_SERVICE_TOKEN,
      body: { status: 'preparing' },
    });
    const r = await b.call('POST', `/api/orders/${id}/cancel`, { token: alice });
    expect([
      r.status,
      r.body.error.code,
      r.body.error.details.reason,
      r.body.error.details.orderStatus,
    ]).toEqual([409, 'CANCEL_NOT_ALLOWED', 'status', 'preparing']);
  });

  it("is the customer's own: another customer gets 404, no token 401", async () => {
    now = START;
    const id = await place();
    expect((await b.call('POST', `/api/orders/${id}/cancel`, { token: bob })).status).toBe(404);
    expect((await b.call('POST', `/api/orders/${id}/cancel`)).status).toBe(401);
    expect((await b.call('POST', '/api/orders/ord_nope/cancel', { token: alice })).status).toBe(404);
    expect((await b.call('GET', `/api/orders/${id}`, { token: alice })).body.status).toBe('placed');
  });
});
