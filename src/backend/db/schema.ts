import type { Kysely } from 'kysely';

/**
 * The backend's tables as Kysely sees them. Column types are kept to what both SQLite and
 * PostgreSQL store the same way: text ids and ISO-8601 UTC timestamps, integers for money and counts
 * (0/1 for booleans), JSON documents as text.
 */
export interface MenuDocumentTable {
  id: string;
  venue_id: string;
  /** The venue's Menu without its items, as JSON. */
  document: string;
  created_at: string;
}

export interface MenuItemTable {
  id: string;
  position: number;
  category: string;
  /** The MenuItem as JSON. */
  data: string;
  available: number;
}

export interface StockTable {
  item_id: string;
  quantity: number;
}

export interface CartTable {
  id: string;
  customer_id: string;
  fulfillment: string | null;
  order_id: string | null;
  next_position: number;
  created_at: string;
  updated_at: string;
}

export interface CartLineTable {
  id: string;
  cart_id: string;
  position: number;
  item_id: string;
  quantity: number;
  /** SelectedOption[] as JSON. */
  options: string;
  /** RemovedDefault[] as JSON. */
  without_defaults: string;
  notes: string | null;
}

export interface OrderTable {
  id: string;
  cart_id: string;
  customer_id: string;
  status: string;
  fulfillment: string;
  payment_method: string;
  /** Personal data lives here and only here: the bot never stores it. */
  customer_name: string;
  customer_phone: string;
  delivery_address: string | null;
  notes: string | null;
  /** When the customer wants the order (ISO 8601 with offset); null: as soon as possible. */
  requested_time: string | null;
  /** CartLine[] as JSON, priced when the order was placed. */
  lines: string;
  /** Totals as JSON. */
  totals: string;
  total: number;
  currency: string;
  created_at: string;
  updated_at: string;
}

export interface IdempotencyKeyTable {
  customer_id: string;
  key: string;
  request_hash: string;
  status_code: number;
  /** The response body as JSON. */
  response: string;
  created_at: string;
}

export interface PaymentTable {
  id: string;
  order_id: string;
  provider: string;
  /** Where the customer pays (the provider's hosted page). */
  url: string;
  status: string;
  amount: number;
  currency: string;
  created_at: string;
  updated_at: string;
}

export interface WebhookSubscriptionTable {
  id: string;
  url: string;
  secret: string;
  created_at: string;
}

export interface WebhookOutboxTable {
  id: string;
  event_id: string;
  subscription_id: string;
  /** The OrderStatusEvent as the exact JSON text that is signed and sent. */
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

/** One customer data erasure (migration 0002): no customer id, only its SHA-256. */
export interface CustomerErasureTable {
  id: string;
  /** hex SHA-256 of the erased customer id. */
  customer_hash: string;
  erased_at: string;
  carts_deleted: number;
  orders_anonymised: number;
}

export interface BackendTables {
  menu_document: MenuDocumentTable;
  menu_items: MenuItemTable;
  stock: StockTable;
  carts: CartTable;
  cart_lines: CartLineTable;
  orders: OrderTable;
  idempotency_keys: IdempotencyKeyTable;
  payments: PaymentTable;
  webhook_subscriptions: WebhookSubscriptionTable;
  webhook_outbox: WebhookOutboxTable;
  customer_erasures: CustomerErasureTable;
}

export type Db = Kysely<BackendTables>;
