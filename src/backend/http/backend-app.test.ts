import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBackend, TEST_SERVICE_TOKEN, type TestBackend } from '../testing/test-backend.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../testing/test-databases.ts';

const burger = { itemId: 'veggie-burger', quantity: 2, options: [{ group: 'size', choice: 'large' }] };
const order = (cartId: string) => ({
  cartId,
  fulfillment: { type: 'pickup' },
  customer: { name: 'Ada Lovelace', phone: '+44 20 7946 0000' },
  paymentMethod: 'card',
});

describe.each(DATABASE_KINDS)('backend HTTP on %s', (kind) => {
  let t: TestDatabase;
  let b: TestBackend;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    b = await startTestBackend(t.database);
    alice = await b.customerToken('alice');
    bob = await b.customerToken('bob');
  });
  afterAll(async () => {
    await b?.close();
    await t?.destroy();
  });

  const counts = async () => {
    const db = t.database.db;
    const n = async (
      table: 'carts' | 'cart_lines' | 'orders' | 'idempotency_keys' | 'payments' | 'webhook_subscriptions',
    ) =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const stock = await db.selectFrom('stock').selectAll().orderBy('item_id').execute();
    return {
      carts: await n('carts'),
      lines: await n('cart_lines'),
      orders: await n('orders'),
      keys: await n('idempotency_keys'),
      payments: await n('payments'),
      subs: await n('webhook_subscriptions'),
      stock: stock.map((s) => `${s.item_id}=${s.quantity}`).join(','),
    };
  };

  describe('menu', () => {
    it('filters by diet (vegetarian includes vegan), category, allergens and words', async () => {
      const ids = async (qs: string) =>
        (await b.call('GET', `/api/menu${qs}`)).body.items.map((i: { id: string }) => i.id);
      expect(await ids('?diet=vegan')).toEqual(['vegan-bowl', 'seasonal-pie']);
      expect(await ids('?diet=vegetarian')).toEqual(['veggie-burger', 'vegan-bowl', 'latte', 'seasonal-pie']);
      expect(await ids('?category=drinks')).toEqual(['latte']);
      expect(await ids('?allergen_free=gluten,milk')).toEqual(['vegan-bowl', 'chicken-wings']);
      expect(await ids('?q=BLACK%20bean')).toEqual(['veggie-burger']);
      expect(await ids('?q=wings')).toEqual(['chicken-wings']);
      const bad = await b.call('GET', '/api/menu?diet=carnivore');
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('VALIDATION_FAILED');
      expect((await b.call('GET', '/api/menu?allergen_free=kryptonite')).body.error.code).toBe(
        'VALIDATION_FAILED',
      );
    });

    it('serves an ETag (the menu version) and answers 304 to If-None-Match', async () => {
      const first = await b.call('GET', '/api/menu');
      const etag = first.headers.get('etag');
      expect(etag).toBe(`"${first.body.version}"`);
      const again = await b.call('GET', '/api/menu', { headers: { 'if-none-match': etag ?? '' } });
      expect(again.status).toBe(304);
      expect(first.body.items.find((i: { id: string }) => i.id === 'seasonal-pie').available).toBe(false);
    });

    it('reads one item; an unknown one is 404', async () => {
      const item = await b.call('GET', '/api/menu/items/chicken-wings');
      expect(item.body).toMatchObject({ id: 'chicken-wings', stock: 20, available: true });
      const missing = await b.call('GET', '/api/menu/items/unicorn');
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe('NOT_FOUND');
    });
  });

  describe('auth', () => {
    it('needs tokens; customer tokens cannot act as the service', async () => {
      expect((await b.call('POST', '/api/carts')).status).toBe(401);
      expect((await b.call('POST', '/api/carts', { token: 'forged.token' })).body.error.code).toBe(
        'UNAUTHORIZED',
      );
      expect((await b.call('POST', '/api/carts', { token: TEST_SERVICE_TOKEN })).status).toBe(401);
      const r = await b.call('GET', '/api/webhooks/subscriptions', { token: alice });
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe('FORBIDDEN');
      const fresh = await b.call('POST', '/api/auth/customer-tokens', { token: TEST_SERVICE_TOKEN });
      expect(fresh.status).toBe(201);
      expect(fresh.body.customerId).toMatch(/^cus_/);
      expect(Date.parse(fresh.body.expiresAt) - Date.now()).toBeGreaterThan(3500_000);
    });

    it('issues a token and opens a cart of that customer in one request (openCart)', async () => {
      const issued = await b.call('POST', '/api/auth/customer-tokens', {
        token: TEST_SERVICE_TOKEN,
        body: { customerId: 'carla', openCart: true },
      });
      expect(issued.status).toBe(201);
      expect(issued.body.customerId).toBe('carla');
      expect(issued.body.cart).toMatchObject({ lines: [], fulfillment: null, orderId: null });
      // the cart is the customer's: their token reads it, another's does not
      const read = await b.call('GET', `/api/carts/${issued.body.cart.id}`, { token: issued.body.token });
      expect(read.status).toBe(200);
      expect((await b.call('GET', `/api/carts/${issued.body.cart.id}`, { token: bob })).status).toBe(404);
      // without openCart: a token alone, as before
      const plain = await b.call('POST', '/api/auth/customer-tokens', {
        token: TEST_SERVICE_TOKEN,
        body: { customerId: 'carla' },
      });
      expect(plain.body.cart).toBeUndefined();
    });

    it("gives 404, never 403, for another customer's cart and order", async () => {
      const cart = (await b.call('POST', '/api/carts', { token: alice })).body;
      await b.call('POST', `/api/carts/${cart.id}/lines`, { token: alice, body: burger });
      const placed = await b.call('POST', '/api/orders', {
        token: alice,
        body: order(cart.id),
        headers: { 'idempotency-key': 'auth-1' },
      });
      expect(placed.status).toBe(201);
      const before = await counts();
      for (const [method, path, body] of [
        ['GET', `/api/carts/${cart.id}`, undefined],
        ['PATCH', `/api/carts/${cart.id}`, { fulfillment: 'pickup' }],
        ['POST', `/api/carts/${cart.id}/lines`, burger],
        ['DELETE', `/api/carts/${cart.id}/lines/x`, undefined],
        ['GET', `/api/orders/${placed.body.id}`, undefined],
        ['POST', `/api/orders/${placed.body.id}/payment`, undefined],
      ] as const) {
        const r = await b.call(method, path, { token: bob, ...(body ? { body } : {}) });
        expect([path, r.status, r.body.error.code]).toEqual([path, 404, 'NOT_FOUND']);
      }
      const stolen = await b.call('POST', '/api/orders', {
        token: bob,
        body: order(cart.id),
        headers: { 'idempotency-key': 'b' },
      });
      expect(stolen.status).toBe(404);
      expect(await counts()).toEqual(before);
    });
  });

  describe('carts', () => {
    it('adds, changes and removes lines with server totals; a placed cart is frozen', async () => {
      const cart = (await b.call('POST', '/api/carts', { token: alice })).body;
      expect(cart).toMatchObject({ fulfillment: null, lines: [], orderId: null, totals: { total: 0 } });
      const added = await b.call('POST', `/api/carts/${cart.id}/lines`, { token: alice, body: burger });
      expect(added.status).toBe(201);
      const line = added.body.lines[0];
      expect(line).toMatchObject({ name: 'Veggie Burger', unitPrice: 1300, lineTotal: 2600 });
      const withLatte = await b.call('POST', `/api/carts/${cart.id}/lines`, {
        token: alice,
        body: {
          itemId: 'latte',
          quantity: 1,
          options: [{ group: 'shots', choice: 'shot', quantity: 2 }],
          notes: 'oat milk',
        },
      });
      expect(withLatte.body.totals).toEqual({
        currency: 'USD',
        subtotal: 3200,
        tax: 264,
        deliveryFee: 0,
        total: 3464,
      });
      const delivery = await b.call('PATCH', `/api/carts/${cart.id}`, {
        token: alice,
        body: { fulfillment: 'delivery' },
      });
      expect(delivery.body.totals).toMatchObject({ deliveryFee: 499, total: 3963 });
      const changed = await b.call('PATCH', `/api/carts/${cart.id}/lines/${line.id}`, {
        token: alice,
        body: { quantity: 3 },
      });
      expect(changed.body.lines[0]).toMatchObject({ quantity: 3, lineTotal: 3900 });
      const removed = await b.call('DELETE', `/api/carts/${cart.id}/lines/${withLatte.body.lines[1].id}`, {
        token: alice,
      });
      expect(removed.body.lines).toHaveLength(1);

      const placed = await b.call('POST', '/api/orders', {
        token: alice,
        body: { ...order(cart.id), fulfillment: { type: 'delivery', address: '12 Analytical Row' } },
        headers: { 'idempotency-key': 'cart-freeze' },
      });
      expect(placed.status).toBe(201);
      expect(placed.body.totals).toMatchObject({ subtotal: 3900, deliveryFee: 499 });
      const frozen = await b.call('POST', `/api/carts/${cart.id}/lines`, { token: alice, body: burger });
      expect([frozen.status, frozen.body.error.code]).toEqual([409, 'CART_FROZEN']);
      expect((await b.call('GET', `/api/carts/${cart.id}`, { token: alice })).body.orderId).toBe(
        placed.body.id,
      );
    });

    it('refuses unknown items, bad options and unavailable items with details', async () => {
      const cart = (await b.call('POST', '/api/carts', { token: alice })).body;
      const before = await counts();
      const unknown = await b.call('POST', `/api/carts/${cart.id}/lines`, {
        token: alice,
        body: { itemId: 'nope', quantity: 1 },
      });
      expect([unknown.status, unknown.body.error.code]).toEqual([422, 'UNKNOWN_ITEM']);
      const noSize = await b.call('POST', `/api/carts/${cart.id}/lines`, {
        token: alice,
        body: { itemId: 'veggie-burger', quantity: 1 },
      });
      expect([noSize.status, noSize.body.error.code]).toEqual([422, 'INVALID_OPTIONS']);
      expect(noSize.body.error.details.problems[0].message).toBe('Which size?');
      const off = await b.call('POST', `/api/carts/${cart.id}/lines`, {
        token: alice,
        body: { itemId: 'seasonal-pie', quantity: 1 },
      });
      expect([off.status, off.body.error.code]).toEqual([409, 'ITEM_UNAVAILABLE']);
      expect(await counts()).toEqual(before);
    });
  });

  describe('bad input', () => {
    it('answers 4xx in the error shape and changes nothing', async () => {
      const cart = (await b.call('POST', '/api/carts', { token: alice })).body;
      const before = await counts();
      const cases: Array<[string, string, Parameters<TestBackend['call']>[2], number, string]> = [
        [
          'POST',
          `/api/carts/${cart.id}/lines`,
          { rawBody: '{"itemId": "latte", ', headers: { 'content-type': 'application/json' } },
          400,
          'MALFORMED_JSON',
        ],
        [
          'POST',
          `/api/carts/${cart.id}/lines`,
          { body: { itemId: 'latte', quantity: -1 } },
          400,
          'VALIDATION_FAILED',
        ],
        [
          'POST',
          `/api/carts/${cart.id}/lines`,
          { body: { itemId: 'latte', quantity: 1.5 } },
          400,
          'VALIDATION_FAILED',
        ],
        ['POST', `/api/carts/${cart.id}/lines`, { body: [1, 2] }, 400, 'VALIDATION_FAILED'],
        [
          'POST',
          `/api/carts/${cart.id}/lines`,
          { rawBody: 'itemId=latte', headers: { 'content-type': 'text/plain' } },
          415,
          'UNSUPPORTED_MEDIA_TYPE',
        ],
        [
          'POST',
          `/api/carts/${cart.id}/lines`,
          { rawBody: 'itemId=latte', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
          415,
          'UNSUPPORTED_MEDIA_TYPE',
        ],
        [
          'POST',
          `/api/carts/${cart.id}/lines`,
          { body: { itemId: 'latte', quantity: 1, notes: 'x'.repeat(70_000) } },
          413,
          'PAYLOAD_TOO_LARGE',
        ],
        ['PATCH', `/api/carts/${cart.id}`, { body: { fulfillment: 'teleport' } }, 400, 'VALIDATION_FAILED'],
        ['PATCH', `/api/carts/${cart.id}/lines/whatever`, { body: {} }, 400, 'VALIDATION_FAILED'],
        ['POST', '/api/orders', { body: order(cart.id) }, 400, 'IDEMPOTENCY_KEY_REQUIRED'],
        [
          'POST',
          '/api/orders',
          {
            body: { ...order(cart.id), customer: { name: '', phone: 'call me' } },
            headers: { 'idempotency-key': 'bad-1' },
          },
          400,
          'VALIDATION_FAILED',
        ],
        [
          'POST',
          '/api/orders',
          { rawBody: 'null', headers: { 'content-type': 'application/json', 'idempotency-key': 'bad-2' } },
          400,
          'VALIDATION_FAILED',
        ],
        [
          'POST',
          '/api/orders',
          { body: order(cart.id), headers: { 'idempotency-key': 'bad-3' } },
          422,
          'CART_EMPTY',
        ],
        [
          'POST',
          '/api/orders',
          { body: order('cart_nope'), headers: { 'idempotency-key': 'bad-4' } },
          404,
          'NOT_FOUND',
        ],
        ['GET', '/api/nothing-here', {}, 404, 'ROUTE_NOT_FOUND'],
      ];
      for (const [method, path, options, status, code] of cases) {
        const r = await b.call(method, path, { token: alice, ...options });
        expect([path, code, r.status]).toEqual([path, code, status]);
        expect(r.body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
        expect(JSON.stringify(r.body)).not.toMatch(/at .*\.ts:\d+/);
      }
      const subs = await b.call('POST', '/api/webhooks/subscriptions', {
        token: TEST_SERVICE_TOKEN,
        body: { url: 'ftp://x' },
      });
      expect([subs.status, subs.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(await counts()).toEqual(before);
    });
  });

  describe('orders', () => {
    it('replays the same key and body; refuses the same key with another body', async () => {
      const cart = (await b.call('POST', '/api/carts', { token: alice })).body;
      await b.call('POST', `/api/carts/${cart.id}/lines`, { token: alice, body: burger });
      const headers = { 'idempotency-key': 'replay-1' };
      const first = await b.call('POST', '/api/orders', { token: alice, body: order(cart.id), headers });
      const second = await b.call('POST', '/api/orders', { token: alice, body: order(cart.id), headers });
      expect(second.status).toBe(first.status);
      expect(second.body).toEqual(first.body);
      expect(second.headers.get('idempotent-replayed')).toBe('true');
      const other = await b.call('POST', '/api/orders', {
        token: alice,
        body: { ...order(cart.id), notes: 'hi' },
        headers,
      });
      expect([other.status, other.body.error.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
      // the key is per customer: bob's identical key is his own (and the cart is not his)
      expect(
        (await b.call('POST', '/api/orders', { token: bob, body: order(cart.id), headers })).status,
      ).toBe(404);
    });

    it('answers 409 OUT_OF_STOCK with the short lines and changes nothing', async () => {
      const cart = (await b.call('POST', '/api/carts', { token: alice })).body;
      await b.call('POST', `/api/carts/${cart.id}/lines`, {
        token: alice,
        body: { itemId: 'chicken-wings', quantity: 500 },
      });
      const before = await counts();
      const r = await b.call('POST', '/api/orders', {
        token: alice,
        body: order(cart.id),
        headers: { 'idempotency-key': 'short' },
      });
      expect(r.status).toBe(409);
      expect(r.body.error.code).toBe('OUT_OF_STOCK');
      expect(r.body.error.details.lines).toEqual([
        { itemId: 'chicken-wings', name: 'Chicken Wings', requested: 500, available: 20 },
      ]);
      expect(await counts()).toEqual(before);
    });

    it('advances the lifecycle with the service token; invalid transitions are 409', async () => {
      const cart = (await b.call('POST', '/api/carts', { token: alice })).body;
      await b.call('POST', `/api/carts/${cart.id}/lines`, { token: alice, body: burger });
      const placed = (
        await b.call('POST', '/api/orders', {
          token: alice,
          body: order(cart.id),
          headers: { 'idempotency-key': 'life' },
        })
      ).body;
      const move = (status: string, token = TEST_SERVICE_TOKEN) =>
        b.call('POST', `/api/orders/${placed.id}/status`, { token, body: { status } });
      expect((await move('paid', alice)).status).toBe(403);
      const skip = await move('completed');
      expect([skip.status, skip.body.error.code]).toEqual([409, 'INVALID_TRANSITION']);
      expect(skip.body.error.details.allowed).toEqual(['paid', 'cancelled']);
      for (const s of ['paid', 'preparing', 'ready', 'completed']) {
        const r = await move(s);
        expect([s, r.status, r.body.status]).toEqual([s, 200, s]);
      }
      expect((await move('cancelled')).status).toBe(409);
      expect((await b.call('GET', `/api/orders/${placed.id}`, { token: alice })).body.status).toBe(
        'completed',
      );
    });

    it('pays through the sandbox page: placed → paid; a paid order gets no new link', async () => {
      const cart = (await b.call('POST', '/api/carts', { token: alice })).body;
      await b.call('POST', `/api/carts/${cart.id}/lines`, { token: alice, body: burger });
      const placed = (
        await b.call('POST', '/api/orders', {
          token: alice,
          body: order(cart.id),
          headers: { 'idempotency-key': 'pay' },
        })
      ).body;
      const link = await b.call('POST', `/api/orders/${placed.id}/payment`, { token: alice });
      expect(link.status).toBe(201);
      expect(link.body).toMatchObject({
        orderId: placed.id,
        provider: 'sandbox',
        status: 'pending',
        amount: placed.totals.total,
      });
      expect(link.body.url).toBe(`${b.url}/pay/${link.body.paymentId}`);
      expect(
        (await b.call('POST', `/api/orders/${placed.id}/payment`, { token: alice })).body.paymentId,
      ).toBe(link.body.paymentId);
      const page = await fetch(link.body.url);
      const html = await page.text();
      expect(html).toContain('Pay');
      expect(html).toContain('Decline');
      expect(html).not.toMatch(/card number|cvv/i);
      const paid = await fetch(`${link.body.url}/pay`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
      });
      expect(paid.status).toBe(200);
      expect(await paid.text()).toContain('paid');
      expect((await b.call('GET', `/api/orders/${placed.id}`, { token: alice })).body.status).toBe('paid');
      const late = await b.call('POST', `/api/orders/${placed.id}/payment`, { token: alice });
      expect([late.status, late.body.error.code]).toEqual([409, 'PAYMENT_NOT_ALLOWED']);
      const decline = await fetch(`${link.body.url}/decline`, { method: 'POST' });
      expect(decline.status).toBe(409);
    });

    it('a declined payment leaves the order placed and a new link can be made', async () => {
      const cart = (await b.call('POST', '/api/carts', { token: alice })).body;
      await b.call('POST', `/api/carts/${cart.id}/lines`, { token: alice, body: burger });
      const placed = (
        await b.call('POST', '/api/orders', {
          token: alice,
          body: order(cart.id),
          headers: { 'idempotency-key': 'decl' },
        })
      ).body;
      const link = (await b.call('POST', `/api/orders/${placed.id}/payment`, { token: alice })).body;
      expect((await fetch(`${link.url}/decline`, { method: 'POST' })).status).toBe(200);
      expect((await b.call('GET', `/api/orders/${placed.id}`, { token: alice })).body.status).toBe('placed');
      const again = (await b.call('POST', `/api/orders/${placed.id}/payment`, { token: alice })).body;
      expect(again.paymentId).not.toBe(link.paymentId);
    });
  });

  it('answers /healthz', async () => {
    expect((await b.call('GET', '/healthz')).body).toEqual({ status: 'ok' });
  });
});
