import type { CreateOrderRequest, Order, StockShortage } from '../../contract/backend-api.ts';
import type { Db, OrderTable } from '../db/schema.ts';
import { type BackendContext, IDEMPOTENCY_TTL_MS } from './backend-context.ts';
import { BackendError } from './backend-error.ts';
import { assertFulfillmentOffered, findCart, loadPricedLines } from './cart-service.ts';
import { computeTotals } from './compute-totals.ts';
import { findOrder } from './find-order.ts';
import { hashRequest } from './hash-request.ts';
import { idempotencyKeys } from './idempotency-keys.ts';
import { loadCartItemStates } from './menu-catalog.ts';
import { toOrderDto } from './order-dto.ts';
import { enqueueOrderEvent } from './order-event.ts';
import { orderPlacementQueries as placement } from './order-placement-queries.ts';
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
      await idempotencyKeys.deleteExpired(trx, {
        customerId,
        key: idempotencyKey,
        before: new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString(),
      });
      const claimed = await idempotencyKeys.claim(trx, {
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
      await idempotencyKeys.storeResponse(trx, {
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
    const [row] = (await idempotencyKeys.find(trx, { customerId, key })).rows;
    if (!row) throw new Error(`idempotency key ${key} vanished inside its transaction`);
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
    const frozen = await placement.freezeCart(trx, {
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
      const taken = await placement.takeStock(trx, { itemId, n });
      if (Number(taken.numAffectedRows ?? 0n) === 0) {
        const [left] = (await placement.stockLeft(trx, { itemId })).rows;
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
      requested_time: request.requestedTime ?? null,
      lines: JSON.stringify(lines),
      totals: JSON.stringify(totals),
      total: totals.total,
      currency: totals.currency,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    await placement.insertOrder(trx, row);
    await enqueueOrderEvent(this.ctx, trx, row, 'placed', null);
    return row;
  }
}
