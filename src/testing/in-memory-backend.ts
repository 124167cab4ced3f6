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
  SelectedOption,
  UpdateLineRequest,
} from '../contract/backend-api.ts';
import type { BackendPort, PlaceOrderResult } from '../core/ports/index.ts';
import type { Menu, MenuItem, OptionGroup } from '../domain/menu-schema.ts';
import { MaitreError } from '../errors/index.ts';

/** What the fake throws where the real client would throw a BackendError (an unexpected 4xx). */
export class FakeBackendError extends MaitreError {
  constructor(code: string, message: string) {
    super(code, message);
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
 * A BackendPort kept in memory, pricing carts from a Menu as the backend contract describes:
 * unit price = item price + each option's delta × its quantity (a default choice is free unless
 * taken `extra`, which costs extraPriceDelta ?? priceDelta; removing a non-default is a no-op); tax = round(subtotal × taxRateBps / 10000); delivery fee unless the subtotal
 * reaches freeAbove. Stock is checked and taken when an order is placed. Idempotent placeOrder by key.
 */
export class InMemoryBackend implements BackendPort {
  private readonly items = new Map<string, MenuItem>();
  private readonly groups = new Map<string, OptionGroup>();
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
    for (const item of menu.items) {
      this.items.set(item.id, item);
      this.stock.set(item.id, options.stock?.[item.id] !== undefined ? options.stock[item.id]! : item.stock);
      this.available.set(item.id, item.available && !options.unavailable?.includes(item.id));
    }
    for (const g of menu.optionGroups) this.groups.set(g.id, g);
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
    const free = (query.allergen_free ?? '').split(',').filter(Boolean);
    const q = query.q?.toLowerCase();
    const items = this.menu.items
      .filter((i) => !query.category || i.category === query.category)
      .filter(
        (i) =>
          !query.diet ||
          i.diet === query.diet ||
          (query.diet === 'vegetarian' && i.diet === 'vegan') ||
          (query.diet === 'non-vegetarian' && false),
      )
      .filter((i) => !free.some((a) => (i.allergens as string[]).includes(a)))
      .filter((i) => !q || i.name.toLowerCase().includes(q))
      .map((i) => this.dto(i));
    const v = this.menu.venue;
    return {
      version: '1',
      venue: {
        id: v.id,
        name: v.name,
        currency: v.currency,
        taxRateBps: v.taxRateBps,
        delivery: v.delivery,
        pickup: v.pickup,
        paymentMethods: v.paymentMethods,
      },
      categories: this.menu.categories,
      optionGroups: this.menu.optionGroups,
      items,
    };
  }

  async getItem(itemId: string): Promise<MenuItemDto | null> {
    this.calls.push('getItem');
    const item = this.items.get(itemId);
    return item ? this.dto(item) : null;
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
    cart.lines.push(built);
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

  /** Moves an order on (as the kitchen would). */
  setOrderStatus(orderId: string, status: OrderStatus): void {
    const found = this.orders.get(orderId);
    if (found) found.order.status = status;
  }

  private dto(item: MenuItem): MenuItemDto {
    return {
      id: item.id,
      name: item.name,
      aliases: item.aliases,
      category: item.category,
      description: item.description,
      ingredients: item.ingredients,
      price: item.price,
      diet: item.diet,
      dietFlags: item.dietFlags,
      allergens: item.allergens,
      spiceLevel: item.spiceLevel,
      tags: item.tags,
      optionGroups: item.optionGroups,
      available: (this.available.get(item.id) ?? false) && this.stock.get(item.id) !== 0,
      stock: this.stock.get(item.id) ?? null,
    };
  }

  private itemOf(itemId: string): MenuItem {
    const item = this.items.get(itemId);
    if (!item) throw new FakeBackendError('ITEM_NOT_FOUND', `no item ${itemId}`);
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
    options: ReadonlyArray<Partial<SelectedOption> & { group: string; choice: string }>,
    without: ReadonlyArray<{ group: string; choice: string }>,
  ): CartLine {
    const built = options.map((o) => {
      if (!item.optionGroups.includes(o.group))
        throw new FakeBackendError('OPTION_INVALID', `${item.name} has no option group ${o.group}`);
      const group = this.groups.get(o.group)!;
      const choice = group.choices.find((c) => c.id === o.choice);
      if (!choice) throw new FakeBackendError('OPTION_INVALID', `no choice ${o.choice} in ${o.group}`);
      // a default choice is included (free) unless taken extra
      const unit =
        o.qualifier === 'extra'
          ? (choice.extraPriceDelta ?? choice.priceDelta)
          : choice.default
            ? 0
            : choice.priceDelta;
      const n = o.quantity ?? 1;
      return {
        group: group.id,
        groupName: group.name,
        choice: choice.id,
        choiceName: choice.name,
        quantity: n,
        ...(o.qualifier ? { qualifier: o.qualifier } : {}),
        priceDelta: unit * n,
      };
    });
    for (const gid of item.optionGroups) {
      const group = this.groups.get(gid)!;
      const picked = built.filter((b) => b.group === gid).length;
      const hasDefault = group.choices.some((c) => c.default);
      if (picked < group.min && !hasDefault)
        throw new FakeBackendError('OPTION_REQUIRED', `${item.name} needs a ${group.name}`);
    }
    const unitPrice = item.price.amount + built.reduce((sum, b) => sum + b.priceDelta, 0);
    return {
      id,
      itemId: item.id,
      name: item.name,
      quantity,
      options: built,
      // removing a choice that is not a default is a no-op
      without: without.flatMap((w) => {
        const choice = this.groups.get(w.group)?.choices.find((c) => c.id === w.choice);
        return choice?.default ? [{ group: w.group, choice: w.choice, choiceName: choice.name }] : [];
      }),
      notes: null,
      unitPrice,
      lineTotal: unitPrice * quantity,
    };
  }

  private reprice(cart: Cart): Cart {
    const v = this.menu.venue;
    const subtotal = cart.lines.reduce((sum, l) => sum + l.lineTotal, 0);
    const tax = Math.round((subtotal * v.taxRateBps) / 10_000);
    const free = v.delivery.freeAbove !== undefined && subtotal >= v.delivery.freeAbove;
    const deliveryFee = cart.fulfillment === 'delivery' && !free ? v.delivery.fee : 0;
    cart.totals = { currency: v.currency, subtotal, tax, deliveryFee, total: subtotal + tax + deliveryFee };
    return structuredClone(cart);
  }
}
