import type { BotEvent, CartCardLine, TotalsCard } from '../../core/respond/bot-event.ts';

/**
 * The shapes the page reads off the wire (docs/api.md), with small hand-written guards: the server
 * validates everything it sends with zod; the page only refuses what it could not render, so that a
 * malformed part is skipped instead of breaking the chat (and zod stays out of the browser bundle).
 */
export type { BotEvent, CartCardLine, TotalsCard };
export type CardEvent = Exclude<BotEvent, { type: 'text' }>;

export interface Money {
  amount: number;
  currency: string;
  formatted: string;
}

export interface Notification {
  id: string;
  type: string;
  orderId: string;
  status: string;
  text: string;
  createdAt: string;
}

export interface CartSummary {
  cartId: string;
  lines: CartCardLine[];
  totals: TotalsCard;
}

export interface OrderSummary {
  id: string;
  status: string;
  total: Money;
  paymentUrl?: string;
  paymentStatus?: string;
}

/** `GET /v1/sessions/{id}` and the `data-session` part (which has no `notifications`). */
export interface SessionView {
  sessionId?: string;
  status: 'active' | 'ordered' | 'handed_off' | string;
  turn?: number;
  pending: { question?: string } | null;
  cart: CartSummary | null;
  order: OrderSummary | null;
  notifications?: Notification[];
}

export interface SessionCredentials {
  sessionId: string;
  token: string;
}

const CARD_TYPES = new Set([
  'item_list',
  'cart',
  'order_summary',
  'payment_link',
  'quick_replies',
  'sources',
  'handoff',
]);

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const isMoney = (v: unknown): v is Money =>
  isRecord(v) && typeof v.amount === 'number' && typeof v.formatted === 'string';

/** A card event the page can render, or null. */
export function asCardEvent(value: unknown): CardEvent | null {
  if (!isRecord(value) || typeof value.type !== 'string' || !CARD_TYPES.has(value.type)) return null;
  switch (value.type) {
    case 'item_list':
      return Array.isArray(value.items) ? (value as CardEvent) : null;
    case 'cart':
    case 'order_summary':
      return Array.isArray(value.lines) && isRecord(value.totals) ? (value as CardEvent) : null;
    case 'payment_link':
      return typeof value.url === 'string' && isMoney(value.amount) ? (value as CardEvent) : null;
    case 'quick_replies':
      return Array.isArray(value.replies) && value.replies.every((r) => typeof r === 'string')
        ? (value as CardEvent)
        : null;
    case 'handoff':
      return typeof value.reason === 'string' ? (value as CardEvent) : null;
    case 'sources':
      return Array.isArray(value.sources) ? (value as CardEvent) : null;
    default:
      return null;
  }
}

export function asNotification(value: unknown): Notification | null {
  if (!isRecord(value)) return null;
  const { id, text, status, orderId } = value;
  if (typeof id !== 'string' || typeof text !== 'string') return null;
  return {
    id,
    text,
    type: typeof value.type === 'string' ? value.type : 'order_status',
    status: typeof status === 'string' ? status : '',
    orderId: typeof orderId === 'string' ? orderId : '',
    createdAt: typeof value.createdAt === 'string' ? value.createdAt : new Date().toISOString(),
  };
}

export function asSessionView(value: unknown): SessionView | null {
  if (!isRecord(value) || typeof value.status !== 'string') return null;
  const cart =
    isRecord(value.cart) && Array.isArray(value.cart.lines) ? (value.cart as unknown as CartSummary) : null;
  const order =
    isRecord(value.order) && typeof value.order.id === 'string' && isMoney(value.order.total)
      ? (value.order as unknown as OrderSummary)
      : null;
  const notifications = Array.isArray(value.notifications)
    ? value.notifications.map(asNotification).filter((n): n is Notification => n !== null)
    : [];
  return {
    ...(typeof value.sessionId === 'string' ? { sessionId: value.sessionId } : {}),
    status: value.status,
    pending: isRecord(value.pending) ? (value.pending as SessionView['pending']) : null,
    cart,
    order,
    notifications,
  };
}
