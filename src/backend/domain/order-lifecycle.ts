import type { CartLine, Order, OrderStatus } from '../../contract/backend-api.ts';
import type { Db } from '../db/schema.ts';
import type { BackendContext } from './backend-context.ts';
import { BackendError } from './backend-error.ts';
import { findOrder } from './find-order.ts';
import { toOrderDto } from './order-dto.ts';
import { enqueueOrderEvent } from './order-event.ts';
import { runTransaction } from './run-transaction.ts';

/**
 * The order lifecycle: placed → paid → preparing → ready | out_for_delivery → completed, or
 * cancelled before it is handed over. A cash order may go from placed straight to preparing (it is
 * paid on hand-over); out_for_delivery only for delivery orders.
 */
const NEXT: Record<OrderStatus, OrderStatus[]> = {
  placed: ['paid', 'preparing', 'cancelled'],
  paid: ['preparing', 'cancelled'],
  preparing: ['ready', 'out_for_delivery', 'cancelled'],
  ready: ['out_for_delivery', 'completed', 'cancelled'],
  out_for_delivery: ['completed'],
  completed: [],
  cancelled: [],
};

export function allowedTransitions(
  from: OrderStatus,
  order: { fulfillment: string; paymentMethod: string },
): OrderStatus[] {
  return NEXT[from].filter((to) => {
    if (to === 'out_for_delivery' && order.fulfillment !== 'delivery') return false;
    if (from === 'placed' && to === 'preparing' && order.paymentMethod !== 'cash') return false;
    return true;
  });
}

export class OrderLifecycle {
  constructor(private readonly ctx: BackendContext) {}

  /** Moves an order to `to` (a conditional update on the current status), emitting the webhook event. */
  async advance(orderId: string, to: OrderStatus, db: Db = this.ctx.db): Promise<Order> {
    const run = async (trx: Db): Promise<Order> => {
      const order = await findOrder(trx, orderId);
      const from = order.status as OrderStatus;
      const allowed = allowedTransitions(from, {
        fulfillment: order.fulfillment,
        paymentMethod: order.payment_method,
      });
      if (!allowed.includes(to)) {
        throw new BackendError('INVALID_TRANSITION', `an order that is ${from} cannot become ${to}`, {
          orderId,
          from,
          to,
          allowed,
        });
      }
      const updatedAt = this.ctx.clock.now().toISOString();
      const result = await trx
        .updateTable('orders')
        .set({ status: to, updated_at: updatedAt })
        .where('id', '=', orderId)
        .where('status', '=', from)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) {
        throw new BackendError('INVALID_TRANSITION', `order ${orderId} changed concurrently; retry`, {
          orderId,
          from,
          to,
        });
      }
      if (to === 'cancelled') await restock(trx, JSON.parse(order.lines) as CartLine[], this.ctx);
      await enqueueOrderEvent(this.ctx, trx, order, to, from);
      this.ctx.logger.info({ event: 'order.status_changed', orderId, from, to }, 'order.status_changed');
      return toOrderDto({ ...order, status: to, updated_at: updatedAt });
    };
    return db === this.ctx.db ? runTransaction(this.ctx, run) : run(db);
  }
}

/** A cancelled order gives its tracked stock back. */
async function restock(trx: Db, lines: CartLine[], ctx: BackendContext): Promise<void> {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.itemId, (counts.get(l.itemId) ?? 0) + l.quantity);
  for (const [itemId, n] of [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    await trx
      .updateTable('stock')
      .set((eb) => ({ quantity: eb('quantity', '+', n) }))
      .where('item_id', '=', itemId)
      .execute();
  }
  ctx.logger.info({ event: 'order.restocked', items: [...counts.keys()] }, 'order.restocked');
}
