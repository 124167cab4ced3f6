import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestBackend,
  TEST_SERVICE_TOKEN,
  type TestBackend,
  testConfig,
} from '../testing/test-backend.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../testing/test-databases.ts';

/**
 * Property: no request the backend can be sent makes it answer 5xx, and every 4xx is a JSON error with a
 * code. Requests are generated over every registered route (method, path parameters from real and
 * arbitrary ids, NUL bytes and percent-encoding included), tokens (service, operator, two customers,
 * forged, none), headers (content types, Idempotency-Key, If-None-Match) and bodies (valid-shaped with
 * arbitrary field values, any JSON, raw junk, oversized). Real HTTP on loopback, on SQLite and
 * PostgreSQL (where a NUL byte in text is an error of its own).
 */

const OPERATOR = 'property-operator-token-0123456789';
const printable = (max: number) => fc.stringMatching(new RegExp(`^[\\x20-\\x7e]{0,${max}}$`));
const junkText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\ud800',
    '%00',
    '%ff',
    '../..',
    "' or 1=1 --",
    '${7*7}',
    '__proto__',
  ),
);

/** Percent-encodes every UTF-8 byte (a lone surrogate becomes U+FFFD); `%ff` stays as said (invalid UTF-8). */
function encodeSegment(value: string): string {
  if (value === '%ff') return value;
  return [...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}

describe.each(DATABASE_KINDS)('property: backend routes on %s', (kind) => {
  let t: TestDatabase;
  let b: TestBackend;
  let alice: string;
  let bob: string;
  const ids: Record<string, string[]> = { id: [], lineId: [], paymentId: [], customerId: ['alice', 'bob'] };

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    b = await startTestBackend(t.database, {
      config: testConfig({ BACKEND_OPERATOR_TOKEN: OPERATOR }, false),
    });
    alice = await b.customerToken('alice');
    bob = await b.customerToken('bob');
    // real ids to aim at: a cart with a line, an order and its payment
    const cart = (await b.call('POST', '/api/carts', { token: alice })).body;
    const withLine = (
      await b.call('POST', `/api/carts/${cart.id}/lines`, {
        token: alice,
        body: { itemId: 'veggie-burger', quantity: 1, options: [{ group: 'size', choice: 'large' }] },
      })
    ).body;
    const order = (
      await b.call('POST', '/api/orders', {
        token: alice,
        headers: { 'idempotency-key': 'property-1' },
        body: {
          cartId: cart.id,
          fulfillment: { type: 'pickup' },
          customer: { name: 'Ada', phone: '+44 20 7946 0000' },
          paymentMethod: 'card',
        },
      })
    ).body;
    const payment = (await b.call('POST', `/api/orders/${order.id}/payment`, { token: alice, body: {} }))
      .body;
    const open = (await b.call('POST', '/api/carts', { token: bob })).body;
    ids.id = [cart.id, open.id, order.id, 'veggie-burger', 'latte'];
    ids.lineId = [withLine.lines[0].id];
    ids.paymentId = [payment.paymentId];
  });
  afterAll(async () => {
    await b?.close();
    await t?.destroy();
  });

  it('never answers 5xx to any generated request (600 runs)', async () => {
    const routes = b.app.backend.routes;
    const param = (name: string) =>
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...(ids[name] ?? ['x'])) },
        { weight: 2, arbitrary: junkText },
        { weight: 1, arbitrary: printable(300) },
      );
    const request = fc.record({
      route: fc.constantFrom(...routes),
      method: fc.oneof(
        { weight: 6, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS') },
      ),
      values: fc.record({
        id: param('id'),
        lineId: param('lineId'),
        paymentId: param('paymentId'),
        customerId: param('customerId'),
      }),
      query: fc.option(
        fc.dictionary(fc.constantFrom('diet', 'category', 'allergen_free', 'q', 'x'), junkText),
        { nil: undefined },
      ),
      token: fc.constantFrom('service', 'operator', 'alice', 'bob', 'forged', 'none', 'garbage'),
      contentType: fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        undefined,
      ),
      idempotencyKey: fc.option(printable(300), { nil: undefined }),
      ifNoneMatch: fc.option(printable(40), { nil: undefined }),
      body: fc.oneof(
        fc.constant(undefined),
        fc.jsonValue().map((v) => JSON.stringify(v)),
        fc
          .record(
            {
              itemId: fc.oneof(fc.constantFrom('veggie-burger', 'latte'), junkText),
              quantity: fc.oneof(fc.integer(), fc.double(), fc.constant('2'), fc.constant(null)),
              options: fc.anything(),
              notes: fc.oneof(junkText, fc.string({ maxLength: 600 })),
              fulfillment: fc.oneof(fc.constantFrom('pickup', 'delivery'), fc.anything()),
              cartId: param('id'),
              customer: fc.record({ name: junkText, phone: fc.oneof(printable(25), junkText) }),
              paymentMethod: fc.oneof(fc.constantFrom('card', 'cash', 'upi'), junkText),
              status: fc.oneof(fc.constantFrom('paid', 'preparing', 'completed', 'cancelled'), junkText),
              url: fc.oneof(fc.webUrl(), junkText),
              secret: fc.string({ maxLength: 250 }),
              customerId: junkText,
            },
            { requiredKeys: [] },
          )
          .map((v) => JSON.stringify(v)),
        junkText,
        fc.constantFrom('{', '[', '"', 'null', '{"__proto__":{"x":1}}', 'x'.repeat(70_000)),
      ),
    });

    const tokens: Record<string, string | undefined> = {};
    let statuses = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        Object.assign(tokens, {
          service: TEST_SERVICE_TOKEN,
          operator: OPERATOR,
          alice,
          bob,
          forged: `${alice.slice(0, -4)}AAAA`,
          none: undefined,
          garbage: 'Bearer Bearer',
        });
        const values = r.values as Record<string, string>;
        let path = r.route.url.replace(/:(\w+)/g, (_m, name: string) => encodeSegment(values[name] ?? 'x'));
        if (r.query) path += `?${new URLSearchParams(r.query).toString()}`;
        const headers: Record<string, string> = {};
        const token = tokens[r.token];
        if (token) headers.authorization = `Bearer ${token}`;
        if (r.contentType && r.body !== undefined) headers['content-type'] = r.contentType;
        if (r.idempotencyKey !== undefined) headers['idempotency-key'] = r.idempotencyKey;
        if (r.ifNoneMatch !== undefined) headers['if-none-match'] = r.ifNoneMatch;
        const method = r.method ?? r.route.method;
        const hasBody = method !== 'GET' && r.body !== undefined;
        const response = await fetch(b.url + path, { method, headers, ...(hasBody ? { body: r.body } : {}) });
        const text = await response.text();
        statuses++;
        const where = `${method} ${path} (${r.token}, ${r.contentType}) → ${response.status} ${text.slice(0, 300)}`;
        if (response.status >= 500) throw new Error(where);
        if (response.status >= 400 && method !== 'HEAD') {
          let code: unknown;
          try {
            code = (JSON.parse(text) as { error?: { code?: unknown } }).error?.code;
          } catch {
            throw new Error(`not JSON: ${where}`);
          }
          if (typeof code !== 'string') throw new Error(`no error code: ${where}`);
        }
      }),
      { numRuns: 600, seed: 20261202, endOnFailure: true },
    );
    expect(statuses).toBe(600);
    expect((await fetch(`${b.url}/healthz`)).status).toBe(200);
  }, 180_000);
});
