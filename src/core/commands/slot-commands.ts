import type { SessionState } from '../state/session-state.ts';
import type { Positioned } from './answer-pending.ts';
import { COMMAND_AT } from './command-order.ts';
import { completesCheckout } from './completes-checkout.ts';
import { isOtherRequest, SKIP } from './dialog-cues.ts';
import type { CommandPart, GenerationContext } from './generation-context.ts';

/**
 * Checkout details said anywhere in the message (not as the answer to the pending question), and
 * checkout started when the message gives every detail still missing.
 */
export const slotCommands: CommandPart = (g) => {
  const { parse, state, text, has, primary, answers } = g;
  const out: Positioned[] = [];
  for (const [slot, value] of Object.entries(parse.slots)) {
    if (value === undefined || answers.slotsConsumed.has(slot) || SKIP.test(text)) continue;
    if (primary === 'faq' || primary === 'item_info' || primary === 'browse_menu') continue;
    // another domain's request that holds a detail's word ("pay off my credit card bill") sets nothing
    if (primary === 'out_of_scope') continue;
    const current = state.slots[slot as keyof SessionState['slots']];
    if (current === value) continue;
    out.push({
      cmd: { type: current === undefined ? 'set_slot' : 'correct_slot', slot: slot as 'name', value },
      pos: COMMAND_AT.slot,
    });
  }
  // "hmm change the address": a detail given before is asked again (a missing one is asked anyway)
  const reopen = parse.reopen;
  if (reopen && state.slots[reopen] !== undefined && out.length === 0 && !SKIP.test(text))
    out.push({ cmd: { type: 'reopen_slot', slot: reopen }, pos: COMMAND_AT.slot });
  // every checkout detail volunteered: on to the summary; details alone said while the cart waits
  // ("pickup", "I'll pay by card" at "anything else?"): on to the next detail missing
  if (!has('checkout') && (completesCheckout(parse, state) || givesDetailsOnly(g, out)))
    out.push({ cmd: { type: 'start_flow', flow: 'checkout' }, pos: COMMAND_AT.checkout });
  return out;
};

/**
 * The message gives checkout details and nothing else while items wait in the cart, no checkout runs
 * and no question but "anything else?" is pending: the customer is checking out, so the details are
 * kept and the next one missing is asked (never a dead end after "Noted: pickup").
 */
function givesDetailsOnly(g: GenerationContext, out: readonly Positioned[]): boolean {
  const { state, noOrderWords, primary } = g;
  if (!out.some((p) => p.cmd.type === 'set_slot' || p.cmd.type === 'correct_slot')) return false;
  if (state.cartItems.length === 0 || !noOrderWords || isOtherRequest(primary)) return false;
  if (state.pending && state.pending.kind !== 'items') return false;
  return !state.frames.some((f) => f.kind === 'order' && f.slots.checkout === true);
}

/** Longest notes the slot takes (`set_slot` value). */
const MAX_NOTES = 300;

/**
 * The delivery instruction said as a message of its own (`GenerationContext.deliveryNote`) as the
 * order's notes: added to notes already given ("ring the bell twice", then "leave it at the door"),
 * never repeated, and only while the whole fits the slot.
 */
export const deliveryNoteCommands: CommandPart = ({ deliveryNote, state }) => {
  if (!deliveryNote) return [];
  const current = state.slots.notes;
  if (current?.toLowerCase().includes(deliveryNote.toLowerCase())) return [];
  const joined = current ? `${current}; ${deliveryNote}` : deliveryNote;
  const value = joined.length <= MAX_NOTES ? joined : deliveryNote;
  return [
    {
      cmd: { type: current === undefined ? 'set_slot' : 'correct_slot', slot: 'notes', value },
      pos: COMMAND_AT.slot,
    },
  ];
};
