import { createHash, randomUUID } from 'node:crypto';
import type {
  CartLine,
  CustomerDataErasure,
  CustomerDataExport,
  PaymentLink,
} from '../../contract/backend-api.ts';
import type { BackendContext } from './backend-context.ts';
import { BackendError } from './backend-error.ts';
import type { CartService } from './cart-service.ts';
import { toOrderDto } from './order-dto.ts';
import { runTransaction } from './run-transaction.ts';

/** Order statuses after which the venue no longer needs the customer's contact to fulfil the order. */
const FINISHED = new Set(['completed', 'cancelled']);

/**
 * A customer's right of access and of erasure over what the backend stores (the bot stores no personal
 * data beyond a session's TTL: docs/security.md, Data retention).
 *
 * - `export(customerId)`: every order of the customer with the contact it was placed with (name,
 *   phone, delivery address, notes) and its payments, and their open carts, priced as now.
 * - `erase(customerId)`: in one transaction, deletes the customer's open carts (and lines) and
 *   idempotency records, and anonymises their finished orders, which the venue keeps for its accounts:
 *   contact, order notes and line notes erased, customer id replaced by a fresh random one (the orders
 *   stay grouped but no longer point at the person), their carts likewise. An order still in progress
 *   blocks the erasure (409 `ERASURE_BLOCKED`, `details.orderIds`): nothing changes until it completes
 *   or is cancelled. Records a `customer_erasures` row holding only the SHA-256 of the id.
 *
 * Logs `customer.data_exported` / `customer.data_erased` with counts only.
 */
export class CustomerData {
  constructor(
    private readonly ctx: BackendContext,
    private readonly carts: CartService,
  ) {}

  async export(customerId: string): Promise<CustomerDataExport> {
    const db = this.ctx.db;
    const orders = await db
      .selectFrom('orders')
      .selectAll()
      .where('customer_id', '=', customerId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const payments = orders.length
      ? await db
          .selectFrom('payments')
          .selectAll()
          .where(
            'order_id',
            'in',
            orders.map((o) => o.id),
          )
          .orderBy('created_at')
          .orderBy('id')
          .execute()
      : [];
    const openCarts = await db
      .selectFrom('carts')
      .selectAll()
      .where('customer_id', '=', customerId)
      .where('order_id', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const carts = [];
    for (const cart of openCarts) carts.push(await this.carts.render(db, cart));
    this.ctx.logger.info(
      { event: 'customer.data_exported', orders: orders.length, carts: carts.length },
      'customer.data_exported',
    );
    return {
      customerId,
      exportedAt: this.ctx.clock.now().toISOString(),
      orders: orders.map((row) => ({
        ...toOrderDto(row),
        contact: {
          name: row.customer_name,
          phone: row.customer_phone,
          deliveryAddress: row.delivery_address,
          notes: row.notes,
        },
        payments: payments
          .filter((p) => p.order_id === row.id)
          .map((p) => ({
            paymentId: p.id,
            provider: p.provider,
            status: p.status as PaymentLink['status'],
            amount: p.amount,
            currency: p.currency,
            createdAt: p.created_at,
          })),
      })),
      carts,
    };
  }

  async erase(customerId: string): Promise<CustomerDataErasure> {
    const erasedAt = this.ctx.clock.now().toISOString();
    const result = await runTransaction(this.ctx, async (trx) => {
      const orders = await trx
        .selectFrom('orders')
        .select(['id', 'status', 'cart_id', 'lines'])
        .where('customer_id', '=', customerId)
        .orderBy('id')
        .execute();
      const active = orders.filter((o) => !FINISHED.has(o.status)).map((o) => o.id);
      if (active.length > 0) {
        throw new BackendError(
          'ERASURE_BLOCKED',
          'the customer has orders in progress; erase their data once those are completed or cancelled',
          { orderIds: active },
        );
      }
      const open = await trx
        .selectFrom('carts')
        .select('id')
        .where('customer_id', '=', customerId)
        .where('order_id', 'is', null)
        .execute();
      const openIds = open.map((c) => c.id);
      if (openIds.length > 0) {
        await trx.deleteFrom('cart_lines').where('cart_id', 'in', openIds).execute();
        await trx.deleteFrom('carts').where('id', 'in', openIds).execute();
      }
      const keys = await trx
        .deleteFrom('idempotency_keys')
        .where('customer_id', '=', customerId)
        .executeTakeFirst();
      const pseudonym = `erased_${randomUUID()}`;
      for (const order of orders) {
        const lines = (JSON.parse(order.lines) as CartLine[]).map((line) => ({ ...line, notes: null }));
        await trx
          .updateTable('orders')
          .set({
            customer_id: pseudonym,
            customer_name: '',
            customer_phone: '',
            delivery_address: null,
            notes: null,
            lines: JSON.stringify(lines),
            updated_at: erasedAt,
          })
          .where('id', '=', order.id)
          .execute();
        await trx
          .updateTable('carts')
          .set({ customer_id: pseudonym })
          .where('id', '=', order.cart_id)
          .execute();
        await trx
          .updateTable('cart_lines')
          .set({ notes: null })
          .where('cart_id', '=', order.cart_id)
          .execute();
      }
      await trx
        .insertInto('customer_erasures')
        .values({
          id: this.ctx.ids.next('era'),
          customer_hash: createHash('sha256').update(customerId).digest('hex'),
          erased_at: erasedAt,
          carts_deleted: openIds.length,
          orders_anonymised: orders.length,
        })
        .execute();
      return {
        cartsDeleted: openIds.length,
        ordersAnonymised: orders.length,
        idempotencyKeysDeleted: Number(keys.numDeletedRows),
      };
    });
    this.ctx.logger.info({ event: 'customer.data_erased', ...result }, 'customer.data_erased');
    return { customerId, erasedAt, ...result };
  }
}
