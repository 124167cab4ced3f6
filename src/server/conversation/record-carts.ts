import type {
  AddLineRequest,
  Cart,
  CreateOrderRequest,
  Fulfillment,
  MenuItemDto,
  MenuQuery,
  MenuResponse,
  Order,
  PaymentLink,
  UpdateLineRequest,
} from '../../contract/backend-api.ts';
import type { BackendPort, CancelOrderResult, PlaceOrderResult } from '../../core/ports/backend-port.ts';

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
  return new TurnCartRecorder(backend, holds);
}

/**
 * What `recordCarts` returns: the recorder is its own port, one object per turn whose methods live on its
 * prototype, instead of a dozen closures made for every turn.
 */
class TurnCartRecorder implements BackendPort, CartRecorder {
  private last: Cart | undefined;
  private isDoubtful = false;
  declare readonly servedFromCache?: () => boolean;

  constructor(
    private readonly backend: BackendPort,
    private readonly holds: BackendHolds,
  ) {
    // only where the backend tells it, as the port it wraps
    if (backend.servedFromCache)
      (this as { servedFromCache?: () => boolean }).servedFromCache = () =>
        backend.servedFromCache?.() ?? false;
  }

  get port(): BackendPort {
    return this;
  }

  lastCart(): Cart | undefined {
    return this.last;
  }

  doubtful(): boolean {
    return this.isDoubtful;
  }

  getMenu(query?: MenuQuery): Promise<MenuResponse> {
    return this.backend.getMenu(query);
  }

  getItem(itemId: string): Promise<MenuItemDto | null> {
    return this.backend.getItem(itemId);
  }

  async createCart(customerId: string): Promise<Cart> {
    const cart = await this.write(this.backend.createCart(customerId));
    this.holds.cartId = cart.id;
    return cart;
  }

  getCart(customerId: string, cartId: string): Promise<Cart> {
    return this.keep(this.backend.getCart(customerId, cartId));
  }

  addLine(customerId: string, cartId: string, line: AddLineRequest): Promise<Cart> {
    return this.write(this.backend.addLine(customerId, cartId, line));
  }

  updateLine(customerId: string, cartId: string, lineId: string, change: UpdateLineRequest): Promise<Cart> {
    return this.write(this.backend.updateLine(customerId, cartId, lineId, change));
  }

  removeLine(customerId: string, cartId: string, lineId: string): Promise<Cart> {
    return this.write(this.backend.removeLine(customerId, cartId, lineId));
  }

  setFulfillment(customerId: string, cartId: string, fulfillment: Fulfillment): Promise<Cart> {
    return this.write(this.backend.setFulfillment(customerId, cartId, fulfillment));
  }

  placeOrder(customerId: string, request: CreateOrderRequest, key: string): Promise<PlaceOrderResult> {
    this.holds.idempotencyKey = key;
    this.isDoubtful = true;
    return this.backend.placeOrder(customerId, request, key);
  }

  getOrder(customerId: string, orderId: string): Promise<Order> {
    return this.backend.getOrder(customerId, orderId);
  }

  requestPayment(customerId: string, orderId: string): Promise<PaymentLink> {
    return this.backend.requestPayment(customerId, orderId);
  }

  cancelOrder(customerId: string, orderId: string): Promise<CancelOrderResult> {
    return this.backend.cancelOrder(customerId, orderId);
  }

  private async keep(promise: Promise<Cart>): Promise<Cart> {
    const cart = await promise;
    this.last = cart;
    return cart;
  }

  private async write(promise: Promise<Cart>): Promise<Cart> {
    try {
      return await this.keep(promise);
    } catch (error) {
      this.isDoubtful = true;
      throw error;
    }
  }
}
