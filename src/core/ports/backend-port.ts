import type {
  AddLineRequest,
  CancelRefusal,
  Cart,
  CreateOrderRequest,
  Fulfillment,
  MenuItemDto,
  MenuQuery,
  MenuResponse,
  Order,
  PaymentLink,
  StockShortage,
  UpdateLineRequest,
} from '../../contract/backend-api.ts';

/** The result of placing an order: an expected business outcome, not an exception. */
export type PlaceOrderResult =
  | { ok: true; order: Order }
  | { ok: false; reason: 'out_of_stock'; shortages: StockShortage[] }
  | { ok: false; reason: 'rejected'; code: string; message: string };

/** The result of a customer cancel: refused (409 CANCEL_NOT_ALLOWED) is an outcome, not an exception. */
export type CancelOrderResult =
  | { ok: true; order: Order }
  | { ok: false; refusal: CancelRefusal; message: string };

/**
 * The restaurant backend as the dialog engine sees it. `customerId` identifies the conversation's
 * customer; the adapter obtains and refreshes that customer's short-lived token. Failures of
 * transport or unexpected 4xx/5xx throw BackendError (src/backend-client): a MaitreError whose code is
 * BACKEND_UNAVAILABLE when unreachable or timed out, and whose `details.status` is the HTTP status
 * (0 when unreachable); the turn treats 0, 429 and ≥ 500 as an outage (degraded mode, docs/dialog.md).
 */
export interface BackendPort {
  getMenu(query?: MenuQuery): Promise<MenuResponse>;
  getItem(itemId: string): Promise<MenuItemDto | null>;
  createCart(customerId: string): Promise<Cart>;
  getCart(customerId: string, cartId: string): Promise<Cart>;
  addLine(customerId: string, cartId: string, line: AddLineRequest): Promise<Cart>;
  updateLine(customerId: string, cartId: string, lineId: string, change: UpdateLineRequest): Promise<Cart>;
  removeLine(customerId: string, cartId: string, lineId: string): Promise<Cart>;
  setFulfillment(customerId: string, cartId: string, fulfillment: Fulfillment): Promise<Cart>;
  placeOrder(
    customerId: string,
    request: CreateOrderRequest,
    idempotencyKey: string,
  ): Promise<PlaceOrderResult>;
  getOrder(customerId: string, orderId: string): Promise<Order>;
  requestPayment(customerId: string, orderId: string): Promise<PaymentLink>;
  /** Cancels the customer's order while the venue's policy allows it; safe to retry. */
  cancelOrder(customerId: string, orderId: string): Promise<CancelOrderResult>;
  /**
   * Degraded mode (optional): true when, during this turn, a menu read was answered from the last
   * known menu because the backend could not be reached; the reply then says it may be out of date.
   * A port given to one turn answers for that turn (the bot gives each turn its own view).
   */
  servedFromCache?(): boolean;
}
