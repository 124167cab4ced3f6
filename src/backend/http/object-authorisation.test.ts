import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestBackend,
  TEST_SERVICE_TOKEN,
  type TestBackend,
  testConfig,
} from '../testing/test-backend.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../testing/test-databases.ts';

/**
 * docs/security.md API1 and API4 for the backend: one customer's token reaches none of another's carts,
 * lines, orders or payments on any route (404, never 403, and nothing changes), and every route that
 * takes a body refuses one over BACKEND_BODY_LIMIT_BYTES with 413 before reading it into a handler.
 */
describe.each(DATABASE_KINDS)('security: backend object authorisation and body limits on %s', (kind) => {
  let t: TestDatabase;
  let b: TestBackend;
  let alice: string;
  let bob: string;
  const bobs = { cart: '', open: '', line: '', order: '', payment: '' };

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    b = await startTestBackend(t.database, {
      config: testConfig({ BACKEND_BODY_LIMIT_BYTES: '4096' }, false),
    });
    alice = await b.customerToken('alice');
    bob = await b.customerToken('bob');
    const burger = { itemId: 'veggie-burger', quantity: 1, options: [{ group: 'size', choice: 'large' }] };
    bobs.cart = (await b.call('POST', '/api/carts', { token: bob })).body.id;
    await b.call('POST', `/api/carts/${bobs.cart}/lines`, { token: bob, body: burger });
    const order = await b.call('POST', '/api/orders', {
      token: bob,
      headers: { 'idempotency-key': 'bob-1' },
      body: {
        cartId: bobs.cart,
        fulfillment: { type: 'pickup' },
        customer: { name: 'Bob', phone: '5550001111' },
        paymentMethod: 'card',
      },
    });
    bobs.order = order.body.id;
    bobs.payment = (
      await b.call('POST', `/api/orders/${bobs.order}/payment`, { token: bob, body: {} })
    ).body.paymentId;
    bobs.open = (await b.call('POST', '/api/carts', { token: bob })).body.id;
    const withLine = await b.call('POST', `/api/carts/${bobs.open}/lines`, { token: bob, body: burger });
    bobs.line = withLine.body.lines[0].id;
  });
  afterAll(async () => {
    await b?.close();
    await t?.destroy();
  });

  async function snapshot(): Promise<string> {
    const db = t.database.db;
    return JSON.stringify([
      await db.selectFrom('carts').selectAll().orderBy('id').execute(),
      await db.selectFrom('cart_lines').selectAll().orderBy('id').execute(),
      await db.selectFrom('orders').selectAll().orderBy('id').execute(),
      await db.selectFrom('payments').selectAll().orderBy('id').execute(),
    ]);
  }

  it('API1: alice’s token reaches none of bob’s objects: 404 on every route, nothing changed', async () => {
    const before = await snapshot();
    const attempts: Array<[string, string, unknown?, Record<string, string>?]> = [
      ['GET', `/api/carts/${bobs.open}`],
      ['PATCH', `/api/carts/${bobs.open}`, { fulfillment: 'delivery' }],
      ['POST', `/api/carts/${bobs.open}/lines`, { itemId: 'latte', quantity: 1 }],
      ['PATCH', `/api/carts/${bobs.open}/lines/${bobs.line}`, { quantity: 5 }],
      ['DELETE', `/api/carts/${bobs.open}/lines/${bobs.line}`],
      ['GET', `/api/orders/${bobs.order}`],
      ['POST', `/api/orders/${bobs.order}/payment`, {}],
      ['POST', `/api/orders/${bobs.order}/cancel`, {}],
      [
        'POST',
        '/api/orders',
        {
          cartId: bobs.open,
          fulfillment: { type: 'pickup' },
          customer: { name: 'Eve', phone: '5550002222' },
          paymentMethod: 'cash',
        },
        { 'idempotency-key': 'steal-1' },
      ],
    ];
    for (const [method, path, body, headers] of attempts) {
      const r = await b.call(method, path, {
        token: alice,
        ...(body === undefined ? {} : { body }),
        ...(headers ? { headers } : {}),
      });
      expect(r.status, `${method} ${path}`).toBe(404);
      expect(r.body.error.code).toBe('NOT_FOUND');
    }
    expect(await snapshot()).toBe(before);
    // bob still has all of it
    expect((await b.call('GET', `/api/orders/${bobs.order}`, { token: bob })).status).toBe(200);
    expect((await b.call('GET', `/api/carts/${bobs.open}`, { token: bob })).body.lines).toHaveLength(1);
  });

  it('API3: no order, cart or payment answer carries the customer’s contact (it stays in the orders table)', async () => {
    const answers = [
      await b.call('GET', `/api/orders/${bobs.order}`, { token: bob }),
      await b.call('GET', `/api/carts/${bobs.cart}`, { token: bob }),
      await b.call('POST', `/api/orders/${bobs.order}/payment`, { token: bob, body: {} }),
      await b.call('POST', '/api/orders', {
        token: bob,
        headers: { 'idempotency-key': 'bob-1' },
        body: {
          cartId: bobs.cart,
          fulfillment: { type: 'pickup' },
          customer: { name: 'Bob', phone: '5550001111' },
          paymentMethod: 'card',
        },
      }),
    ];
    expect(answers[3]?.headers.get('idempotent-replayed')).toBe('true');
    for (const answer of answers) {
      expect(answer.status).toBeLessThan(300);
      expect(JSON.stringify(answer.body)).not.toMatch(/5550001111|"Bob"|customer_?name|phone/i);
    }
  });

  it('API4: every route with a body answers 413 PAYLOAD_TOO_LARGE over the limit, and nothing changes', async () => {
    const before = await snapshot();
    const big = JSON.stringify({ notes: 'x'.repeat(5000) });
    const routes = b.app.backend.routes.filter((r) => ['POST', 'PATCH', 'PUT'].includes(r.method));
    expect(routes.length).toBeGreaterThan(8);
    for (const route of routes) {
      const path = route.url.replace(/:(\w+)/g, (_m, name: string) =>
        name === 'lineId' ? bobs.line : bobs.open,
      );
      const r = await b.call(route.method, path, {
        token:
          route.url.startsWith('/api/auth') || route.url.includes('status') || route.url.includes('webhooks')
            ? TEST_SERVICE_TOKEN
            : bob,
        rawBody: big,
        headers: { 'content-type': 'application/json', 'idempotency-key': 'big-1' },
      });
      expect(r.status, `${route.method} ${route.url}`).toBe(413);
      expect(r.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    }
    expect(await snapshot()).toBe(before);
  });
});
