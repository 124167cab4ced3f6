import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBackend, TEST_SERVICE_TOKEN, type TestBackend } from '../backend/testing/test-backend.ts';
import { createTestDatabase, type TestDatabase } from '../backend/testing/test-databases.ts';
import { BackendClient } from './backend-client.ts';
import { BackendError } from './backend-error.ts';

const order = (cartId: string) => ({
  cartId,
  fulfillment: { type: 'pickup' as const },
  customer: { name: 'Test Customer', phone: '+1 555 0100' },
  paymentMethod: 'card' as const,
});

describe('BackendClient against the reference backend', () => {
  let db: TestDatabase;
  let backend: TestBackend;
  let client: BackendClient;

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    backend = await startTestBackend(db.database);
    client = new BackendClient({ baseUrl: backend.url, serviceToken: TEST_SERVICE_TOKEN });
  });
  afterAll(async () => {
    await backend.close();
    await db.destroy();
  });

  it('reads the menu with filters and single items', async () => {
    const vegan = await client.getMenu({ diet: 'vegan' });
    expect(vegan.items.length).toBeGreaterThan(0);
    expect(vegan.items.every((i) => i.diet === 'vegan')).toBe(true);
    expect((await client.getItem('latte'))?.price.amount).toBe(450);
    expect(await client.getItem('no-such-item')).toBeNull();
  });

  it('revalidates a cached menu with its ETag: an unchanged menu is a 304, a changed one is fetched', async () => {
    const statuses: number[] = [];
    const counting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).includes('/api/menu?')) statuses.push(response.status);
      return response;
    };
    const cachingClient = new BackendClient({
      baseUrl: backend.url,
      serviceToken: TEST_SERVICE_TOKEN,
      fetch: counting,
    });
    const first = await cachingClient.getMenu({ diet: 'vegan' });
    const second = await cachingClient.getMenu({ diet: 'vegan' });
    expect(second).toEqual(first);
    expect(statuses).toEqual([200, 304]);
    // Selling out an item changes the menu version: the next read is a fresh 200.
    const cart = await client.createCart('frank');
    await client.addLine('frank', cart.id, {
      itemId: 'veggie-burger',
      quantity: 50,
      options: [{ group: 'size', choice: 'regular' }],
    });
    expect((await client.placeOrder('frank', order(cart.id), 'key-frank-1')).ok).toBe(true);
    await cachingClient.getMenu({ diet: 'vegan' });
    expect(statuses).toEqual([200, 304, 200]);
  });

  it('answers a menu read within menuFreshMs from the cache, then revalidates', async () => {
    let menuRequests = 0;
    const counting: typeof fetch = async (input, init) => {
      if (String(input).includes('/api/menu?')) menuRequests++;
      return fetch(input, init);
    };
    let now = 1_000_000;
    const realNow = Date.now;
    Date.now = () => now;
    try {
      const fresh = new BackendClient({
        baseUrl: backend.url,
        serviceToken: TEST_SERVICE_TOKEN,
        fetch: counting,
        menuFreshMs: 1000,
      });
      const first = await fresh.getMenu({ diet: 'vegetarian' });
      now += 999;
      expect(await fresh.getMenu({ diet: 'vegetarian' })).toBe(first);
      expect(menuRequests).toBe(1);
      now += 2;
      expect(await fresh.getMenu({ diet: 'vegetarian' })).toEqual(first);
      expect(menuRequests).toBe(2);
      // the 304 made it fresh again
      now += 500;
      await fresh.getMenu({ diet: 'vegetarian' });
      expect(menuRequests).toBe(2);
    } finally {
      Date.now = realNow;
    }
  });

  it('answers an item read from a menu the backend confirmed within menuFreshMs, unless it tracks stock', async () => {
    const itemRequests: string[] = [];
    const counting: typeof fetch = async (input, init) => {
      const path = new URL(String(input)).pathname;
      if (path.startsWith('/api/menu/items/')) itemRequests.push(path.slice('/api/menu/items/'.length));
      return fetch(input, init);
    };
    let now = 2_000_000;
    const realNow = Date.now;
    Date.now = () => now;
    try {
      const fresh = new BackendClient({
        baseUrl: backend.url,
        serviceToken: TEST_SERVICE_TOKEN,
        fetch: counting,
        menuFreshMs: 1000,
      });
      // no menu known yet: asked
      expect((await fresh.getItem('latte'))?.price.amount).toBe(450);
      expect(itemRequests).toEqual(['latte']);
      const menu = await fresh.getMenu();
      now += 400;
      // a filtered menu read confirms the menu version too (a 200 or a 304)
      await fresh.getMenu({ diet: 'vegan' });
      now += 900;
      const latte = await fresh.getItem('latte');
      expect(latte).toEqual(menu.items.find((i) => i.id === 'latte'));
      expect(itemRequests).toEqual(['latte']);
      // stock counts are not part of the menu version: an item that tracks stock is always asked
      expect((await fresh.getItem('veggie-burger'))?.stock).not.toBeNull();
      expect(itemRequests).toEqual(['latte', 'veggie-burger']);
      // the confirmation is older than menuFreshMs: asked again
      now += 101;
      await fresh.getItem('latte');
      expect(itemRequests).toEqual(['latte', 'veggie-burger', 'latte']);
      // an unknown item is the backend's to say
      now += 10;
      await fresh.getMenu();
      expect(await fresh.getItem('no-such-item')).toBeNull();
      expect(itemRequests.at(-1)).toBe('no-such-item');
    } finally {
      Date.now = realNow;
    }
  });

  it("opens a new customer's first cart with its token in one request, later carts in one", async () => {
    const paths: string[] = [];
    const counting: typeof fetch = async (input, init) => {
      paths.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
      return fetch(input, init);
    };
    const counted = new BackendClient({
      baseUrl: backend.url,
      serviceToken: TEST_SERVICE_TOKEN,
      fetch: counting,
    });
    const first = await counted.createCart('dora');
    expect(paths).toEqual(['POST /api/auth/customer-tokens']);
    expect(first.lines).toEqual([]);
    const added = await counted.addLine('dora', first.id, { itemId: 'latte', quantity: 1 });
    expect(added.id).toBe(first.id);
    const second = await counted.createCart('dora');
    expect(second.id).not.toBe(first.id);
    expect(paths).toEqual([
      'POST /api/auth/customer-tokens',
      `POST /api/carts/${first.id}/lines`,
      'POST /api/carts',
    ]);
  });

  it('builds a cart whose totals come from the server, and places an order idempotently', async () => {
    const cart = await client.createCart('alice');
    let updated = await client.addLine('alice', cart.id, {
      itemId: 'latte',
      quantity: 2,
      options: [{ group: 'shots', choice: 'shot', quantity: 2 }],
    });
    expect(updated.lines[0]?.unitPrice).toBe(450 + 2 * 75);
    expect(updated.totals.subtotal).toBe(2 * 600);
    const lineId = updated.lines[0]!.id;
    updated = await client.updateLine('alice', cart.id, lineId, { quantity: 3 });
    expect(updated.totals.subtotal).toBe(3 * 600);
    updated = await client.setFulfillment('alice', cart.id, 'pickup');
    expect(updated.fulfillment).toBe('pickup');

    const first = await client.placeOrder('alice', order(cart.id), 'key-alice-1');
    const again = await client.placeOrder('alice', order(cart.id), 'key-alice-1');
    expect(first.ok && again.ok && first.order.id === again.order.id).toBe(true);
    if (!first.ok) throw new Error('order not placed');
    expect(first.order.totals.total).toBe(updated.totals.total);
    expect((await client.getOrder('alice', first.order.id)).status).toBe('placed');
    const link = await client.requestPayment('alice', first.order.id);
    expect(link.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pay\//);
  });

  it('returns out-of-stock as a result with the short lines', async () => {
    const cart = await client.createCart('bob');
    await client.addLine('bob', cart.id, { itemId: 'chicken-wings', quantity: 21 });
    const result = await client.placeOrder('bob', order(cart.id), 'key-bob-1');
    expect(result).toEqual({
      ok: false,
      reason: 'out_of_stock',
      shortages: [expect.objectContaining({ itemId: 'chicken-wings', requested: 21, available: 20 })],
    });
  });

  it('cancels an order as a result, and returns a refusal (409 CANCEL_NOT_ALLOWED) as a result', async () => {
    const place = async (key: string) => {
      const cart = await client.createCart('gina');
      await client.addLine('gina', cart.id, { itemId: 'latte', quantity: 1 });
      const placed = await client.placeOrder('gina', order(cart.id), key);
      if (!placed.ok) throw new Error('not placed');
      return placed.order.id;
    };
    const first = await place('gina-1');
    const cancelled = await client.cancelOrder('gina', first);
    expect(cancelled).toMatchObject({ ok: true, order: { id: first, status: 'cancelled' } });
    expect((await client.cancelOrder('gina', first)).ok).toBe(true);
    const second = await place('gina-2');
    await backend.call('POST', `/api/orders/${second}/payment`, {
      token: await backend.customerToken('gina'),
      body: {},
    });
    await client.getOrder('gina', second);
    await backend.call('POST', `/api/orders/${second}/status`, {
      token: TEST_SERVICE_TOKEN,
      body: { status: 'paid' },
    });
    await backend.call('POST', `/api/orders/${second}/status`, {
      token: TEST_SERVICE_TOKEN,
      body: { status: 'preparing' },
    });
    const refused = await client.cancelOrder('gina', second);
    expect(refused).toMatchObject({
      ok: false,
      refusal: { orderId: second, reason: 'status', orderStatus: 'preparing', windowMinutes: 5 },
    });
    await expect(client.cancelOrder('gina', 'ord_nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("keeps customers apart: another customer's cart is not found", async () => {
    const cart = await client.createCart('carol');
    const error = await client.getCart('dave', cart.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackendError);
    expect((error as BackendError).status).toBe(404);
  });

  it('removes a line and keeps the rest', async () => {
    const cart = await client.createCart('erin');
    await client.addLine('erin', cart.id, { itemId: 'latte', quantity: 1 });
    const two = await client.addLine('erin', cart.id, { itemId: 'vegan-bowl', quantity: 1 });
    const after = await client.removeLine('erin', cart.id, two.lines[0]!.id);
    expect(after.lines.map((l) => l.itemId)).toEqual(['vegan-bowl']);
  });
});

describe('BackendClient transport', () => {
  let server: Server;
  let url: string;
  const hits: string[] = [];
  let failuresLeft = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(`${req.method} ${req.url}`);
      if (req.url?.startsWith('/slow')) return; // never answers
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'UNAVAILABLE', message: 'busy' } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ not: 'a menu' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('retries a safe read after 503s and then reports a contract violation', async () => {
    hits.length = 0;
    failuresLeft = 2;
    const client = new BackendClient({ baseUrl: url, serviceToken: 'x'.repeat(20), retries: 2 });
    const error = await client.getMenu().catch((e: unknown) => e);
    expect(hits).toHaveLength(3);
    expect((error as BackendError).code).toBe('BACKEND_CONTRACT_VIOLATION');
  });

  it('never retries an unsafe write', async () => {
    hits.length = 0;
    failuresLeft = 5;
    const client = new BackendClient({ baseUrl: url, serviceToken: 'x'.repeat(20), retries: 3 });
    // The token request is a safe call and is retried; the line itself is sent once.
    (client as unknown as { shared: { tokens: Map<string, unknown> } }).shared.tokens.set('zed', {
      token: 't',
      expiresAt: Date.now() + 3_600_000,
    });
    const error = await client
      .addLine('zed', 'cart-1', { itemId: 'x', quantity: 1 })
      .catch((e: unknown) => e);
    expect((error as BackendError).status).toBe(503);
    expect(hits).toEqual(['POST /api/carts/cart-1/lines']);
  });

  it('turns a timeout or a refused connection into BACKEND_UNAVAILABLE', async () => {
    const slow = new BackendClient({
      baseUrl: `${url}/slow`,
      serviceToken: 'x'.repeat(20),
      timeoutMs: 100,
      retries: 0,
    });
    expect(((await slow.getMenu().catch((e: unknown) => e)) as BackendError).code).toBe(
      'BACKEND_UNAVAILABLE',
    );
    const closed = new BackendClient({
      baseUrl: 'http://127.0.0.1:9',
      serviceToken: 'x'.repeat(20),
      retries: 0,
    });
    expect(((await closed.getMenu().catch((e: unknown) => e)) as BackendError).transient).toBe(true);
  });
});
