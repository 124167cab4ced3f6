import type { PaymentLink } from '../../contract/backend-api.ts';
import { fixedQuery } from '../db/fixed-query.ts';
import type { PaymentTable } from '../db/schema.ts';
import type { BackendContext } from '../domain/backend-context.ts';
import { BackendError, notFound } from '../domain/backend-error.ts';
import { findOrder } from '../domain/find-order.ts';
import { OrderLifecycle } from '../domain/order-lifecycle.ts';
import { runTransaction } from '../domain/run-transaction.ts';
import type { PaymentProvider } from './payment-provider.ts';

export type PaymentOutcome = 'paid' | 'declined';

/** Payment links for placed orders and their outcome; paying moves the order placed → paid. */
export class PaymentService {
  private readonly lifecycle: OrderLifecycle;

  constructor(
    private readonly ctx: BackendContext,
    private readonly provider: PaymentProvider,
  ) {
    this.lifecycle = new OrderLifecycle(ctx);
  }

  /** The pending payment of a placed order (created on first request). */
  async request(customerId: string, orderId: string): Promise<PaymentLink> {
    const order = await findOrder(this.ctx.db, orderId, customerId);
    if (order.status !== 'placed') {
      throw new BackendError(
        'PAYMENT_NOT_ALLOWED',
        `order ${orderId} is ${order.status}; only a placed order is paid`,
        {
          orderId,
          status: order.status,
        },
      );
    }
    const [pending] = (await selectPending(this.ctx.db, { orderId })).rows;
    if (pending) return toLink(pending);
    const now = this.ctx.clock.now().toISOString();
    const id = this.ctx.ids.next('pay');
    const amount = Number(order.total);
    const url = await this.provider.createPaymentUrl({
      paymentId: id,
      orderId,
      amount,
      currency: order.currency,
    });
    const row: PaymentTable = {
      id,
      order_id: orderId,
      provider: this.provider.name,
      url,
      status: 'pending',
      amount,
      currency: order.currency,
      created_at: now,
      updated_at: now,
    };
    await insertPayment(this.ctx.db, row);
    this.ctx.logger.info({ event: 'payment.requested', paymentId: id, orderId }, 'payment.requested');
    return toLink(row);
  }

  async get(paymentId: string): Promise<PaymentLink> {
    const row = await this.ctx.db
      .selectFrom('payments')
      .selectAll()
      .where('id', '=', paymentId)
      .executeTakeFirst();
    if (!row) throw notFound('payment', paymentId);
    return toLink(row);
  }

  /** Records the provider's outcome; repeating the same outcome is a no-op. */
  async complete(paymentId: string, outcome: PaymentOutcome): Promise<PaymentLink> {
    return runTransaction(this.ctx, async (trx) => {
      const row = await trx.selectFrom('payments').selectAll().where('id', '=', paymentId).executeTakeFirst();
      if (!row) throw notFound('payment', paymentId);
      if (row.status === outcome) return toLink(row);
      if (row.status !== 'pending') {
        throw new BackendError('PAYMENT_NOT_ALLOWED', `payment ${paymentId} is already ${row.status}`, {
          paymentId,
          status: row.status,
        });
      }
      const now = this.ctx.clock.now().toISOString();
      const r = await trx
        .updateTable('payments')
        .set({ status: outcome, updated_at: now })
        .where('id', '=', paymentId)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) {
        throw new BackendError('PAYMENT_NOT_ALLOWED', `payment ${paymentId} changed concurrently`, {
          paymentId,
        });
      }
      if (outcome === 'paid') await this.lifecycle.advance(row.order_id, 'paid', trx);
      this.ctx.logger.info(
        { event: `payment.${outcome}`, paymentId, orderId: row.order_id },
        `payment.${outcome}`,
      );
      return toLink({ ...row, status: outcome });
    });
  }
}

const selectPending = fixedQuery((db, v: { orderId: string }) =>
  db.selectFrom('payments').selectAll().where('order_id', '=', v.orderId).where('status', '=', 'pending'),
);

const insertPayment = fixedQuery((db, row: PaymentTable) =>
  db.insertInto('payments').values({
    id: row.id,
    order_id: row.order_id,
    provider: row.provider,
    url: row.url,
    status: row.status,
    amount: row.amount,
    currency: row.currency,
    created_at: row.created_at,
    updated_at: row.updated_at,
  }),
);

function toLink(row: PaymentTable): PaymentLink {
  return {
    paymentId: row.id,
    orderId: row.order_id,
    provider: row.provider,
    url: row.url,
    status: row.status as PaymentLink['status'],
    amount: Number(row.amount),
    currency: row.currency,
  };
}
