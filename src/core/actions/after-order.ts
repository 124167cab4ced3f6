import type { CancelRefusal, Cart, Order } from '../../contract/backend-api.ts';
import { popFrame, pushFrame, topFrame } from '../dialog/frames.ts';
import { card, log, say, step, type TurnContext } from '../dialog/turn-context.ts';
import { cartCard, describeLine, lineOptionLabels } from '../respond/cards.ts';
import { formatMoney } from '../respond/format-money.ts';
import { orderReference } from '../respond/order-reference.ts';
import { joinList } from '../respond/phrases.ts';
import type { Frame } from '../state/session-state.ts';
import { placedOrder } from './knowledge-actions.ts';
import { offerTeam } from './offer-team.ts';

/**
 * After the order is placed: "what did I order?" recaps it from the backend (lines, total, status),
 * and "cancel my order" asks "Cancel order X?" (a `confirm_cancel` frame carrying the order id), then
 * cancels through the backend, which applies the venue's policy (window and statuses). A refusal is
 * explained with the policy and the team's contact route.
 */

const statusText = (status: string) => status.replaceAll('_', ' ');

/** The order as a cart card (its lines and totals as placed). */
function orderCard(order: Order) {
  const asCart: Cart = {
    id: order.cartId,
    fulfillment: order.fulfillment,
    lines: order.lines,
    totals: order.totals,
    orderId: order.id,
  };
  return cartCard(asCart);
}

/** Recaps the order placed in this chat, read from the backend (its status is refreshed). */
export async function recapOrder(ctx: TurnContext): Promise<void> {
  step(ctx, 'recap_order');
  ctx.flags.digressed = true;
  const order = await placedOrder(ctx);
  if (!order) return;
  say(ctx, 'order_recap', {
    order: orderReference(order.id),
    status: statusText(order.status),
    lines: joinList(order.lines.map((l) => describeLine(l, lineOptionLabels(l)))),
    total: formatMoney(order.totals.total, order.totals.currency),
  });
  card(ctx, orderCard(order));
  log(ctx, 'dialog.order.recapped', { orderId: order.id });
}

/** "cancel my order" with no order in progress: ask to cancel the placed one (or say why not). */
export async function requestOrderCancel(ctx: TurnContext): Promise<void> {
  step(ctx, 'request_order_cancel');
  const { state } = ctx;
  ctx.flags.answered = true;
  if (!state.order) {
    state.frames = [];
    say(ctx, 'nothing_to_cancel');
    ctx.flags.asked = true;
    return;
  }
  const top = topFrame(state);
  if (top?.kind === 'confirm_cancel' && top.slots.orderId === state.order.id) {
    top.asked = false; // asked again below
    return;
  }
  const order = await ctx.deps.backend.getOrder(state.customerId, state.order.id);
  state.order.status = order.status;
  if (order.status === 'cancelled') {
    say(ctx, 'order_already_cancelled', { order: orderReference(order.id) });
    ctx.flags.asked = true;
    return;
  }
  pushFrame(ctx, 'confirm_cancel', 'ask', {
    orderId: order.id,
    total: formatMoney(order.totals.total, order.totals.currency),
  });
}

/** The question of a `confirm_cancel` frame about a placed order, or undefined for the cart's. */
export function orderCancelQuestion(frame: Frame): { order: string; total: string } | undefined {
  const order = frame.slots.orderId;
  return typeof order === 'string'
    ? { order: orderReference(order), total: String(frame.slots.total ?? '') }
    : undefined;
}

/** "yes" to "Cancel order X?": the backend cancels it, or refuses by the venue's policy. */
export async function cancelPlacedOrder(ctx: TurnContext, frame: Frame): Promise<void> {
  step(ctx, 'cancel_order');
  const { state, deps } = ctx;
  popFrame(state, frame);
  ctx.flags.asked = true;
  const orderId = frame.slots.orderId as string;
  const result = await deps.backend.cancelOrder(state.customerId, orderId);
  if (result.ok) {
    if (state.order?.id === orderId) {
      state.order.status = result.order.status;
      delete state.order.paymentUrl;
    }
    say(ctx, 'order_cancelled', { order: orderReference(orderId) });
    if (result.order.paymentMethod !== 'cash') say(ctx, 'refund_paid');
    log(ctx, 'dialog.order.cancelled', { orderId });
    return;
  }
  if (state.order?.id === orderId) state.order.status = result.refusal.orderStatus;
  explainRefusal(ctx, result.refusal);
  log(ctx, 'dialog.order.cancel_refused', { orderId, reason: result.refusal.reason });
}

/** "no" to "Cancel order X?". */
export function keepPlacedOrder(ctx: TurnContext, frame: Frame): void {
  popFrame(ctx.state, frame);
  say(ctx, 'order_cancel_kept', { order: orderReference(String(frame.slots.orderId)) });
  ctx.flags.asked = true;
}

function explainRefusal(ctx: TurnContext, refusal: CancelRefusal): void {
  const order = orderReference(refusal.orderId);
  if (refusal.windowMinutes === 0 || refusal.cancellableStatuses.length === 0) {
    say(ctx, 'order_cancel_off');
  } else if (refusal.reason === 'status') {
    say(ctx, 'order_cancel_refused_status', {
      order,
      status: statusText(refusal.orderStatus),
      statuses: joinList(refusal.cancellableStatuses.map(statusText), 'or'),
      minutes: refusal.windowMinutes,
    });
  } else {
    say(ctx, 'order_cancel_refused_window', { order, minutes: refusal.windowMinutes });
  }
  offerTeam(ctx);
}
