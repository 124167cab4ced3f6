import { z } from 'zod';
import {
  Allergen,
  Category,
  CurrencyCode,
  Diet,
  DietFlag,
  MinorUnits,
  OptionGroup,
  Qualifier,
  SignedMinorUnits,
} from '../domain/menu-schema.ts';

/**
 * The restaurant backend's REST contract as zod schemas: the reference backend validates with them,
 * the typed client parses with them, and openapi/backend.yaml is generated from them.
 * Money is always integer minor units of `currency`.
 */

const Id = z.string().min(1).max(100);

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

// ---- menu ---------------------------------------------------------------------------------------

export const MenuItemDto = z.object({
  id: Id,
  name: z.string(),
  aliases: z.array(z.string()),
  category: Id,
  /** Absent when the menu gives no description. */
  description: z.string().optional(),
  /** Empty when the menu does not list the ingredients (never "has none"). */
  ingredients: z.array(z.string()),
  price: z.object({ amount: MinorUnits, currency: CurrencyCode }),
  diet: Diet,
  dietFlags: z.array(DietFlag),
  allergens: z.array(Allergen),
  /** 0 none … 4 very hot; null when the menu does not rate the dish's heat. */
  spiceLevel: z.number().int().nullable(),
  tags: z.array(z.string()),
  optionGroups: z.array(Id),
  /** false when switched off or out of stock. */
  available: z.boolean(),
  /** Units left when stock is tracked, else null. */
  stock: z.number().int().nullable(),
});
export type MenuItemDto = z.infer<typeof MenuItemDto>;

export const MenuResponse = z.object({
  version: z.string(),
  venue: z.object({
    id: Id,
    name: z.string(),
    currency: CurrencyCode,
    taxRateBps: z.number().int(),
    delivery: z.object({
      available: z.boolean(),
      fee: MinorUnits,
      freeAbove: MinorUnits.optional(),
      minimumOrder: MinorUnits,
    }),
    pickup: z.boolean(),
    paymentMethods: z.array(z.string()),
  }),
  categories: z.array(Category),
  optionGroups: z.array(OptionGroup),
  items: z.array(MenuItemDto),
});
export type MenuResponse = z.infer<typeof MenuResponse>;

export const MenuQuery = z.object({
  /** vegetarian includes vegan items. */
  diet: Diet.optional(),
  category: Id.optional(),
  /** Comma-separated allergens the items must not contain. */
  allergen_free: z.string().max(300).optional(),
  q: z.string().max(200).optional(),
});
export type MenuQuery = z.infer<typeof MenuQuery>;

// ---- carts --------------------------------------------------------------------------------------

export const SelectedOption = z.object({
  group: Id,
  choice: Id,
  quantity: z.number().int().min(1).max(20).default(1),
  qualifier: Qualifier.optional(),
});
export type SelectedOption = z.infer<typeof SelectedOption>;
export type SelectedOptionInput = z.input<typeof SelectedOption>;

/** A removed default choice; with `qualifier` only that qualifier is declined ("no extra cheese"): a no-op for pricing. */
export const RemovedDefault = z.object({ group: Id, choice: Id, qualifier: Qualifier.optional() });
export type RemovedDefault = z.infer<typeof RemovedDefault>;

export const AddLineRequest = z.object({
  itemId: Id,
  quantity: z.number().int().min(1).max(1000),
  options: z.array(SelectedOption).max(50).default([]),
  /** Default choices the customer removed ("no onions"). */
  without: z.array(RemovedDefault).max(50).default([]),
  notes: z.string().max(500).optional(),
});
export type AddLineRequest = z.input<typeof AddLineRequest>;

export const UpdateLineRequest = z
  .object({
    quantity: z.number().int().min(1).max(1000).optional(),
    options: z.array(SelectedOption).max(50).optional(),
    without: z.array(RemovedDefault).max(50).optional(),
    notes: z.string().max(500).nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'give at least one field to change');
export type UpdateLineRequest = z.input<typeof UpdateLineRequest>;

export const Fulfillment = z.enum(['delivery', 'pickup']);
export type Fulfillment = z.infer<typeof Fulfillment>;

export const UpdateCartRequest = z.object({ fulfillment: Fulfillment });

export const CartLineOption = z.object({
  group: Id,
  groupName: z.string(),
  choice: Id,
  choiceName: z.string(),
  quantity: z.number().int(),
  qualifier: Qualifier.optional(),
  /** Per unit of the item. */
  priceDelta: SignedMinorUnits,
});

export const CartLine = z.object({
  id: Id,
  itemId: Id,
  name: z.string(),
  quantity: z.number().int(),
  options: z.array(CartLineOption),
  without: z.array(RemovedDefault.extend({ choiceName: z.string() })),
  notes: z.string().nullable(),
  unitPrice: MinorUnits,
  lineTotal: MinorUnits,
});
export type CartLine = z.infer<typeof CartLine>;

export const Totals = z.object({
  currency: CurrencyCode,
  subtotal: MinorUnits,
  tax: MinorUnits,
  deliveryFee: MinorUnits,
  total: MinorUnits,
});
export type Totals = z.infer<typeof Totals>;

export const Cart = z.object({
  id: Id,
  fulfillment: Fulfillment.nullable(),
  lines: z.array(CartLine),
  totals: Totals,
  /** Set once the cart became an order; such a cart can no longer change. */
  orderId: Id.nullable(),
});
export type Cart = z.infer<typeof Cart>;

// ---- orders -------------------------------------------------------------------------------------

export const ORDER_STATUSES = [
  'placed',
  'paid',
  'preparing',
  'ready',
  'out_for_delivery',
  'completed',
  'cancelled',
] as const;
export const OrderStatus = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof OrderStatus>;

export const PaymentMethod = z.enum(['card', 'cash', 'upi', 'wallet']);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const CreateOrderRequest = z.object({
  cartId: Id,
  fulfillment: z.discriminatedUnion('type', [
    z.object({ type: z.literal('pickup') }),
    z.object({ type: z.literal('delivery'), address: z.string().trim().min(5).max(300) }),
  ]),
  customer: z.object({
    name: z.string().trim().min(1).max(100),
    phone: z.string().regex(/^\+?[0-9 ()-]{7,20}$/, 'a phone number of 7 to 20 digits'),
  }),
  paymentMethod: PaymentMethod,
  notes: z.string().max(500).optional(),
  /**
   * When the customer wants the order (pickup ready, or delivered), ISO 8601 with an offset
   * ("2026-01-01T19:30:00-08:00"). Absent: as soon as possible. Optional: a backend that ignores it
   * still takes the order.
   */
  requestedTime: z
    .string()
    .datetime({ offset: true })
    .optional()
    .describe('When the order is wanted (ISO 8601 with offset); absent: as soon as possible.'),
});
export type CreateOrderRequest = z.infer<typeof CreateOrderRequest>;

export const Order = z.object({
  id: Id,
  cartId: Id,
  status: OrderStatus,
  fulfillment: Fulfillment,
  paymentMethod: PaymentMethod,
  lines: z.array(CartLine),
  totals: Totals,
  /** The time the order was requested for (ISO 8601); null or absent: as soon as possible. */
  requestedTime: z.string().nullable().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Order = z.infer<typeof Order>;

export const StockShortage = z.object({
  itemId: Id,
  name: z.string(),
  requested: z.number().int(),
  available: z.number().int(),
});
export type StockShortage = z.infer<typeof StockShortage>;

export const UpdateOrderStatusRequest = z.object({ status: OrderStatus });

/**
 * Why a customer cancel was refused (409 CANCEL_NOT_ALLOWED, `error.details`): `status` when the
 * order has moved past the statuses the venue lets customers cancel, `window` when the venue's
 * cancel window (minutes after placing) is over.
 */
export const CancelRefusal = z.object({
  orderId: Id,
  reason: z.enum(['status', 'window']),
  /** The order's status now. */
  orderStatus: OrderStatus,
  cancellableStatuses: z.array(OrderStatus),
  windowMinutes: z.number().int().min(0),
  /** ISO-8601: the end of the window (createdAt + windowMinutes). */
  cancellableUntil: z.string(),
});
export type CancelRefusal = z.infer<typeof CancelRefusal>;

export const PaymentLink = z.object({
  paymentId: Id,
  orderId: Id,
  provider: z.string(),
  url: z.string(),
  /** `void`: the order was cancelled before payment; `refunded`: cancelled after it was paid. */
  status: z.enum(['pending', 'paid', 'declined', 'void', 'refunded']),
  amount: MinorUnits,
  currency: CurrencyCode,
});
export type PaymentLink = z.infer<typeof PaymentLink>;

// ---- auth and webhooks --------------------------------------------------------------------------

export const CustomerTokenRequest = z.object({
  customerId: Id.optional(),
  /**
   * Also open a new empty cart of the customer and return it as `cart`: a conversation's first order
   * needs a token and a cart, one round trip instead of two (POST /api/carts stays for later carts).
   */
  openCart: z.boolean().optional(),
});
export const CustomerToken = z.object({
  customerId: Id,
  token: z.string(),
  expiresAt: z.string(),
  /** The cart opened for the customer, when `openCart` was asked. */
  cart: Cart.optional(),
});
export type CustomerToken = z.infer<typeof CustomerToken>;

export const WebhookSubscriptionRequest = z.object({
  url: z.url({ protocol: /^https?$/ }),
  /** Shared secret for the HMAC signature; generated when omitted. */
  secret: z.string().min(16).max(200).optional(),
});
export const WebhookSubscription = z.object({
  id: Id,
  url: z.string(),
  secret: z.string(),
  createdAt: z.string(),
});
export type WebhookSubscription = z.infer<typeof WebhookSubscription>;

/** Body of every webhook delivery. Signed: `Maitre-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`. */
export const OrderStatusEvent = z.object({
  id: Id,
  type: z.literal('order.status_changed'),
  createdAt: z.string(),
  data: z.object({
    orderId: Id,
    cartId: Id,
    status: OrderStatus,
    previousStatus: OrderStatus.nullable(),
    total: MinorUnits,
    currency: CurrencyCode,
  }),
});
export type OrderStatusEvent = z.infer<typeof OrderStatusEvent>;

// ---- customer data (export and erasure) ---------------------------------------------------------

/** The contact an order was placed with: the only personal data the backend stores. */
export const OrderContact = z.object({
  name: z.string(),
  phone: z.string(),
  /** Delivery orders only. */
  deliveryAddress: z.string().nullable(),
  notes: z.string().nullable(),
});
export type OrderContact = z.infer<typeof OrderContact>;

/** A payment as the export shows it (no card data ever reaches the backend). */
export const ExportedPayment = z.object({
  paymentId: Id,
  provider: z.string(),
  status: PaymentLink.shape.status,
  amount: MinorUnits,
  currency: CurrencyCode,
  createdAt: z.string(),
});

/**
 * Everything the backend holds about one customer (`GET /api/customers/{customerId}/data`, service or
 * operator token): their orders with the contact each was placed with and its payments, and their open
 * carts. An unknown customer exports as empty lists (ids leak nothing).
 */
export const CustomerDataExport = z.object({
  customerId: Id,
  exportedAt: z.string(),
  orders: z.array(Order.extend({ contact: OrderContact, payments: z.array(ExportedPayment) })),
  carts: z.array(Cart),
});
export type CustomerDataExport = z.infer<typeof CustomerDataExport>;

/**
 * What an erasure did (`DELETE /api/customers/{customerId}/data`): open carts deleted with their lines;
 * finished orders kept for the venue's accounts but anonymised (contact, notes and line notes erased,
 * the customer id replaced by an unlinkable one); idempotency records deleted. Refused with 409
 * `ERASURE_BLOCKED` (details `{orderIds}`) while an order is still in progress. Erasing twice is safe.
 */
export const CustomerDataErasure = z.object({
  customerId: Id,
  erasedAt: z.string(),
  cartsDeleted: z.number().int().min(0),
  ordersAnonymised: z.number().int().min(0),
  idempotencyKeysDeleted: z.number().int().min(0),
});
export type CustomerDataErasure = z.infer<typeof CustomerDataErasure>;
