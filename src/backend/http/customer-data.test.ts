import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CustomerDataErasure, CustomerDataExport } from '../../contract/backend-api.ts';
import {
  startTestBackend,
  TEST_SERVICE_TOKEN,
  type TestBackend,
  testConfig,
} from '../testing/test-backend.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../testing/test-databases.ts';

const OPERATOR = 'test-operator-token-0123456789';
const burger = { itemId: 'veggie-burger', quantity: 2, options: [{ group: 'size', choice: 'large' }] };
const ALICE = { name: 'Ada Lovelace', phone: '+44 20 7946 0000' };
const ADDRESS = '12 Analytical Engine Row, London';

describe.each(DATABASE_KINDS)('customer data export and erasure on %s', (kind) => {
  let t: TestDatabase;
  let b: TestBackend;
  let alice: string;
  let bob: string;
  let key = 0;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    b = await startTestBackend(t.database, {
      config: testConfig({ BACKEND_OPERATOR_TOKEN: OPERATOR }, false),
    });
    alice = await b.customerToken('alice');
    bob = await b.customerToken('bob');
  });
  afterAll(async () => {
    await b?.close();
    await t?.destroy();
  });

  /** A delivery order of 2 large burgers (with a line note) for the token's customer. */
  async function place(token: string, who = ALICE, address = ADDRESS): Promise<string> {
    const cart = (await b.call('POST', '/api/carts', { token })).body;
    await b.call('POST', `/api/carts/${cart.id}/lines`, {
      token,
      body: { ...burger, notes: `ring ${who.name} twice` },
    });
    await b.call('POST', `/api/carts/${cart.id}/lines`, { token, body: burger });
    const r = await b.call('POST', '/api/orders', {
      token,
      headers: { 'idempotency-key': `data-${++key}` },
      body: {
        cartId: cart.id,
        fulfillment: { type: 'delivery', address },
        customer: who,
        paymentMethod: 'card',
        notes: `leave with ${who.name}'s porter`,
      },
    });
    expect(r.status).toBe(201);
    return r.body.id as string;
  }

  const status = (id: string, to: string) =>
    b.call('POST', `/api/orders/${id}/status`, { token: TEST_SERVICE_TOKEN, body: { status: to } });

  /** Every text column of the tables that may hold a customer's data, joined. */
  async function everything(): Promise<string> {
    const db = t.database.db;
    const rows = [
      ...(await db.selectFrom('orders').selectAll().execute()),
      ...(await db.selectFrom('carts').selectAll().execute()),
      ...(await db.selectFrom('cart_lines').selectAll().execute()),
      ...(await db.selectFrom('idempotency_keys').selectAll().execute()),
      ...(await db.selectFrom('customer_erasures').selectAll().execute()),
    ];
    return JSON.stringify(rows);
  }

  it('needs the service or operator token: none 401, a customer token 403', async () => {
    for (const method of ['GET', 'DELETE']) {
      expect((await b.call(method, '/api/customers/alice/data')).status).toBe(401);
      expect((await b.call(method, '/api/customers/alice/data', { token: 'forged' })).status).toBe(401);
      const own = await b.call(method, '/api/customers/alice/data', { token: alice });
      expect(own.status).toBe(403);
      expect(own.body.error.code).toBe('FORBIDDEN');
    }
    expect((await b.call('GET', '/api/customers/alice/data', { token: OPERATOR })).status).toBe(200);
  });

  it('exports the customer’s orders with their contact and payments, and open carts; nothing of another', async () => {
    const order = await place(alice);
    await b.call('POST', `/api/orders/${order}/payment`, { token: alice, body: {} });
    const bobs = await place(
      bob,
      { name: 'Bob Babbage', phone: '+44 20 7000 0000' },
      '1 Difference Lane, Cambridge',
    );
    const open = (await b.call('POST', '/api/carts', { token: alice })).body;
    await b.call('POST', `/api/carts/${open.id}/lines`, { token: alice, body: burger });

    const r = await b.call('GET', '/api/customers/alice/data', { token: TEST_SERVICE_TOKEN });
    expect(r.status).toBe(200);
    const data = CustomerDataExport.parse(r.body);
    expect(data.customerId).toBe('alice');
    expect(data.orders.map((o) => o.id)).toEqual([order]);
    expect(data.orders[0]?.contact).toEqual({
      name: ALICE.name,
      phone: ALICE.phone,
      deliveryAddress: ADDRESS,
      notes: `leave with ${ALICE.name}'s porter`,
    });
    expect(data.orders[0]?.lines.map((l) => l.notes)).toEqual([`ring ${ALICE.name} twice`, null]);
    expect(data.orders[0]?.payments).toHaveLength(1);
    expect(data.orders[0]?.payments[0]).toMatchObject({
      status: 'pending',
      amount: data.orders[0]?.totals.total,
    });
    expect(data.carts.map((c) => c.id)).toEqual([open.id]);
    expect(data.carts[0]?.lines).toHaveLength(1);
    expect(JSON.stringify(data)).not.toContain('Babbage');
    expect(JSON.stringify(data)).not.toContain(bobs);

    const nobody = CustomerDataExport.parse(
      (await b.call('GET', '/api/customers/nobody/data', { token: TEST_SERVICE_TOKEN })).body,
    );
    expect(nobody).toMatchObject({ customerId: 'nobody', orders: [], carts: [] });
  });

  it('refuses to erase while an order is in progress, changing nothing', async () => {
    const before = await everything();
    const r = await b.call('DELETE', '/api/customers/alice/data', { token: TEST_SERVICE_TOKEN });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('ERASURE_BLOCKED');
    expect(r.body.error.details.orderIds).toHaveLength(1);
    expect(await everything()).toBe(before);
  });

  it('erases: open carts and keys gone, finished orders anonymised and unlinked, others untouched', async () => {
    const data = CustomerDataExport.parse(
      (await b.call('GET', '/api/customers/alice/data', { token: TEST_SERVICE_TOKEN })).body,
    );
    const order = data.orders[0]?.id as string;
    for (const to of ['paid', 'preparing', 'out_for_delivery', 'completed'])
      expect((await status(order, to)).status).toBe(200);
    expect(await everything()).toContain(ALICE.name);

    const r = await b.call('DELETE', '/api/customers/alice/data', { token: OPERATOR });
    expect(r.status).toBe(200);
    const erased = CustomerDataErasure.parse(r.body);
    expect(erased).toMatchObject({
      customerId: 'alice',
      cartsDeleted: 1,
      ordersAnonymised: 1,
      idempotencyKeysDeleted: 1,
    });

    const stored = await everything();
    for (const personal of [ALICE.name, ALICE.phone, ADDRESS, '"alice"'])
      expect(stored).not.toContain(personal);
    expect(stored).toContain('Bob Babbage');
    const row = await t.database.db
      .selectFrom('orders')
      .selectAll()
      .where('id', '=', order)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      customer_name: '',
      customer_phone: '',
      delivery_address: null,
      notes: null,
      status: 'completed',
    });
    expect(row.customer_id).toMatch(/^erased_/);
    expect(row.total).toBe(data.orders[0]?.totals.total);
    const erasure = await t.database.db.selectFrom('customer_erasures').selectAll().executeTakeFirstOrThrow();
    expect(erasure.customer_hash).toMatch(/^[0-9a-f]{64}$/);

    // the customer's still-valid token finds nothing; the export is empty; erasing again is safe
    expect((await b.call('GET', `/api/orders/${order}`, { token: alice })).status).toBe(404);
    const after = CustomerDataExport.parse(
      (await b.call('GET', '/api/customers/alice/data', { token: TEST_SERVICE_TOKEN })).body,
    );
    expect(after).toMatchObject({ orders: [], carts: [] });
    const again = CustomerDataErasure.parse(
      (await b.call('DELETE', '/api/customers/alice/data', { token: TEST_SERVICE_TOKEN })).body,
    );
    expect(again).toMatchObject({ cartsDeleted: 0, ordersAnonymised: 0, idempotencyKeysDeleted: 0 });
    // bob's order is still his
    const bobs = CustomerDataExport.parse(
      (await b.call('GET', '/api/customers/bob/data', { token: TEST_SERVICE_TOKEN })).body,
    );
    expect(bobs.orders[0]?.contact.name).toBe('Bob Babbage');
  });
});
