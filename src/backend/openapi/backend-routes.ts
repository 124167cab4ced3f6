import { z } from 'zod';
import {
  AddLineRequest,
  CancelRefusal,
  Cart,
  CreateOrderRequest,
  CustomerDataErasure,
  CustomerDataExport,
  CustomerToken,
  CustomerTokenRequest,
  ErrorBody,
  MenuItemDto,
  MenuQuery,
  MenuResponse,
  Order,
  OrderStatusEvent,
  PaymentLink,
  StockShortage,
  UpdateCartRequest,
  UpdateLineRequest,
  UpdateOrderStatusRequest,
  WebhookSubscription,
  WebhookSubscriptionRequest,
} from '../../contract/backend-api.ts';

export const Health = z.object({ status: z.literal('ok') });

/** Named schemas of the contract: components/schemas of the OpenAPI document. */
export const COMPONENTS = {
  ErrorBody: { schema: ErrorBody, io: 'output' },
  MenuResponse: { schema: MenuResponse, io: 'output' },
  MenuItem: { schema: MenuItemDto, io: 'output' },
  Cart: { schema: Cart, io: 'output' },
  AddLineRequest: { schema: AddLineRequest, io: 'input' },
  // The schema's refine (at least one field) as JSON Schema.
  UpdateLineRequest: { schema: UpdateLineRequest, io: 'input', extra: { minProperties: 1 } },
  UpdateCartRequest: { schema: UpdateCartRequest, io: 'input' },
  CreateOrderRequest: { schema: CreateOrderRequest, io: 'input' },
  Order: { schema: Order, io: 'output' },
  StockShortage: { schema: StockShortage, io: 'output' },
  CancelRefusal: { schema: CancelRefusal, io: 'output' },
  UpdateOrderStatusRequest: { schema: UpdateOrderStatusRequest, io: 'input' },
  PaymentLink: { schema: PaymentLink, io: 'output' },
  CustomerTokenRequest: { schema: CustomerTokenRequest, io: 'input' },
  CustomerToken: { schema: CustomerToken, io: 'output' },
  CustomerDataExport: { schema: CustomerDataExport, io: 'output' },
  CustomerDataErasure: { schema: CustomerDataErasure, io: 'output' },
  WebhookSubscriptionRequest: { schema: WebhookSubscriptionRequest, io: 'input' },
  WebhookSubscription: { schema: WebhookSubscription, io: 'output' },
  WebhookSubscriptionList: { schema: z.array(WebhookSubscription), io: 'output' },
  OrderStatusEvent: { schema: OrderStatusEvent, io: 'output' },
  Health: { schema: Health, io: 'output' },
} as const satisfies Record<
  string,
  { schema: z.ZodType; io: 'input' | 'output'; extra?: Record<string, unknown> }
>;

export type ComponentName = keyof typeof COMPONENTS;

export type Auth = 'none' | 'customer' | 'service' | 'service-or-operator';

export interface RouteResponse {
  description: string;
  /** A component name for JSON, 'html' for a page, undefined for no body. */
  body?: ComponentName | 'html' | 'any';
  headers?: Record<string, string>;
}

/** One operation of the contract. Paths use OpenAPI's `{param}` form. */
export interface RouteSpec {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  auth: Auth;
  query?: z.ZodObject;
  idempotencyKey?: boolean;
  ifNoneMatch?: boolean;
  body?: ComponentName | 'form';
  optionalBody?: boolean;
  responses: Record<number, RouteResponse>;
}

const err = (description: string): RouteResponse => ({ description, body: 'ErrorBody' });
const common = { 400: err('VALIDATION_FAILED, MALFORMED_JSON, BAD_REQUEST') };
const customer = { ...common, 401: err('UNAUTHORIZED: a valid customer token is required') };
const service = {
  ...common,
  401: err('UNAUTHORIZED: the service token is required'),
  403: err('FORBIDDEN: a customer token on a service route'),
};
const withBody = { 413: err('PAYLOAD_TOO_LARGE'), 415: err('UNSUPPORTED_MEDIA_TYPE') };

/** The whole contract: every route the backend registers, and nothing else. */
export const BACKEND_ROUTES: RouteSpec[] = [
  {
    method: 'get',
    path: '/api/menu',
    operationId: 'getMenu',
    summary: 'The menu, optionally filtered',
    description:
      'Filters combine. `diet=vegetarian` includes vegan items; `allergen_free` is a comma-separated list of allergens the items must not contain; `q` matches name, aliases, description and ingredients, case-insensitively (every word must match). The ETag is the menu version: it changes when the menu or any item’s availability changes; send If-None-Match to get 304. Stock counts in a cached copy may be stale; orders check stock.',
    tag: 'menu',
    auth: 'none',
    query: MenuQuery,
    ifNoneMatch: true,
    responses: {
      200: { description: 'The menu', body: 'MenuResponse', headers: { ETag: 'The menu version, quoted' } },
      304: { description: 'Not modified (If-None-Match matched the version)' },
      ...common,
    },
  },
  {
    method: 'get',
    path: '/api/menu/items/{id}',
    operationId: 'getMenuItem',
    summary: 'One menu item',
    tag: 'menu',
    auth: 'none',
    responses: { 200: { description: 'The item', body: 'MenuItem' }, 404: err('NOT_FOUND'), ...common },
  },
  {
    method: 'post',
    path: '/api/auth/customer-tokens',
    operationId: 'createCustomerToken',
    summary: 'Issue a short-lived customer token (service token)',
    description:
      'Omit customerId to get a new customer. Tokens are HMAC-signed and expire (default 1 h). With `openCart: true` a new empty cart of the customer is opened too and returned as `cart` (a token and a first cart in one round trip).',
    tag: 'auth',
    auth: 'service',
    body: 'CustomerTokenRequest',
    optionalBody: true,
    responses: { 201: { description: 'The token', body: 'CustomerToken' }, ...service, ...withBody },
  },
  {
    method: 'post',
    path: '/api/carts',
    operationId: 'createCart',
    summary: 'Create an empty cart for the customer',
    tag: 'carts',
    auth: 'customer',
    responses: { 201: { description: 'The new cart', body: 'Cart' }, ...customer, ...withBody },
  },
  {
    method: 'get',
    path: '/api/carts/{id}',
    operationId: 'getCart',
    summary: 'A cart with server-computed totals',
    tag: 'carts',
    auth: 'customer',
    responses: {
      200: { description: 'The cart', body: 'Cart' },
      ...customer,
      404: err('NOT_FOUND (also for another customer’s cart)'),
    },
  },
  {
    method: 'patch',
    path: '/api/carts/{id}',
    operationId: 'updateCart',
    summary: 'Choose delivery or pickup',
    tag: 'carts',
    auth: 'customer',
    body: 'UpdateCartRequest',
    responses: {
      200: { description: 'The cart', body: 'Cart' },
      ...customer,
      404: err('NOT_FOUND'),
      409: err('CART_FROZEN'),
      422: err('FULFILLMENT_UNAVAILABLE'),
      ...withBody,
    },
  },
  {
    method: 'post',
    path: '/api/carts/{id}/lines',
    operationId: 'addCartLine',
    summary: 'Add a line (item, options, removed defaults, quantity, notes)',
    tag: 'carts',
    auth: 'customer',
    body: 'AddLineRequest',
    responses: {
      201: { description: 'The cart', body: 'Cart' },
      ...customer,
      404: err('NOT_FOUND'),
      409: err('CART_FROZEN, ITEM_UNAVAILABLE'),
      422: err('UNKNOWN_ITEM, INVALID_OPTIONS (details.problems)'),
      ...withBody,
    },
  },
  {
    method: 'patch',
    path: '/api/carts/{id}/lines/{lineId}',
    operationId: 'updateCartLine',
    summary: 'Change the quantity, options, removed defaults or notes of one line',
    tag: 'carts',
    auth: 'customer',
    body: 'UpdateLineRequest',
    responses: {
      200: { description: 'The cart', body: 'Cart' },
      ...customer,
      404: err('NOT_FOUND'),
      409: err('CART_FROZEN'),
      422: err('INVALID_OPTIONS'),
      ...withBody,
    },
  },
  {
    method: 'delete',
    path: '/api/carts/{id}/lines/{lineId}',
    operationId: 'removeCartLine',
    summary: 'Remove one line',
    tag: 'carts',
    auth: 'customer',
    responses: {
      200: { description: 'The cart', body: 'Cart' },
      ...customer,
      404: err('NOT_FOUND'),
      409: err('CART_FROZEN'),
    },
  },
  {
    method: 'post',
    path: '/api/orders',
    operationId: 'placeOrder',
    summary: 'Place the cart as an order (Idempotency-Key required)',
    description:
      'The same Idempotency-Key with the same body returns the same status and body (header `Idempotent-Replayed: true`); with another body it is refused (422 IDEMPOTENCY_KEY_REUSED). Keys live 24 h, per customer. Stock is decremented in the same transaction; when anything is short the answer is 409 OUT_OF_STOCK with details.lines (StockShortage[]) and nothing changes.',
    tag: 'orders',
    auth: 'customer',
    idempotencyKey: true,
    body: 'CreateOrderRequest',
    responses: {
      201: {
        description: 'The order (status placed), or the replay of an earlier submission with this key',
        body: 'Order',
        headers: {
          'Idempotent-Replayed': '"true" when this answer replays an earlier submission with the same key',
        },
      },
      ...customer,
      400: err('VALIDATION_FAILED, MALFORMED_JSON, IDEMPOTENCY_KEY_REQUIRED'),
      404: err('NOT_FOUND: no such cart for this customer'),
      409: err('OUT_OF_STOCK (details.lines: StockShortage[]), CART_FROZEN, ITEM_UNAVAILABLE'),
      422: err(
        'IDEMPOTENCY_KEY_REUSED, CART_EMPTY, BELOW_DELIVERY_MINIMUM, FULFILLMENT_UNAVAILABLE, PAYMENT_METHOD_UNAVAILABLE',
      ),
      ...withBody,
    },
  },
  {
    method: 'get',
    path: '/api/orders/{id}',
    operationId: 'getOrder',
    summary: 'An order of the customer',
    tag: 'orders',
    auth: 'customer',
    responses: {
      200: { description: 'The order', body: 'Order' },
      ...customer,
      404: err('NOT_FOUND (also for another customer’s order)'),
    },
  },
  {
    method: 'post',
    path: '/api/orders/{id}/payment',
    operationId: 'requestPayment',
    summary: 'A payment link for a placed order',
    description:
      'Returns the pending payment (the same one until it is paid or declined). No card data passes through the bot.',
    tag: 'payments',
    auth: 'customer',
    responses: {
      201: { description: 'The payment link', body: 'PaymentLink' },
      ...customer,
      404: err('NOT_FOUND'),
      409: err('PAYMENT_NOT_ALLOWED: the order is not placed'),
      ...withBody,
    },
  },
  {
    method: 'post',
    path: '/api/orders/{id}/cancel',
    operationId: 'cancelOrder',
    summary: 'The customer cancels their order, while the venue allows it',
    description:
      'Allowed while the order is in one of the venue’s `policies.customerCancellableStatuses` (default placed, paid) and within `policies.customerCancelWindowMinutes` (default 5) of its creation. Cancelling returns tracked stock, voids a pending payment or marks a paid one refunded, and emits an order.status_changed webhook. Cancelling an order that is already cancelled returns it unchanged (safe to retry). Otherwise 409 CANCEL_NOT_ALLOWED with details (CancelRefusal): reason `status` or `window`, the cancellable statuses, the window and its end.',
    tag: 'orders',
    auth: 'customer',
    responses: {
      200: { description: 'The order, now cancelled', body: 'Order' },
      ...customer,
      404: err('NOT_FOUND (also for another customer’s order)'),
      409: err('CANCEL_NOT_ALLOWED (details: CancelRefusal)'),
      ...withBody,
    },
  },
  {
    method: 'post',
    path: '/api/orders/{id}/status',
    operationId: 'updateOrderStatus',
    summary: 'Advance the order lifecycle (service or operator token)',
    description:
      'placed → paid | preparing (cash only) | cancelled; paid → preparing | cancelled; preparing → ready | out_for_delivery (delivery only) | cancelled; ready → out_for_delivery | completed | cancelled; out_for_delivery → completed. Cancelling returns tracked stock. Every change emits an order.status_changed webhook.',
    tag: 'orders',
    auth: 'service-or-operator',
    body: 'UpdateOrderStatusRequest',
    responses: {
      200: { description: 'The order', body: 'Order' },
      ...service,
      404: err('NOT_FOUND'),
      409: err('INVALID_TRANSITION (details.allowed)'),
      ...withBody,
    },
  },
  {
    method: 'get',
    path: '/api/customers/{customerId}/data',
    operationId: 'exportCustomerData',
    summary: 'Everything the backend holds about a customer (service or operator token)',
    description:
      'The right of access: every order of the customer with the contact it was placed with (name, phone, delivery address, notes) and its payments, and their open carts. An unknown customer exports as empty lists.',
    tag: 'customers',
    auth: 'service-or-operator',
    responses: { 200: { description: 'The export', body: 'CustomerDataExport' }, ...service },
  },
  {
    method: 'delete',
    path: '/api/customers/{customerId}/data',
    operationId: 'eraseCustomerData',
    summary: 'Erase a customer’s personal data (service or operator token)',
    description:
      'The right to erasure, in one transaction: open carts and idempotency records deleted; finished orders kept for the accounts but anonymised (contact, notes and line notes erased; the customer id replaced by a random one). Refused with 409 ERASURE_BLOCKED (details.orderIds) while an order is in progress; nothing changes then. Erasing again is safe (zero counts).',
    tag: 'customers',
    auth: 'service-or-operator',
    responses: {
      200: { description: 'What was erased', body: 'CustomerDataErasure' },
      ...service,
      409: err('ERASURE_BLOCKED (details.orderIds)'),
    },
  },
  {
    method: 'post',
    path: '/api/webhooks/subscriptions',
    operationId: 'createWebhookSubscription',
    summary: 'Subscribe a URL to order status events (service token)',
    description:
      'Each delivery is a POST of an OrderStatusEvent with headers `Maitre-Event-Id` and `Maitre-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. Any 2xx acknowledges; anything else is retried with exponential backoff.',
    tag: 'webhooks',
    auth: 'service',
    body: 'WebhookSubscriptionRequest',
    responses: {
      201: { description: 'The subscription', body: 'WebhookSubscription' },
      ...service,
      ...withBody,
    },
  },
  {
    method: 'get',
    path: '/api/webhooks/subscriptions',
    operationId: 'listWebhookSubscriptions',
    summary: 'List webhook subscriptions (service token)',
    tag: 'webhooks',
    auth: 'service',
    responses: { 200: { description: 'The subscriptions', body: 'WebhookSubscriptionList' }, ...service },
  },
  {
    method: 'delete',
    path: '/api/webhooks/subscriptions/{id}',
    operationId: 'deleteWebhookSubscription',
    summary: 'Unsubscribe (service token); undelivered events are dropped',
    tag: 'webhooks',
    auth: 'service',
    responses: { 204: { description: 'Deleted' }, ...service, 404: err('NOT_FOUND') },
  },
  {
    method: 'get',
    path: '/pay/{paymentId}',
    operationId: 'sandboxPaymentPage',
    summary: 'Sandbox provider: the hosted payment page with Pay and Decline buttons',
    tag: 'payments',
    auth: 'none',
    responses: { 200: { description: 'An HTML page', body: 'html' }, 404: err('NOT_FOUND'), ...common },
  },
  {
    method: 'post',
    path: '/pay/{paymentId}/pay',
    operationId: 'sandboxPay',
    summary: 'Sandbox provider: pay (moves the order placed → paid)',
    tag: 'payments',
    auth: 'none',
    body: 'form',
    optionalBody: true,
    responses: {
      200: { description: 'An HTML page', body: 'html' },
      404: err('NOT_FOUND'),
      409: err('PAYMENT_NOT_ALLOWED, INVALID_TRANSITION'),
      ...common,
    },
  },
  {
    method: 'post',
    path: '/pay/{paymentId}/decline',
    operationId: 'sandboxDecline',
    summary: 'Sandbox provider: decline',
    tag: 'payments',
    auth: 'none',
    body: 'form',
    optionalBody: true,
    responses: {
      200: { description: 'An HTML page', body: 'html' },
      404: err('NOT_FOUND'),
      409: err('PAYMENT_NOT_ALLOWED'),
      ...common,
    },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    operationId: 'getOpenApi',
    summary: 'This document',
    tag: 'meta',
    auth: 'none',
    responses: { 200: { description: 'The OpenAPI 3.1 document', body: 'any' } },
  },
  {
    method: 'get',
    path: '/healthz',
    operationId: 'health',
    summary: 'Liveness and database check',
    tag: 'meta',
    auth: 'none',
    responses: {
      200: { description: 'Healthy', body: 'Health' },
      503: err('SERVICE_UNAVAILABLE: the database does not answer'),
    },
  },
];
