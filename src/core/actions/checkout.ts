import type { CommandSlot } from '../commands/command.ts';
import { ensureOrderFrame, orderFrame, popFrame, pushFrame, topFrame } from '../dialog/frames.ts';
import { askSummaryChange } from '../dialog/summary-change.ts';
import {
  act,
  currency,
  forgetCart,
  log,
  quickReplies,
  rememberCart,
  say,
  step,
  type TurnContext,
} from '../dialog/turn-context.ts';
import { decidePlacement, type PlacementVerdict, summaryFingerprint } from '../dialog/unambiguous-yes.ts';
import { type AddressZoneVerdict, addressZoneVerdict } from '../facts/delivery-zones.ts';
import { toPlainText } from '../normalize/plain-text.ts';
import { formatMoney } from '../respond/format-money.ts';
import { joinList } from '../respond/phrases.ts';
import { parsePhoneNumber, phoneCountry } from '../understand/phone-number.ts';
import { currentCart } from './cart-actions.ts';
import { displayName } from './display-name.ts';
import { keepRequestedTime, recheckRequestedTime, requestedTimeShown } from './keep-requested-time.ts';

const FIXABLE = new Set([
  'BELOW_DELIVERY_MINIMUM',
  'FULFILLMENT_UNAVAILABLE',
  'PAYMENT_METHOD_UNAVAILABLE',
  'CART_EMPTY',
]);
const SLOT_LABEL: Record<CommandSlot, string> = {
  fulfillment: 'order type',
  address: 'address',
  name: 'name',
  phone: 'phone number',
  paymentMethod: 'payment method',
  notes: 'notes',
  when: 'time',
};

export function paymentMethodsText(ctx: TurnContext): string {
  return joinList(
    ctx.deps.venue.menu.venue.paymentMethods.map((m) => (m === 'upi' ? 'UPI' : m)),
    'or',
  );
}

/** "checkout", "that's all": starts the checkout steps, or says the cart is empty. */
export async function startCheckout(ctx: TurnContext): Promise<void> {
  step(ctx, 'start_checkout');
  // only whether it holds anything: the cart an earlier turn got back will do (the summary reads it)
  const cart = await currentCart(ctx, { carried: true });
  // "a latte for pickup, I'm Sam, ...": the latte waits on its size; checkout follows once it is added
  const waiting = topFrame(ctx.state)?.kind === 'choose_option';
  if ((!cart || cart.lines.length === 0) && !waiting) {
    say(ctx, 'cart_empty');
    ctx.flags.asked = true;
    return;
  }
  const frame = ensureOrderFrame(ctx);
  frame.slots.checkout = true;
  ctx.flags.answered = true;
  const v = ctx.deps.venue.menu.venue;
  const { slots } = ctx.state;
  if (slots.fulfillment === undefined) {
    if (!v.pickup && v.delivery.available) await setSlot(ctx, 'fulfillment', 'delivery', false);
    else if (v.pickup && !v.delivery.available) await setSlot(ctx, 'fulfillment', 'pickup', false);
  }
  // every required detail already given: straight to the summary, the optional questions not asked
  const required = slots.fulfillment && slots.name && slots.phone && slots.paymentMethod;
  if (required && (slots.fulfillment === 'pickup' || slots.address) && slots.notes === undefined)
    if (!ctx.state.skipped.includes('notes')) ctx.state.skipped.push('notes');
  log(ctx, 'dialog.checkout.started');
}

/**
 * "hmm change the address", "can I change the name": the order's checkout asks that detail again (its
 * value stays until a new one is given, so the summary never shows a detail the customer did not say).
 */
export function reopenSlot(ctx: TurnContext, slot: CommandSlot): void {
  step(ctx, `reopen_slot.${slot}`);
  const frame = orderFrame(ctx.state);
  if (!frame) return;
  frame.slots.checkout = true;
  frame.slots.reopen = slot;
  ctx.flags.answered = true;
  ctx.flags.progressed = true;
  log(ctx, 'dialog.slot.reopened', { slot });
}

/**
 * Fills (or corrects) a checkout slot after checking the value, whoever proposed it: the venue's
 * fulfillment options and payment methods, the phone number (libphonenumber-js, for the venue's
 * country; stored formatted), an address's length. Names, addresses and notes are stored as plain text
 * (markup stripped). Returns false when the value is refused (the customer is told why).
 */
export async function setSlot(
  ctx: TurnContext,
  slot: CommandSlot,
  raw: string,
  correcting: boolean,
): Promise<boolean> {
  step(ctx, `set_slot.${slot}`);
  const { state, deps } = ctx;
  const venue = deps.venue.menu.venue;
  let value = slot === 'name' || slot === 'address' || slot === 'notes' ? toPlainText(raw) : raw.trim();
  const pending = ctx.pendingAtStart?.slot;
  // delivery chosen below the venue's minimum: said as a note after the choice is acknowledged, so that
  // the flow's next question (the address, "anything else?") is the reply's only question
  let belowMinimum: { min: string; subtotal: string } | undefined;
  switch (slot) {
    case 'fulfillment': {
      const ok = value === 'delivery' ? venue.delivery.available : value === 'pickup' ? venue.pickup : false;
      if (!ok) {
        say(ctx, 'bad_fulfillment', { value, question: '' });
        return false;
      }
      const before = state.slots.fulfillment;
      state.slots.fulfillment = value as 'delivery' | 'pickup';
      // "actually make it delivery" after a time was kept: delivery may run other hours than the venue
      if (before !== value) recheckRequestedTime(ctx);
      // with no order placed or attempted the session's cart cannot have become one: no read before the
      // write (its answer is the whole cart)
      const cartId = writesBlind(ctx) ? state.cartId : (await currentCart(ctx))?.id;
      if (cartId) {
        const after = rememberCart(
          ctx,
          await deps.backend.setFulfillment(state.customerId, cartId, state.slots.fulfillment),
        );
        const min = venue.delivery.minimumOrder;
        if (value === 'delivery' && min > 0 && after.totals.subtotal < min && after.lines.length > 0)
          belowMinimum = {
            min: formatMoney(min, currency(ctx)),
            subtotal: formatMoney(after.totals.subtotal, currency(ctx)),
          };
      }
      break;
    }
    case 'address':
      if (value.length < 5) {
        say(ctx, 'bad_address');
        return false;
      }
      {
        const zone = addressZoneVerdict(value, venue);
        if (zone.kind === 'outside') {
          outsideZones(ctx, zone);
          return false;
        }
      }
      state.slots.address = value.slice(0, 300);
      break;
    case 'phone': {
      const phone = parsePhoneNumber(value, phoneCountry(venue.country));
      if (!phone.ok) {
        say(ctx, 'bad_phone');
        log(ctx, 'dialog.slot.refused', { slot, digits: phone.digits.length });
        return false;
      }
      value = phone.value;
      state.slots.phone = value;
      break;
    }
    case 'paymentMethod':
      if (!(venue.paymentMethods as string[]).includes(value)) {
        say(ctx, 'bad_payment', { methods: paymentMethodsText(ctx) });
        return false;
      }
      state.slots.paymentMethod = value as 'card' | 'cash' | 'upi' | 'wallet';
      break;
    case 'name':
      if (value.length === 0) return false;
      state.slots.name = displayName(value.slice(0, 100));
      break;
    case 'notes':
      if (value.length === 0) return false;
      state.slots.notes = value.slice(0, 500);
      break;
    case 'when': {
      const kept = keepRequestedTime(ctx, value);
      if (kept === undefined) return false;
      value = kept;
      break;
    }
  }
  state.skipped = state.skipped.filter((s) => s !== slot);
  const order = orderFrame(state);
  if (order?.slots.reopen === slot) delete order.slots.reopen;
  ctx.flags.progressed = true;
  if (pending === slot) ctx.flags.answered = true;
  // a name is said back as it is kept (capitalised when typed in lower case)
  const shown = slot === 'name' ? (state.slots.name ?? value) : value;
  if (correcting) say(ctx, 'slot_corrected', { slot: SLOT_LABEL[slot], value: shown });
  // the time is always said back as it was understood ("today at 7:30 pm")
  else if (slot === 'when')
    say(ctx, 'slot_noted', { what: state.slots.when === 'asap' ? shown : `for ${shown}` });
  else if (pending !== slot) {
    if (slot === 'fulfillment' || slot === 'paymentMethod')
      say(ctx, 'slot_noted', { what: slot === 'fulfillment' ? value : `paying by ${value}` });
    else if (slot === 'name' || slot === 'phone' || slot === 'address')
      say(ctx, `noted_${slot}`, { value: shown });
    // a note said unasked ("ring the bell twice") is said back, as the summary will carry it
    else if (slot === 'notes') say(ctx, 'slot_noted', { what: `"${shown}" in your notes` });
  }
  if (belowMinimum) say(ctx, 'delivery_minimum_note', belowMinimum);
  log(ctx, correcting ? 'dialog.slot.corrected' : 'dialog.slot.filled', { slot });
  return true;
}

/**
 * An address the zones put outside the delivery area: says so with the area, offers pickup (when the
 * venue has it) or another address; the address is not kept, so no summary can carry it.
 */
function outsideZones(ctx: TurnContext, zone: Extract<AddressZoneVerdict, { kind: 'outside' }>): void {
  const pickup = ctx.deps.venue.menu.venue.pickup;
  say(ctx, pickup ? 'address_outside_zone' : 'address_outside_zone_no_pickup', {
    place: zone.place,
    area: zone.area,
  });
  if (pickup) quickReplies(ctx, ['Pickup']);
  log(ctx, 'dialog.slot.refused', { slot: 'address', reason: 'outside_zone' });
}

/**
 * A yes that did not pass the placement gate. A hedged yes is a no ("I haven't placed it. What would you
 * like to change?"); a yes to another question or to a summary that no longer matches shows the summary
 * again; a yes that came with other requests lets them run, then the summary is asked again.
 */
function notPlaced(ctx: TurnContext, reason: Exclude<PlacementVerdict, { place: true }>['reason']): void {
  log(ctx, 'dialog.order.not_placed', { reason });
  ctx.flags.answered = true;
  if (reason === 'hedged') askSummaryChange(ctx);
  else if (reason !== 'other_request') say(ctx, 'not_placed_yet');
}

/**
 * Places the order, only when `decidePlacement` agrees (a clear yes to the summary of exactly this cart
 * and these details), then offers the payment link.
 */
export async function placeOrder(ctx: TurnContext): Promise<void> {
  step(ctx, 'place_order');
  const { state, deps } = ctx;
  const { slots } = state;
  const cart = await currentCart(ctx);
  const frame = orderFrame(state);
  if (!cart || cart.lines.length === 0 || !frame) {
    say(ctx, 'cart_empty');
    ctx.flags.asked = true;
    return;
  }
  if (!slots.fulfillment || !slots.name || !slots.phone || !slots.paymentMethod) return;
  if (slots.fulfillment === 'delivery' && !slots.address) return;
  if (slots.fulfillment === 'delivery') {
    const zone = addressZoneVerdict(slots.address!, deps.venue.menu.venue);
    if (zone.kind === 'outside') {
      delete slots.address;
      return outsideZones(ctx, zone);
    }
  }
  // a requested time that has gone by while the customer was deciding is asked again, never sent
  if (slots.when && slots.when !== 'asap' && Date.parse(slots.when) < deps.clock.now().getTime()) {
    const shown = requestedTimeShown(ctx);
    delete slots.when;
    frame.slots.askWhen = true;
    say(ctx, 'when_past', { time: shown });
    log(ctx, 'dialog.slot.refused', { slot: 'when', reason: 'past' });
    return;
  }
  const verdict = decidePlacement({
    pending: ctx.pendingAtStart,
    fingerprint: summaryFingerprint(cart, slots),
    text: ctx.message,
    others: ctx.commands,
  });
  if (!verdict.place) return notPlaced(ctx, verdict.reason);
  state.idempotencyKey ??= deps.ids.next('idem');
  const result = await deps.backend.placeOrder(
    state.customerId,
    {
      cartId: cart.id,
      fulfillment:
        slots.fulfillment === 'delivery' ? { type: 'delivery', address: slots.address! } : { type: 'pickup' },
      customer: { name: slots.name, phone: slots.phone },
      paymentMethod: slots.paymentMethod,
      ...(slots.notes ? { notes: slots.notes } : {}),
      // a scheduled time goes with the order; "as soon as possible" is the contract's default
      ...(slots.when && slots.when !== 'asap' ? { requestedTime: slots.when } : {}),
    },
    state.idempotencyKey,
  );
  ctx.flags.answered = true;
  // the cart became an order (or the refusal may reflect a change elsewhere): read it again if needed
  forgetCart(ctx);
  if (!result.ok) {
    state.idempotencyKey = undefined;
    if (result.reason === 'out_of_stock') {
      const list = result.shortages.map((s) =>
        s.available > 0 ? `only ${s.available} × ${s.name} left` : `${s.name} is sold out`,
      );
      say(ctx, 'out_of_stock_order', { list: joinList(list) });
      quickReplies(
        ctx,
        result.shortages.map((s) => `Remove ${s.name}`),
      );
      ctx.flags.asked = true;
      log(ctx, 'dialog.order.out_of_stock', { lines: result.shortages.length });
      return;
    }
    if (FIXABLE.has(result.code)) {
      // the customer can fix these (add items, switch to pickup, pay another way)
      say(ctx, 'order_refused_fixable', { message: result.message.replace(/\.$/, '') });
      ctx.flags.asked = true;
      log(ctx, 'dialog.order.rejected', { code: result.code });
      return;
    }
    say(ctx, 'order_rejected', { message: result.message });
    pushFrame(ctx, 'offer_handoff', 'ask', { reason: `order rejected: ${result.code}` });
    log(ctx, 'dialog.order.rejected', { code: result.code });
    return;
  }
  const { order } = result;
  ctx.orderedCartId = cart.id;
  ctx.items = undefined; // the order took stock: a later use of an item this turn reads it again
  state.order = {
    id: order.id,
    status: order.status,
    total: order.totals.total,
    currency: order.totals.currency,
  };
  state.idempotencyKey = undefined;
  state.lastLineId = undefined;
  popFrame(state, frame);
  delete state.slots.notes;
  log(ctx, 'dialog.order.placed', { orderId: order.id });
  const { total } = order.totals;
  if (slots.paymentMethod === 'cash') {
    act(ctx, {
      type: 'order_placed',
      orderId: order.id,
      total,
      currency: order.totals.currency,
      payment: { kind: 'cash', when: slots.fulfillment === 'delivery' ? 'delivery' : 'pickup' },
    });
  } else {
    const link = await deps.backend.requestPayment(state.customerId, order.id);
    state.order.paymentUrl = link.url;
    state.order.paymentStatus = link.status;
    act(ctx, {
      type: 'order_placed',
      orderId: order.id,
      total,
      currency: order.totals.currency,
      payment: {
        kind: 'link',
        url: link.url,
        amount: link.amount,
        currency: link.currency,
        status: link.status,
      },
    });
  }
  ctx.flags.asked = true;
}

/**
 * True when a change to the session's cart needs no read first: it has one, the turn holds no copy,
 * and no order was placed or attempted (so the cart cannot have become an order).
 */
function writesBlind(ctx: TurnContext): boolean {
  const { state } = ctx;
  return (
    state.cartId !== null &&
    state.order === undefined &&
    state.idempotencyKey === undefined &&
    ctx.cart === undefined
  );
}
