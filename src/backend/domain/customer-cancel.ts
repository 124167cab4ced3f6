import type { CancelRefusal, Order, OrderStatus } from '../../contract/backend-api.ts';
import { VenuePolicies } from '../../domain/menu-schema.ts';
import type { Db } from '../db/schema.ts';
import type { BackendContext } from './backend-context.ts';
import { BackendError } from './backend-error.ts';
import { findOrder } from './find-order.ts';
import { toOrderDto } from './order-dto.ts';
import { OrderLifecycle } from './order-lifecycle.ts';
import { runTransaction } from './run-transaction.ts';

/**
 * A customer cancelling their own order, as the venue's `policies` allow: only in the statuses it
 * lists (`customerCancellableStatuses`) and within `customerCancelWindowMinutes` of placing. The
 * cancel goes through the lifecycle (tracked stock returned, `order.status_changed` webhook queued),
 * and in the same transaction the order's pending payment becomes `void` and a paid one `refunded`.
 * Cancelling an order that is already cancelled returns it unchanged (safe to retry).
 * Refusals throw BackendError `CANCEL_NOT_ALLOWED` (409) with a `CancelRefusal` in `details`.
 */
export class CustomerCancel {
  private readonly lifecycle: OrderLifecycle;

  constructor(private readonly ctx: BackendContext) {
    this.lifecycle = new OrderLifecycle(ctx);
  }

  async cancel(customerId: string, orderId: string): Promise<Order> {
    return runTransaction(this.ctx, async (trx) => {
      const row = await findOrder(trx, orderId, customerId);
      if (row.status === 'cancelled') return toOrderDto(row);
      const policies = VenuePolicies.parse(this.ctx.catalog.document.policies ?? {});
      const status = row.status as OrderStatus;
      const now = this.ctx.clock.now();
      const until = new Date(Date.parse(row.created_at) + policies.customerCancelWindowMinutes * 60_000);
      const statusOk = (policies.customerCancellableStatuses as readonly string[]).includes(status);
      if (!statusOk || now.getTime() >= until.getTime()) {
        const refusal: CancelRefusal = {
          orderId,
          reason: statusOk ? 'window' : 'status',
          orderStatus: status,
          cancellableStatuses: [...policies.customerCancellableStatuses],
          windowMinutes: policies.customerCancelWindowMinutes,
          cancellableUntil: until.toISOString(),
        };
        this.ctx.logger.info(
          { event: 'order.cancel_refused', orderId, reason: refusal.reason },
          'order.cancel_refused',
        );
        throw new BackendError(
          'CANCEL_NOT_ALLOWED',
          statusOk
            ? `order ${orderId} can no longer be cancelled: the ${policies.customerCancelWindowMinutes}-minute window is over`
            : `an order that is ${status} can no longer be cancelled by the customer`,
          refusal,
        );
      }
      const order = await this.lifecycle.advance(orderId, 'cancelled', trx);
      await settlePayments(trx, orderId, now.toISOString());
      this.ctx.logger.info({ event: 'order.cancelled_by_customer', orderId }, 'order.cancelled_by_customer');
      return order;
    });
  }
}

/** A cancelled order's payments: pending ones are voided, paid ones refunded (the sandbox has no money). */
async function settlePayments(trx: Db, orderId: string, now: string): Promise<void> {
  for (const [from, to] of [
    ['pending', 'void'],
    ['paid', 'refunded'],
  ] as const) {
    await trx
      .updateTable('payments')
      .set({ status: to, updated_at: now })
      .where('order_id', '=', orderId)
      .where('status', '=', from)
      .execute();
  }
}
