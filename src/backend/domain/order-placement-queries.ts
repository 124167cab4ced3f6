import { fixedQuery } from '../db/fixed-query.ts';
import type { OrderTable } from '../db/schema.ts';

/**
 * The queries that turn a cart into an order, each compiled once (fixedQuery) and run on the caller's
 * transaction: freeze the cart, take tracked stock, insert the order row.
 */
export const orderPlacementQueries = {
  /** Marks the cart as `orderId` unless it already is an order: one affected row when it froze. */
  freezeCart: fixedQuery((db, v: { id: string; orderId: string; fulfillment: string; updatedAt: string }) =>
    db
      .updateTable('carts')
      .set({ order_id: v.orderId, fulfillment: v.fulfillment, updated_at: v.updatedAt })
      .where('id', '=', v.id)
      .where('order_id', 'is', null),
  ),

  /** Takes `n` units of the item's stock when at least `n` are left: one affected row when it did. */
  takeStock: fixedQuery((db, v: { itemId: string; n: number }) =>
    db
      .updateTable('stock')
      .set((eb) => ({ quantity: eb('quantity', '-', v.n) }))
      .where('item_id', '=', v.itemId)
      .where('quantity', '>=', v.n),
  ),

  /** The units of the item left (no row when its stock is not tracked). */
  stockLeft: fixedQuery((db, v: { itemId: string }) =>
    db.selectFrom('stock').select('quantity').where('item_id', '=', v.itemId),
  ),

  insertOrder: fixedQuery((db, row: OrderTable) =>
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
      requested_time: row.requested_time,
      lines: row.lines,
      totals: row.totals,
      total: row.total,
      currency: row.currency,
      created_at: row.created_at,
      updated_at: row.updated_at,
    }),
  ),
};
