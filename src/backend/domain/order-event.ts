import type { OrderStatus, OrderStatusEvent } from '../../contract/backend-api.ts';
import { fixedQuery } from '../db/fixed-query.ts';
import type { Db, OrderTable, WebhookOutboxTable } from '../db/schema.ts';
import type { BackendContext } from './backend-context.ts';
import { noteOutboxWrite } from './run-transaction.ts';

/**
 * Records an order status change in the webhook outbox: one row per subscription, in the caller's
 * transaction, so the change and its notification commit (or vanish) together. Run that transaction
 * with runTransaction, so the dispatcher is woken once it commits (else its safety poll finds the rows).
 */
export async function enqueueOrderEvent(
  ctx: BackendContext,
  trx: Db,
  order: Pick<OrderTable, 'id' | 'cart_id' | 'total' | 'currency'>,
  status: OrderStatus,
  previousStatus: OrderStatus | null,
): Promise<OrderStatusEvent> {
  const now = ctx.clock.now().toISOString();
  const event: OrderStatusEvent = {
    id: ctx.ids.next('evt'),
    type: 'order.status_changed',
    createdAt: now,
    data: {
      orderId: order.id,
      cartId: order.cart_id,
      status,
      previousStatus,
      total: Number(order.total),
      currency: order.currency,
    },
  };
  const payload = JSON.stringify(event);
  const { rows: subscriptions } = await selectSubscriptionIds(trx, {});
  for (const sub of subscriptions) {
    await insertDelivery(trx, {
      id: ctx.ids.next('whd'),
      event_id: event.id,
      subscription_id: sub.id,
      payload,
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      last_error: null,
      created_at: now,
      delivered_at: null,
    });
  }
  if (subscriptions.length > 0) noteOutboxWrite(trx);
  return event;
}

const selectSubscriptionIds = fixedQuery((db, _: Record<string, never>) =>
  db.selectFrom('webhook_subscriptions').select('id'),
);

const insertDelivery = fixedQuery((db, row: WebhookOutboxTable) =>
  db.insertInto('webhook_outbox').values({
    id: row.id,
    event_id: row.event_id,
    subscription_id: row.subscription_id,
    payload: row.payload,
    status: row.status,
    attempts: row.attempts,
    next_attempt_at: row.next_attempt_at,
    last_error: row.last_error,
    created_at: row.created_at,
    delivered_at: row.delivered_at,
  }),
);
