import type { SessionState } from '../state/session-state.ts';
import type { ParseResult } from '../understand/parse-result.ts';

type SlotKey = keyof SessionState['slots'];

/**
 * The message gives the last checkout details that were missing, so every detail needed to place the
 * order is known (delivery or pickup, the address for delivery, name, phone, payment), and there is
 * something to order: "two samosas for delivery to 12 Elm Street, I'm Sam, 555-0100, paying cash".
 * That is a checkout, even without the word. False while checkout is already running.
 */
export function completesCheckout(parse: ParseResult, state: SessionState): boolean {
  const inCheckout = state.frames.some((f) => f.kind === 'order' && f.slots.checkout === true);
  if (inCheckout) return false;
  const ordering = state.cartItems.length > 0 || parse.lines.some((l) => (l.action ?? 'add') === 'add');
  if (!ordering) return false;
  const after: Partial<Record<SlotKey, string>> = { ...state.slots, ...parse.slots };
  const required: SlotKey[] = ['fulfillment', 'name', 'phone', 'paymentMethod'];
  if (after.fulfillment === 'delivery') required.push('address');
  return required.some((s) => state.slots[s] === undefined) && required.every((s) => after[s] !== undefined);
}
