import type { Cart } from '../../contract/backend-api.ts';
import type { BotEvent } from '../../core/respond/bot-event.ts';
import { amountOf } from '../../core/respond/format-money.ts';
import type { SessionState } from '../../core/state/session-state.ts';
import type { Notification } from './notification.ts';

type CartEvent = Extract<BotEvent, { type: 'cart' }>;
export type CartView = Omit<CartEvent, 'type'>;

export interface OrderView {
  id: string;
  status: string;
  total: { amount: number; currency: string; formatted: string };
  paymentUrl?: string;
  paymentStatus?: string;
}

/** What GET /v1/sessions/{id} returns and replies carry as `session` (docs/api.md). */
export interface SessionView {
  sessionId: string;
  status: 'active' | 'ordered' | 'handed_off';
  turn: number;
  pending: SessionState['pending'];
  cart: CartView | null;
  order: OrderView | null;
  notifications: Notification[];
}

/** The backend's cart in the shape of the `cart` card. */
export function cartView(cart: Cart): CartView {
  const c = cart.totals.currency;
  return {
    cartId: cart.id,
    lines: cart.lines.map((line) => ({
      lineId: line.id,
      itemId: line.itemId,
      name: line.name,
      quantity: line.quantity,
      options: [
        ...line.options.map((o) => (o.qualifier ? `${o.qualifier} ${o.choiceName}` : o.choiceName)),
        ...line.without.map((w) => `no ${w.choiceName}`),
      ],
      lineTotal: amountOf(line.lineTotal, c),
    })),
    totals: {
      currency: c,
      subtotal: amountOf(cart.totals.subtotal, c),
      tax: amountOf(cart.totals.tax, c),
      deliveryFee: amountOf(cart.totals.deliveryFee, c),
      total: amountOf(cart.totals.total, c),
    },
  };
}

export function buildSessionView(
  state: SessionState,
  cart: CartView | null,
  latestOrderStatus: string | undefined,
  notifications: Notification[],
): SessionView {
  const order = state.order;
  return {
    sessionId: state.sessionId,
    status: state.handedOff ? 'handed_off' : order ? 'ordered' : 'active',
    turn: state.turn,
    pending: state.pending,
    cart,
    order: order
      ? {
          id: order.id,
          status: latestOrderStatus ?? order.status,
          total: amountOf(order.total, order.currency),
          ...(order.paymentUrl ? { paymentUrl: order.paymentUrl } : {}),
          ...(order.paymentStatus ? { paymentStatus: order.paymentStatus } : {}),
        }
      : null,
    notifications,
  };
}

/** The `data-session` part's payload: the view without the notifications (sent as their own parts). */
export function sessionSummary(view: SessionView): Omit<SessionView, 'notifications'> {
  const { notifications: _n, ...rest } = view;
  return rest;
}
