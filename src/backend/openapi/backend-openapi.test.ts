import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  type CallOptions,
  startTestBackend,
  TEST_SERVICE_TOKEN,
  type TestBackend,
} from '../testing/test-backend.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../testing/test-databases.ts';
import { BACKEND_ROUTES } from './backend-routes.ts';
import { buildBackendOpenApi } from './build-backend-openapi.ts';
import { BACKEND_OPENAPI_FILE, renderBackendOpenApiYaml } from './write-backend-openapi.ts';

type Doc = ReturnType<typeof buildBackendOpenApi> & {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
  >;
};

describe('the OpenAPI document', () => {
  it('is committed as openapi/backend.yaml, up to date (run `npm run openapi`)', () => {
    const committed = readFileSync(BACKEND_OPENAPI_FILE, 'utf8');
    expect(parse(committed)).toEqual(buildBackendOpenApi());
    expect(committed).toBe(renderBackendOpenApiYaml());
  });

  it('is a valid OpenAPI 3.1 shape whose schemas compile under JSON Schema 2020-12', () => {
    const doc = buildBackendOpenApi() as Doc;
    expect(doc.openapi).toBe('3.1.0');
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    for (const [name, schema] of Object.entries(
      (doc.components as { schemas: Record<string, object> }).schemas,
    )) {
      expect(() => ajv.compile(schema), name).not.toThrow();
    }
  });
});

describe.each(DATABASE_KINDS)('the backend against its contract on %s', (kind) => {
  let t: TestDatabase;
  let b: TestBackend;
  const doc = buildBackendOpenApi() as Doc;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(doc, 'openapi.json');
  const covered = new Set<string>();

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    b = await startTestBackend(t.database);
  });
  afterAll(async () => {
    await b?.close();
    await t?.destroy();
  });

  /** Calls `template` (with params filled in) and validates the answer against the document. */
  async function call(
    method: string,
    template: string,
    params: Record<string, string>,
    options: CallOptions = {},
  ) {
    const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(params[name] ?? ''));
    const r = await b.call(method.toUpperCase(), path, options);
    const operation = doc.paths[template.split('?')[0] as string]?.[method];
    expect(operation, `${method} ${template} is in the contract`).toBeDefined();
    const spec = operation?.responses[String(r.status)];
    expect(
      spec,
      `${method} ${template} documents status ${r.status} (${JSON.stringify(r.body)})`,
    ).toBeDefined();
    const content = spec?.content;
    if (content?.['application/json']) {
      const ref = (content['application/json'].schema as { $ref?: string }).$ref;
      const validateBody = ref
        ? ajv.getSchema(`openapi.json${ref}`)
        : ajv.compile(content['application/json'].schema as object);
      expect(validateBody, `schema for ${method} ${template} ${r.status}`).toBeDefined();
      const ok = validateBody?.(r.body);
      expect(ok, `${method} ${template} ${r.status}: ${JSON.stringify(validateBody?.errors)}`).toBe(true);
    } else if (content?.['text/html']) {
      expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    } else {
      expect(r.body).toBe('');
    }
    covered.add(`${method} ${template.split('?')[0]}`);
    return r;
  }

  it('registers every route of the contract, and no other', () => {
    const registered = b.app.backend.routes.map((r) => `${r.method.toLowerCase()} ${r.url}`).sort();
    const contract = BACKEND_ROUTES.map((r) => `${r.method} ${r.path.replace(/\{(\w+)\}/g, ':$1')}`).sort();
    expect(registered).toEqual(contract);
    for (const r of BACKEND_ROUTES) {
      expect(
        b.app.hasRoute({ method: r.method.toUpperCase() as 'GET', url: r.path.replace(/\{(\w+)\}/g, ':$1') }),
      ).toBe(true);
    }
  });

  it('answers every operation as the contract specifies', async () => {
    const svc = { token: TEST_SERVICE_TOKEN };
    const none = {};
    await call('get', '/healthz', none);
    await call('get', '/api/openapi.json', none);
    const menu = await call('get', '/api/menu', none);
    await call('get', '/api/menu?diet=vegan&allergen_free=gluten&q=bowl', none);
    await call('get', '/api/menu', none, { headers: { 'if-none-match': menu.headers.get('etag') ?? '' } });
    await call('get', '/api/menu?diet=nope', none);
    await call('get', '/api/menu/items/{id}', { id: 'latte' });
    await call('get', '/api/menu/items/{id}', { id: 'ghost' });

    const tok = await call('post', '/api/auth/customer-tokens', none, { ...svc, body: { customerId: 'oa' } });
    await call('post', '/api/auth/customer-tokens', none, { body: {} });
    await call('post', '/api/auth/customer-tokens', none, { token: tok.body.token });
    const customer = { token: tok.body.token as string };
    const cart = await call('post', '/api/carts', none, customer);
    await call('post', '/api/carts', none, {});
    const id = cart.body.id as string;
    await call('get', '/api/carts/{id}', { id }, customer);
    await call('get', '/api/carts/{id}', { id: 'nope' }, customer);
    const line = await call(
      'post',
      '/api/carts/{id}/lines',
      { id },
      {
        ...customer,
        body: {
          itemId: 'veggie-burger',
          quantity: 2,
          options: [
            { group: 'size', choice: 'large' },
            { group: 'toppings', choice: 'cheese', qualifier: 'extra' },
          ],
          without: [{ group: 'toppings', choice: 'onions' }],
          notes: 'well done',
        },
      },
    );
    await call(
      'post',
      '/api/carts/{id}/lines',
      { id },
      { ...customer, body: { itemId: 'veggie-burger', quantity: 1 } },
    );
    await call(
      'post',
      '/api/carts/{id}/lines',
      { id },
      { ...customer, body: { itemId: 'ghost', quantity: 1 } },
    );
    await call(
      'post',
      '/api/carts/{id}/lines',
      { id },
      { ...customer, body: { itemId: 'seasonal-pie', quantity: 1 } },
    );
    await call(
      'post',
      '/api/carts/{id}/lines',
      { id },
      { ...customer, rawBody: '{', headers: { 'content-type': 'application/json' } },
    );
    await call(
      'post',
      '/api/carts/{id}/lines',
      { id },
      { ...customer, rawBody: 'x', headers: { 'content-type': 'text/plain' } },
    );
    await call(
      'post',
      '/api/carts/{id}/lines',
      { id },
      { ...customer, body: { itemId: 'latte', quantity: 1, notes: 'x'.repeat(80_000) } },
    );
    const lineId = line.body.lines[0].id as string;
    await call(
      'patch',
      '/api/carts/{id}/lines/{lineId}',
      { id, lineId },
      { ...customer, body: { quantity: 3, notes: null } },
    );
    await call(
      'patch',
      '/api/carts/{id}/lines/{lineId}',
      { id, lineId },
      { ...customer, body: { options: [] } },
    );
    await call(
      'patch',
      '/api/carts/{id}/lines/{lineId}',
      { id, lineId: 'nope' },
      { ...customer, body: { quantity: 1 } },
    );
    const extra = await call(
      'post',
      '/api/carts/{id}/lines',
      { id },
      { ...customer, body: { itemId: 'latte', quantity: 1 } },
    );
    await call('delete', '/api/carts/{id}/lines/{lineId}', { id, lineId: extra.body.lines[1].id }, customer);
    await call('delete', '/api/carts/{id}/lines/{lineId}', { id, lineId: 'nope' }, customer);
    await call('patch', '/api/carts/{id}', { id }, { ...customer, body: { fulfillment: 'delivery' } });

    const orderBody = {
      cartId: id,
      fulfillment: { type: 'delivery', address: '1 Contract Lane' },
      customer: { name: 'Oa', phone: '5550001111' },
      paymentMethod: 'card',
    };
    await call('post', '/api/orders', none, { ...customer, body: orderBody });
    await call('post', '/api/orders', none, {
      ...customer,
      body: { ...orderBody, paymentMethod: 'upi' },
      headers: { 'idempotency-key': 'oa-0' },
    });
    const placed = await call('post', '/api/orders', none, {
      ...customer,
      body: orderBody,
      headers: { 'idempotency-key': 'oa-1' },
    });
    expect(placed.status).toBe(201);
    await call('post', '/api/orders', none, {
      ...customer,
      body: { ...orderBody, notes: 'x' },
      headers: { 'idempotency-key': 'oa-1' },
    });
    await call('post', '/api/orders', none, {
      ...customer,
      body: orderBody,
      headers: { 'idempotency-key': 'oa-2' },
    });
    await call('patch', '/api/carts/{id}', { id }, { ...customer, body: { fulfillment: 'pickup' } });
    const orderId = placed.body.id as string;
    await call('get', '/api/orders/{id}', { id: orderId }, customer);
    await call('get', '/api/orders/{id}', { id: 'nope' }, customer);
    const link = await call('post', '/api/orders/{id}/payment', { id: orderId }, customer);
    await call('get', '/pay/{paymentId}', { paymentId: link.body.paymentId });
    await call('get', '/pay/{paymentId}', { paymentId: 'nope' });
    await call('post', '/pay/{paymentId}/decline', { paymentId: link.body.paymentId });
    const link2 = await call('post', '/api/orders/{id}/payment', { id: orderId }, customer);
    await call(
      'post',
      '/pay/{paymentId}/pay',
      { paymentId: link2.body.paymentId },
      { rawBody: '', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    );
    await call('post', '/pay/{paymentId}/decline', { paymentId: link2.body.paymentId });
    await call('post', '/api/orders/{id}/payment', { id: orderId }, customer);
    await call('post', '/api/orders/{id}/status', { id: orderId }, { ...svc, body: { status: 'preparing' } });
    await call('post', '/api/orders/{id}/status', { id: orderId }, { ...svc, body: { status: 'paid' } });
    await call('post', '/api/orders/{id}/status', { id: 'nope' }, { ...svc, body: { status: 'paid' } });
    await call(
      'post',
      '/api/orders/{id}/status',
      { id: orderId },
      { ...customer, body: { status: 'ready' } },
    );

    // the order is preparing now: too late for the customer; a fresh one is cancelled
    await call('post', '/api/orders/{id}/cancel', { id: orderId }, customer);
    await call('post', '/api/orders/{id}/cancel', { id: 'nope' }, customer);
    await call('post', '/api/orders/{id}/cancel', { id: orderId }, none);
    const cart2 = await call('post', '/api/carts', none, customer);
    await call(
      'post',
      '/api/carts/{id}/lines',
      { id: cart2.body.id },
      { ...customer, body: { itemId: 'latte', quantity: 1 } },
    );
    const second = await call('post', '/api/orders', none, {
      ...customer,
      body: { ...orderBody, cartId: cart2.body.id, fulfillment: { type: 'pickup' } },
      headers: { 'idempotency-key': 'oa-3' },
    });
    const cancelled = await call('post', '/api/orders/{id}/cancel', { id: second.body.id }, customer);
    expect(cancelled.status).toBe(200);

    const sub = await call('post', '/api/webhooks/subscriptions', none, {
      ...svc,
      body: { url: 'http://127.0.0.1:9/hook' },
    });
    await call('get', '/api/webhooks/subscriptions', none, svc);
    await call('delete', '/api/webhooks/subscriptions/{id}', { id: sub.body.id }, svc);
    await call('delete', '/api/webhooks/subscriptions/{id}', { id: sub.body.id }, svc);

    // customer data: export (service), a customer token refused, erasure blocked by the preparing order
    await call('get', '/api/customers/{customerId}/data', { customerId: 'oa' }, svc);
    await call('get', '/api/customers/{customerId}/data', { customerId: 'oa' }, customer);
    await call('delete', '/api/customers/{customerId}/data', { customerId: 'oa' }, svc);
    await call('delete', '/api/customers/{customerId}/data', { customerId: 'nobody' }, svc);
    await call('delete', '/api/customers/{customerId}/data', { customerId: 'oa' }, none);

    const missing = BACKEND_ROUTES.map((r) => `${r.method} ${r.path}`).filter((k) => !covered.has(k));
    expect(missing).toEqual([]);
  });
});
