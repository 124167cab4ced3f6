import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrderStatusEvent } from '../../contract/backend-api.ts';
import type { BackendDatabase } from '../db/open-database.ts';
import {
  startTestBackend,
  TEST_SERVICE_TOKEN,
  type TestBackend,
  testConfig,
} from '../testing/test-backend.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../testing/test-databases.ts';
import { verifyWebhookSignature } from './sign-webhook.ts';

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A webhook receiver on 127.0.0.1 that records what it gets and answers `status`. */
async function startReceiver() {
  const received: Received[] = [];
  const state = { status: 500 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(state.status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${address && typeof address === 'object' ? address.port : 0}/hooks`;
  return { url, received, state, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const SECRET = 'whsec_test_0123456789abcdef';

describe.each(DATABASE_KINDS)('webhooks on %s', (kind) => {
  let t: TestDatabase;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.destroy();
  });

  async function placeAndPay(b: TestBackend, key: string): Promise<string> {
    const token = await b.customerToken('hooked');
    const cart = (await b.call('POST', '/api/carts', { token })).body;
    await b.call('POST', `/api/carts/${cart.id}/lines`, {
      token,
      body: { itemId: 'vegan-bowl', quantity: 2 },
    });
    const order = await b.call('POST', '/api/orders', {
      token,
      headers: { 'idempotency-key': key },
      body: {
        cartId: cart.id,
        fulfillment: { type: 'pickup' },
        customer: { name: 'Hook', phone: '5550100200' },
        paymentMethod: 'card',
      },
    });
    expect(order.status).toBe(201);
    const paid = await b.call('POST', `/api/orders/${order.body.id}/status`, {
      token: TEST_SERVICE_TOKEN,
      body: { status: 'paid' },
    });
    expect(paid.status).toBe(200);
    return order.body.id;
  }

  it('survives a restart: failing deliveries stay in the outbox and a new app delivers them, signed', async () => {
    let second: BackendDatabase | undefined;
    const first = await startTestBackend(t.database);
    try {
      const sub = await first.call('POST', '/api/webhooks/subscriptions', {
        token: TEST_SERVICE_TOKEN,
        body: { url: receiver.url, secret: SECRET },
      });
      expect(sub.status).toBe(201);
      const listed = await first.call('GET', '/api/webhooks/subscriptions', { token: TEST_SERVICE_TOKEN });
      expect(listed.body).toEqual([sub.body]);
      receiver.state.status = 500;
      const orderId = await placeAndPay(first, 'restart-1');
      await waitFor(() => receiver.received.length >= 2);
      await first.close();
      const pending = await t.database.db.selectFrom('webhook_outbox').selectAll().execute();
      expect(pending.map((r) => r.status)).toEqual(['pending', 'pending']);
      expect(pending.every((r) => Number(r.attempts) >= 1 && r.last_error === 'HTTP 500')).toBe(true);

      // a new backend on the same database delivers them
      receiver.state.status = 204;
      receiver.received.length = 0;
      second = t.reopen();
      const restarted = await startTestBackend(second);
      try {
        await waitFor(async () => {
          const rows = await t.database.db.selectFrom('webhook_outbox').select('status').execute();
          return rows.every((r) => r.status === 'delivered');
        });
      } finally {
        await restarted.close();
      }
      const ok = receiver.received.filter((r) => r.body !== '');
      const events = ok.map((r) => OrderStatusEvent.parse(JSON.parse(r.body)));
      expect(events.map((e) => [e.data.orderId, e.data.previousStatus, e.data.status]).sort()).toEqual([
        [orderId, null, 'placed'],
        [orderId, 'placed', 'paid'],
      ]);
      const now = Date.now() / 1000;
      for (const r of ok) {
        const signature = String(r.headers['maitre-signature']);
        expect(verifyWebhookSignature(SECRET, signature, r.body, now, 300)).toBe(true);
        expect(verifyWebhookSignature('whsec_wrong_0123456789', signature, r.body, now, 300)).toBe(false);
        expect(r.headers['maitre-event-id']).toBe(JSON.parse(r.body).id);
        expect(r.headers['content-type']).toBe('application/json');
      }
    } finally {
      await second?.close();
    }
  });

  it('delivers as soon as the order commits, and retries when due, without waiting for the safety poll', async () => {
    await t.database.db.deleteFrom('webhook_outbox').execute();
    await t.database.db.deleteFrom('webhook_subscriptions').execute();
    receiver.received.length = 0;
    receiver.state.status = 500;
    // a ten-minute poll: only the commit's wake-up and the retry's due time can deliver within the test
    const b = await startTestBackend(t.database, { config: testConfig({ WEBHOOK_POLL_MS: '600000' }) });
    try {
      await b.call('POST', '/api/webhooks/subscriptions', {
        token: TEST_SERVICE_TOKEN,
        body: { url: receiver.url, secret: SECRET },
      });
      const orderId = await placeAndPay(b, 'wake-1');
      await waitFor(() => receiver.received.length >= 2);
      receiver.state.status = 204;
      await waitFor(async () => {
        const rows = await t.database.db.selectFrom('webhook_outbox').select('status').execute();
        return rows.length === 2 && rows.every((r) => r.status === 'delivered');
      });
      const bodies = receiver.received.map((r) => OrderStatusEvent.parse(JSON.parse(r.body)));
      expect(bodies.every((e) => e.data.orderId === orderId)).toBe(true);
      expect(new Set(bodies.map((e) => e.data.status))).toEqual(new Set(['placed', 'paid']));
    } finally {
      await b.close();
    }
  });

  it('marks a delivery dead after the maximum attempts, and unsubscribing stops events', async () => {
    await t.database.db.deleteFrom('webhook_outbox').execute();
    await t.database.db.deleteFrom('webhook_subscriptions').execute();
    receiver.state.status = 503;
    const b = await startTestBackend(t.database, { config: testConfig({ WEBHOOK_MAX_ATTEMPTS: '3' }) });
    try {
      const sub = (
        await b.call('POST', '/api/webhooks/subscriptions', {
          token: TEST_SERVICE_TOKEN,
          body: { url: receiver.url },
        })
      ).body;
      expect(sub.secret).toMatch(/^whsec_/);
      await placeAndPay(b, 'dead-1');
      await waitFor(async () => {
        const rows = await t.database.db
          .selectFrom('webhook_outbox')
          .select(['status', 'attempts'])
          .execute();
        return rows.length === 2 && rows.every((r) => r.status === 'dead');
      });
      const rows = await t.database.db.selectFrom('webhook_outbox').select('attempts').execute();
      expect(rows.map((r) => Number(r.attempts))).toEqual([3, 3]);
      const del = await b.call('DELETE', `/api/webhooks/subscriptions/${sub.id}`, {
        token: TEST_SERVICE_TOKEN,
      });
      expect(del.status).toBe(204);
      expect(
        (await b.call('DELETE', `/api/webhooks/subscriptions/${sub.id}`, { token: TEST_SERVICE_TOKEN }))
          .status,
      ).toBe(404);
      const before = await t.database.db.selectFrom('webhook_outbox').select('id').execute();
      await placeAndPay(b, 'dead-2');
      const after = await t.database.db.selectFrom('webhook_outbox').select('id').execute();
      expect(after).toHaveLength(before.length);
    } finally {
      await b.close();
    }
  });
});
