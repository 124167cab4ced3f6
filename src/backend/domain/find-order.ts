import { fixedQuery } from '../db/fixed-query.ts';
import type { Db, OrderTable } from '../db/schema.ts';
import { notFound } from './backend-error.ts';

const selectOrder = fixedQuery((db, v: { id: string }) =>
  db.selectFrom('orders').selectAll().where('id', '=', v.id),
);

const selectCustomerOrder = fixedQuery((db, v: { id: string; customerId: string }) =>
  db.selectFrom('orders').selectAll().where('id', '=', v.id).where('customer_id', '=', v.customerId),
);

/** An order; with a customer id, only that customer's (another's is NOT_FOUND, as is a missing one). */
export async function findOrder(db: Db, orderId: string, customerId?: string): Promise<OrderTable> {
  const { rows } =
    customerId === undefined
      ? await selectOrder(db, { id: orderId })
      : await selectCustomerOrder(db, { id: orderId, customerId });
  const [row] = rows;
  if (!row) throw notFound('order', orderId);
  return row;
}
