import type {
  CartLine,
  Fulfillment,
  Order,
  OrderStatus,
  PaymentMethod,
  Totals,
} from '../../contract/backend-api.ts';
import type { OrderTable } from '../db/schema.ts';

/** The contract's view of an order row (no customer contact: that stays in the backend). */
export function toOrderDto(row: OrderTable): Order {
  return {
    id: row.id,
    cartId: row.cart_id,
    status: row.status as OrderStatus,
    fulfillment: row.fulfillment as Fulfillment,
    paymentMethod: row.payment_method as PaymentMethod,
    lines: JSON.parse(row.lines) as CartLine[],
    totals: JSON.parse(row.totals) as Totals,
    requestedTime: row.requested_time ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
