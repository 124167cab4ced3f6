import { computeTotals } from '../backend/domain/compute-totals.ts';
import { type ItemState, type MenuCatalog, menuCatalog } from '../backend/domain/menu-catalog.ts';
import { priceLine } from '../backend/domain/price-line.ts';
import { queryMenu, toMenuItemDto } from '../backend/domain/query-menu.ts';
import type {
  AddLineRequest,
  Cart,
  CartLine,
  CreateOrderRequest,
  Fulfillment,
  MenuItemDto,
  MenuQuery,
  MenuResponse,
  Order,
  OrderStatus,
  PaymentLink,
  RemovedDefault,
  SelectedOptionInput,
  UpdateLineRequest,
} from '../contract/backend-api.ts';
import type { BackendPort, CancelOrderResult, PlaceOrderResult } from '../core/ports/index.ts';
import { type Menu, type MenuItem, VenuePolicies } from '../domain/menu-schema.ts';
import { MaitreError } from '../errors/index.ts';

/** What the fake throws where the real client would throw a BackendError (an unexpected 4xx). */
export class FakeBackendError extends MaitreError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}

interface StoredCart {
  cart: Cart;
  customerId: string;
}

export interface InMemoryBackendOptions {
  /** Override stock per item id at start (null: not tracked). */
  stock?: Record<string, number | null>;
  /** Items switched off at start. */
  unavailable?: string[];
  now?: () => Date;
}

/**
 * A BackendPort kept in memory. Menus, line prices and totals come from the reference backend's own pure
 * functions (queryMenu, priceLine, computeTotals), so the fake cannot drift from the contract; only
 * storage, auth and HTTP are left out. Stock is checked and taken when an order is placed. Idempotent
 * placeOrder by key.
 */
export class InMemoryBackend implements BackendPort {
  private readonly catalog: MenuCatalog;
  private readonly stock = new Map<string, number | null>();
  private readonly available = new Map<string, boolean>();
  private readonly carts = new Map<string, StoredCart>();
  private readonly orders = new Map<string, { order: Order; customerId: string }>();
  private readonly placed = new Map<string, PlaceOrderResult>();
  private readonly payments = new Map<string, PaymentLink>();
  private seq = 0;
  private readonly now: () => Date;
  /** Every call made, for assertions ("placeOrder was called once"). */
  readonly calls: string[] = [];

  constructor(
    private readonly menu: Menu,
    options: InMemoryBackendOptions = {},
  ) {
    this.catalog = menuCatalog(menu);
    for (const item of menu.items) {
      this.stock.set(item.id, options.stock?.[item.id] !== undefined ? options.stock[item.id]! : item.stock);
      this.available.set(item.id, item.available && !options.unavailable?.includes(item.id));
    }
    this.now = options.now ?? (() => new Date('2026-01-01T12:00:00Z'));
  }

  setStock(itemId: string, stock: number | null): void {
    this.stock.set(itemId, stock);
  }

  setAvailable(itemId: string, available: boolean): void {
    this.available.set(itemId, available);
  }

  async getMenu(query: MenuQuery = {}): Promise<MenuResponse> {
    this.calls.push('getMenu');
    return structuredClone(queryMenu(this.catalog, this.states(), query));
  }

  async getItem(itemId: string): Promise<MenuItemDto | null> {
    this.calls.push('getItem');
    const item = this.catalog.itemsById.get(itemId);
    return item ? toMenuItemDto(item, this.states().get(itemId)) : null;
  }

  async createCart(customerId: string): Promise<Cart> {
    this.calls.push('createCart');
    const id = `cart_${++this.seq}`;
    const cart: Cart = {
      id,
      fulfillment: null,
      lines: [],
      totals: { currency: this.menu.venue.currency, subtotal: 0, tax: 0, deliveryFee: 0, total: 0 },
      orderId: null,
    };
    this.carts.set(id, { cart, customerId });
    return structuredClone(cart);
  }

  async getCart(customerId: string, cartId: string): Promise<Cart> {
    this.calls.push('getCart');
    return structuredClone(this.cartOf(customerId, cartId));
  }

  async addLine(customerId: string, cartId: string, line: AddLineRequest): Promise<Cart> {
    this.calls.push('addLine');
    const cart = this.openCart(customerId, cartId);
    const item = this.itemOf(line.itemId);
    if (!this.available.get(item.id))
      throw new FakeBackendError('ITEM_UNAVAILABLE', `${item.name} is unavailable`);
    const built = this.buildLine(
      `line_${++this.seq}`,
      item,
      line.quantity,
      line.options ?? [],
      line.without ?? [],
    );
    cart.lines.push(line.notes ? { ...built, notes: line.notes } : built);
    return this.reprice(cart);
  }

  async updateLine(
    customerId: string,
    cartId: string,
    lineId: string,
    change: UpdateLineRequest,
  ): Promise<Cart> {
    this.calls.push('updateLine');
    const cart = this.openCart(customerId, cartId);
    const index = cart.lines.findIndex((l) => l.id === lineId);
    const old = cart.lines[index];
    if (!old) throw new FakeBackendError('LINE_NOT_FOUND', `no line ${lineId}`);
    const item = this.itemOf(old.itemId);
    const options =
      change.options ??
      old.options.map((o) => ({
        group: o.group,
        choice: o.choice,
        quantity: o.quantity,
        qualifier: o.qualifier,
      }));
    const without = change.without ?? old.without.map((w) => ({ group: w.group, choice: w.choice }));
    cart.lines[index] = this.buildLine(lineId, item, change.quantity ?? old.quantity, options, without);
    if (change.notes !== undefined) cart.lines[index]!.notes = change.notes;
    return this.reprice(cart);
  }

  async removeLine(customerId: string, cartId: string, lineId: string): Promise<Cart> {
    this.calls.push('removeLine');
    const cart = this.openCart(customerId, cartId);
    const before = cart.lines.length;
    cart.lines = cart.lines.filter((l) => l.id !== lineId);
    if (cart.lines.length === before) throw new FakeBackendError('LINE_NOT_FOUND', `no line ${lineId}`);
    return this.reprice(cart);
  }

  async setFulfillment(customerId: string, cartId: string, fulfillment: Fulfillment): Promise<Cart> {
    this.calls.push('setFulfillment');
    const cart = this.openCart(customerId, cartId);
    cart.fulfillment = fulfillment;
    return this.reprice(cart);
  }

  async placeOrder(
    customerId: string,
    request: CreateOrderRequest,
    idempotencyKey: string,
  ): Promise<PlaceOrderResult> {
    this.calls.push('placeOrder');
    const previous = this.placed.get(idempotencyKey);
    if (previous) return structuredClone(previous);
    const cart = this.cartOf(customerId, request.cartId);
    if (cart.orderId)
      return { ok: false, reason: 'rejected', code: 'CART_LOCKED', message: 'cart already ordered' };
    if (cart.lines.length === 0)
      return { ok: false, reason: 'rejected', code: 'CART_EMPTY', message: 'cart is empty' };
    if (!this.menu.venue.paymentMethods.includes(request.paymentMethod))
      return {
        ok: false,
        reason: 'rejected',
        code: 'PAYMENT_METHOD',
        message: 'payment method not accepted',
      };
    const wanted = new Map<string, number>();
    for (const l of cart.lines) wanted.set(l.itemId, (wanted.get(l.itemId) ?? 0) + l.quantity);
    const shortages = [...wanted]
      .map(([itemId, requested]) => {
        const stock = this.stock.get(itemId);
        const available = this.available.get(itemId) ? (stock ?? Number.POSITIVE_INFINITY) : 0;
        return { itemId, name: this.itemOf(itemId).name, requested, available };
      })
      .filter((s) => s.available < s.requested)
      .map((s) => ({ ...s, available: Number.isFinite(s.available) ? s.available : 0 }));
    if (shortages.length > 0) return { ok: false, reason: 'out_of_stock', shortages };
    for (const [itemId, n] of wanted) {
      const stock = this.stock.get(itemId);
      if (stock !== null && stock !== undefined) this.stock.set(itemId, stock - n);
    }
    cart.fulfillment = request.fulfillment.type;
    this.reprice(cart);
    const at = this.now().toISOString();
    const order: Order = {
      id: `ord_${++this.seq}`,
      cartId: cart.id,
      status: 'placed',
      fulfillment: request.fulfillment.type,
      paymentMethod: request.paymentMethod,
      lines: structuredClone(cart.lines),
      totals: { ...cart.totals },
      createdAt: at,
      updatedAt: at,
    };
    cart.orderId = order.id;
    this.orders.set(order.id, { order, customerId });
    const result: PlaceOrderResult = { ok: true, order: structuredClone(order) };
    this.placed.set(idempotencyKey, result);
    return structuredClone(result);
  }

  async getOrder(customerId: string, orderId: string): Promise<Order> {
    this.calls.push('getOrder');
    const found = this.orders.get(orderId);
    if (!found || found.customerId !== customerId)
      throw new FakeBackendError('ORDER_NOT_FOUND', `no order ${orderId}`);
    return structuredClone(found.order);
  }

  async requestPayment(customerId: string, orderId: string): Promise<PaymentLink> {
    this.calls.push('requestPayment');
    const { order } = await this.getOrder(customerId, orderId).then((o) => ({ order: o }));
    const existing = this.payments.get(orderId);
    if (existing) return structuredClone(existing);
    const link: PaymentLink = {
      paymentId: `pay_${++this.seq}`,
      orderId,
      provider: 'fake',
      url: `http://localhost/pay/${orderId}`,
      status: 'pending',
      amount: order.totals.total,
      currency: order.totals.currency,
    };
    this.payments.set(orderId, link);
    return structuredClone(link);
  }

  /**
   * Cancels like the reference backend: within the venue's window and statuses, stock returned, the
   * payment voided (pending) or refunded (paid); an order already cancelled is returned unchanged.
   */
  async cancelOrder(customerId: string, orderId: string): Promise<CancelOrderResult> {
    this.calls.push('cancelOrder');
    const order = await this.getOrder(customerId, orderId);
    if (order.status === 'cancelled') return { ok: true, order };
    const policies = VenuePolicies.parse(this.menu.policies ?? {});
    const until = new Date(Date.parse(order.createdAt) + policies.customerCancelWindowMinutes * 60_000);
    const statusOk = (policies.customerCancellableStatuses as readonly string[]).includes(order.status);
    if (!statusOk || this.now().getTime() >= until.getTime()) {
      return {
        ok: false,
        message: statusOk
          ? 'the cancel window is over'
          : `an order that is ${order.status} cannot be cancelled`,
        refusal: {
          orderId,
          reason: statusOk ? 'window' : 'status',
          orderStatus: order.status,
          cancellableStatuses: [...policies.customerCancellableStatuses],
          windowMinutes: policies.customerCancelWindowMinutes,
          cancellableUntil: until.toISOString(),
        },
      };
    }
    for (const line of order.lines) {
      const stock = this.stock.get(line.itemId);
      if (stock !== null && stock !== undefined) this.stock.set(line.itemId, stock + line.quantity);
    }
    const stored = this.orders.get(orderId)!;
    stored.order.status = 'cancelled';
    stored.order.updatedAt = this.now().toISOString();
    const link = this.payments.get(orderId);
    if (link?.status === 'pending') link.status = 'void';
    if (link?.status === 'paid') link.status = 'refunded';
    return { ok: true, order: structuredClone(stored.order) };
  }

  /** The payment link of an order, as the provider sees it (tests). */
  paymentOf(orderId: string): PaymentLink | undefined {
    return structuredClone(this.payments.get(orderId));
  }

  /** Moves an order on (as the kitchen would). */
  setOrderStatus(orderId: string, status: OrderStatus): void {
    const found = this.orders.get(orderId);
    if (found) found.order.status = status;
  }

  private states(): Map<string, ItemState> {
    return new Map(
      this.catalog.items.map((i) => [
        i.id,
        { available: this.available.get(i.id) ?? false, stock: this.stock.get(i.id) ?? null },
      ]),
    );
  }

  private itemOf(itemId: string): MenuItem {
    const item = this.catalog.itemsById.get(itemId);
    if (!item) throw new FakeBackendError('UNKNOWN_ITEM', `no item ${itemId}`);
    return item;
  }

  private cartOf(customerId: string, cartId: string): Cart {
    const stored = this.carts.get(cartId);
    if (!stored || stored.customerId !== customerId)
      throw new FakeBackendError('CART_NOT_FOUND', `no cart ${cartId}`);
    return stored.cart;
  }

  private openCart(customerId: string, cartId: string): Cart {
    const cart = this.cartOf(customerId, cartId);
    if (cart.orderId) throw new FakeBackendError('CART_LOCKED', 'cart already ordered');
    return cart;
  }

  private buildLine(
    id: string,
    item: MenuItem,
    quantity: number,
    options: ReadonlyArray<SelectedOptionInput>,
    without: ReadonlyArray<RemovedDefault>,
  ): CartLine {
    try {
      return priceLine(this.catalog, id, {
        itemId: item.id,
        quantity,
        options: options.map((o) => ({ ...o, quantity: o.quantity ?? 1 })),
        without: [...without],
        notes: null,
      });
    } catch (error) {
      // the real client throws its own BackendError with the backend's code; the fake throws its own
      if (error instanceof MaitreError) throw new FakeBackendError(error.code, error.message, error.details);
      throw error;
    }
  }

  private reprice(cart: Cart): Cart {
    cart.totals = computeTotals(cart.lines, this.catalog.document.venue, cart.fulfillment);
    return structuredClone(cart);
  }
}
