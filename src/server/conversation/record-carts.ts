import type { Cart } from '../../contract/backend-api.ts';
import type { BackendPort } from '../../core/ports/backend-port.ts';

/** A BackendPort for one turn that remembers the last cart the backend returned. */
export interface CartRecorder {
  port: BackendPort;
  lastCart(): Cart | undefined;
}

/**
 * Wraps `backend` so that every call answering with a cart (create, read, add, change, remove,
 * fulfilment) records it: the reply's session view then shows the cart the turn already read, with the
 * backend's totals, instead of asking the backend again.
 */
export function recordCarts(backend: BackendPort): CartRecorder {
  let last: Cart | undefined;
  const keep = async (promise: Promise<Cart>): Promise<Cart> => {
    const cart = await promise;
    last = cart;
    return cart;
  };
  const port: BackendPort = {
    getMenu: (query) => backend.getMenu(query),
    getItem: (itemId) => backend.getItem(itemId),
    createCart: (customerId) => keep(backend.createCart(customerId)),
    getCart: (customerId, cartId) => keep(backend.getCart(customerId, cartId)),
    addLine: (customerId, cartId, line) => keep(backend.addLine(customerId, cartId, line)),
    updateLine: (customerId, cartId, lineId, change) =>
      keep(backend.updateLine(customerId, cartId, lineId, change)),
    removeLine: (customerId, cartId, lineId) => keep(backend.removeLine(customerId, cartId, lineId)),
    setFulfillment: (customerId, cartId, fulfillment) =>
      keep(backend.setFulfillment(customerId, cartId, fulfillment)),
    placeOrder: (customerId, request, key) => backend.placeOrder(customerId, request, key),
    getOrder: (customerId, orderId) => backend.getOrder(customerId, orderId),
    requestPayment: (customerId, orderId) => backend.requestPayment(customerId, orderId),
    cancelOrder: (customerId, orderId) => backend.cancelOrder(customerId, orderId),
  };
  return { port, lastCart: () => last };
}
