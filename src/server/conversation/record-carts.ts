import type { Cart } from '../../contract/backend-api.ts';
import type { BackendPort } from '../../core/ports/backend-port.ts';

/** What the backend may hold after a turn's calls, even if the turn is abandoned before it ends. */
export interface BackendHolds {
  /** A cart the turn created. */
  cartId?: string;
  /** The idempotency key of an order placement the turn attempted (it may have gone through). */
  idempotencyKey?: string;
}

/** A BackendPort for one turn that remembers the last cart the backend returned. */
export interface CartRecorder {
  port: BackendPort;
  lastCart(): Cart | undefined;
  /**
   * True when the backend's cart may differ from `lastCart()`: a cart write failed (it may have been
   * applied before its answer was lost) or an order placement was attempted (the cart may be an order).
   */
  doubtful(): boolean;
}

/**
 * Wraps `backend` so that every call answering with a cart (create, read, add, change, remove,
 * fulfilment) records it: the reply's session view then shows the cart the turn already read, with the
 * backend's totals, instead of asking the backend again. `holds` is filled as the calls are made (a
 * created cart, an attempted order placement's key), for a turn abandoned at its deadline.
 */
export function recordCarts(backend: BackendPort, holds: BackendHolds = {}): CartRecorder {
  let last: Cart | undefined;
  let doubtful = false;
  const keep = async (promise: Promise<Cart>): Promise<Cart> => {
    const cart = await promise;
    last = cart;
    return cart;
  };
  const write = async (promise: Promise<Cart>): Promise<Cart> => {
    try {
      return await keep(promise);
    } catch (error) {
      doubtful = true;
      throw error;
    }
  };
  const port: BackendPort = {
    getMenu: (query) => backend.getMenu(query),
    getItem: (itemId) => backend.getItem(itemId),
    createCart: async (customerId) => {
      const cart = await write(backend.createCart(customerId));
      holds.cartId = cart.id;
      return cart;
    },
    getCart: (customerId, cartId) => keep(backend.getCart(customerId, cartId)),
    addLine: (customerId, cartId, line) => write(backend.addLine(customerId, cartId, line)),
    updateLine: (customerId, cartId, lineId, change) =>
      write(backend.updateLine(customerId, cartId, lineId, change)),
    removeLine: (customerId, cartId, lineId) => write(backend.removeLine(customerId, cartId, lineId)),
    setFulfillment: (customerId, cartId, fulfillment) =>
      write(backend.setFulfillment(customerId, cartId, fulfillment)),
    placeOrder: (customerId, request, key) => {
      holds.idempotencyKey = key;
      doubtful = true;
      return backend.placeOrder(customerId, request, key);
    },
    getOrder: (customerId, orderId) => backend.getOrder(customerId, orderId),
    requestPayment: (customerId, orderId) => backend.requestPayment(customerId, orderId),
    cancelOrder: (customerId, orderId) => backend.cancelOrder(customerId, orderId),
    ...(backend.servedFromCache ? { servedFromCache: () => backend.servedFromCache?.() ?? false } : {}),
  };
  return { port, lastCart: () => last, doubtful: () => doubtful };
}
