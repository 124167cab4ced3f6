import { createHash } from 'node:crypto';
import type { CreateOrderRequest, Order, StockShortage } from '../../contract/backend-api.ts';
import { fixedQuery } from '../db/fixed-query.ts';
import type { Db, IdempotencyKeyTable, OrderTable } from '../db/schema.ts';
import { type BackendContext, IDEMPOTENCY_TTL_MS } from './backend-context.ts';
import { BackendError, notFound } from './backend-error.ts';
import { assertFulfillmentOffered, findCart, loadPricedLines } from './cart-service.ts';
import { computeTotals } from './compute-totals.ts';
import { loadCartItemStates } from './menu-catalog.ts';
import { toOrderDto } from './order-dto.ts';
import { enqueueOrderEvent } from './order-event.ts';
import { runTransaction } from './run-transaction.ts';

/** A stored answer to an order submission: replayed as-is for a repeated idempotency key. */
export interface OrderSubmission {
  statusCode: number;
  body: Order;
  replayed: boolean;
}

export class OrderService {
  constructor(private readonly ctx: BackendContext) {}

  /**
   * Places the cart as an order, at most once per (customer, idempotency key). The key row is
   * inserted first, inside the transaction: a concurrent submission with the same key blocks on the
   * unique key until this one commits (PostgreSQL) or waits for the connection (SQLite), then
   * replays the stored response. A refusal rolls back everything, the key included.
   */
  async place(
    customerId: string,
    idempotencyKey: string,
    request: CreateOrderRequest,
  ): Promise<OrderSubmission> {
    const requestHash = hashRequest(request);
    return runTransaction(this.ctx, async (trx) => {
      const now = this.ctx.clock.now();
      await deleteExpiredKey(trx, {
        customerId,
        key: idempotencyKey,
        before: new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString(),
      });
      const claimed = await claimKey(trx, {
        customer_id: customerId,
        key: idempotencyKey,
        request_hash: requestHash,
        status_code: 0,
        response: '',
        created_at: now.toISOString(),
      });
      if (Number(claimed.numAffectedRows ?? 0n) === 0) {
        return this.replay(trx, customerId, idempotencyKey, requestHash);
      }
      const order = await this.insertOrder(trx, customerId, request, now);
      const body = toOrderDto(order);
      await storeResponse(trx, {
        customerId,
        key: idempotencyKey,
        statusCode: 201,
        response: JSON.stringify(body),
      });
      this.ctx.logger.info({ event: 'order.placed', orderId: order.id, total: order.total }, 'order.placed');
      return { statusCode: 201, body, replayed: false };
    });
  }

  async get(customerId: string, orderId: string): Promise<Order> {
    return toOrderDto(await findOrder(this.ctx.db, orderId, customerId));
  }

  private async replay(
    trx: Db,
    customerId: string,
    key: string,
    requestHash: string,
  ): Promise<OrderSubmission> {
    const row = await trx
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('customer_id', '=', customerId)
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    if (row.request_hash !== requestHash) {
      throw new BackendError(
        'IDEMPOTENCY_KEY_REUSED',
        'this Idempotency-Key was already used with a different request body',
        { idempotencyKey: key },
      );
    }
    this.ctx.logger.info({ event: 'order.replayed' }, 'order.replayed');
    return { statusCode: Number(row.status_code), body: JSON.parse(row.response) as Order, replayed: true };
  }

  private async insertOrder(
    trx: Db,
    customerId: string,
    request: CreateOrderRequest,
    now: Date,
  ): Promise<OrderTable> {
    const { catalog } = this.ctx;
    const venue = catalog.document.venue;
    const cart = await findCart(trx, customerId, request.cartId);
    if (cart.order_id !== null) {
      throw new BackendError('CART_FROZEN', `cart ${cart.id} is already order ${cart.order_id}`, {
        cartId: cart.id,
        orderId: cart.order_id,
      });
    }
    const fulfillment = request.fulfillment.type;
    assertFulfillmentOffered(this.ctx, fulfillment);
    if (!venue.paymentMethods.includes(request.paymentMethod)) {
      throw new BackendError(
        'PAYMENT_METHOD_UNAVAILABLE',
        `${venue.name} does not take ${request.paymentMethod}`,
        {
          paymentMethod: request.paymentMethod,
          accepted: venue.paymentMethods,
        },
      );
    }
    const lines = await loadPricedLines(this.ctx, trx, cart.id);
    if (lines.length === 0)
      throw new BackendError('CART_EMPTY', `cart ${cart.id} has no lines`, { cartId: cart.id });
    const states = await loadCartItemStates(trx, cart.id);
    const off = [...new Set(lines.map((l) => l.itemId))].filter((id) => states.get(id)?.available !== true);
    if (off.length > 0) {
      throw new BackendError('ITEM_UNAVAILABLE', 'some items are not available now', { itemIds: off });
    }
    const totals = computeTotals(lines, venue, fulfillment);
    if (fulfillment === 'delivery' && totals.subtotal < venue.delivery.minimumOrder) {
      throw new BackendError('BELOW_DELIVERY_MINIMUM', 'the subtotal is below the delivery minimum', {
        subtotal: totals.subtotal,
        minimumOrder: venue.delivery.minimumOrder,
        currency: venue.currency,
      });
    }

    const orderId = this.ctx.ids.next('ord');
    const frozen = await freezeCart(trx, {
      id: cart.id,
      orderId,
      fulfillment,
      updatedAt: now.toISOString(),
    });
    if (Number(frozen.numAffectedRows ?? 0n) === 0) {
      throw new BackendError('CART_FROZEN', `cart ${cart.id} is already an order`, { cartId: cart.id });
    }

    const requested = new Map<string, number>();
    for (const l of lines) requested.set(l.itemId, (requested.get(l.itemId) ?? 0) + l.quantity);
    const shortages: StockShortage[] = [];
    // Sorted, so concurrent orders lock stock rows in the same order (no deadlock).
    for (const itemId of [...requested.keys()].sort()) {
      const n = requested.get(itemId) ?? 0;
      if (states.get(itemId)?.stock === null) continue;
      const taken = await takeStock(trx, { itemId, n });
      if (Number(taken.numAffectedRows ?? 0n) === 0) {
        const left = await trx
          .selectFrom('stock')
          .select('quantity')
          .where('item_id', '=', itemId)
          .executeTakeFirst();
        shortages.push({
          itemId,
          name: catalog.itemsById.get(itemId)?.name ?? itemId,
          requested: n,
          available: Number(left?.quantity ?? 0),
        });
      }
    }
    if (shortages.length > 0) {
      this.ctx.logger.info(
        { event: 'order.out_of_stock', items: shortages.map((s) => s.itemId) },
        'order.out_of_stock',
      );
      throw new BackendError('OUT_OF_STOCK', 'some items are short', { lines: shortages });
    }

    const row: OrderTable = {
      id: orderId,
      cart_id: cart.id,
      customer_id: customerId,
      status: 'placed',
      fulfillment,
      payment_method: request.paymentMethod,
      customer_name: request.customer.name,
      customer_phone: request.customer.phone,
      delivery_address: request.fulfillment.type === 'delivery' ? request.fulfillment.address : null,
      notes: request.notes ?? null,
      lines: JSON.stringify(lines),
      totals: JSON.stringify(totals),
      total: totals.total,
      currency: totals.currency,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    await insertOrder(trx, row);
    await enqueueOrderEvent(this.ctx, trx, row, 'placed', null);
    return row;
  }
}

const deleteExpiredKey = fixedQuery((db, v: { customerId: string; key: string; before: string }) =>
  db
    .deleteFrom('idempotency_keys')
    .where('customer_id', '=', v.customerId)
    .where('key', '=', v.key)
    .where('created_at', '<', v.before),
);

const claimKey = fixedQuery((db, row: IdempotencyKeyTable) =>
  db
    .insertInto('idempotency_keys')
    .values({
      customer_id: row.customer_id,
      key: row.key,
      request_hash: row.request_hash,
      status_code: row.status_code,
      response: row.response,
      created_at: row.created_at,
    })
    .onConflict((oc) => oc.columns(['customer_id', 'key']).doNothing()),
);

const storeResponse = fixedQuery(
  (db, v: { customerId: string; key: string; statusCode: number; response: string }) =>
    db
      .updateTable('idempotency_keys')
      .set({ status_code: v.statusCode, response: v.response })
      .where('customer_id', '=', v.customerId)
      .where('key', '=', v.key),
);

const freezeCart = fixedQuery(
  (db, v: { id: string; orderId: string; fulfillment: string; updatedAt: string }) =>
    db
      .updateTable('carts')
      .set({ order_id: v.orderId, fulfillment: v.fulfillment, updated_at: v.updatedAt })
      .where('id', '=', v.id)
      .where('order_id', 'is', null),
);

const takeStock = fixedQuery((db, v: { itemId: string; n: number }) =>
  db
    .updateTable('stock')
    .set((eb) => ({ quantity: eb('quantity', '-', v.n) }))
    .where('item_id', '=', v.itemId)
    .where('quantity', '>=', v.n),
);

const insertOrder = fixedQuery((db, row: OrderTable) =>
  db.insertInto('orders').values({
    id: row.id,
    cart_id: row.cart_id,
    customer_id: row.customer_id,
    status: row.status,
    fulfillment: row.fulfillment,
    payment_method: row.payment_method,
    customer_name: row.customer_name,
    customer_phone: row.customer_phone,
    delivery_address: row.delivery_address,
    notes: row.notes,
    lines: row.lines,
    totals: row.totals,
    total: row.total,
    currency: row.currency,
    created_at: row.created_at,
    updated_at: row.updated_at,
  }),
);

const selectOrder = fixedQuery((db, v: { id: string }) =>
  db.selectFrom('orders').selectAll().where('id', '=', v.id),
);

const selectCustomerOrder = fixedQuery((db, v: { id: string; customerId: string }) =>
  db.selectFrom('orders').selectAll().where('id', '=', v.id).where('customer_id', '=', v.customerId),
);

/** An order; with a customer id, only that customer's (another's is NOT_FOUND). */
export async function findOrder(db: Db, orderId: string, customerId?: string): Promise<OrderTable> {
  const { rows } =
    customerId === undefined
      ? await selectOrder(db, { id: orderId })
      : await selectCustomerOrder(db, { id: orderId, customerId });
  const [row] = rows;
  if (!row) throw notFound('order', orderId);
  return row;
}

/** A stable hash of the parsed request: key order and defaults do not matter. */
export function hashRequest(value: unknown): string {
  return createHash('sha256').update(stableStringify(value)).digest('hex');
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
