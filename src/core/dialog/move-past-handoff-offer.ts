import type { Command } from '../commands/command.ts';
import { popFrame, topFrame } from './frames.ts';
import { log, type TurnContext } from './turn-context.ts';

/** Commands that carry the order on: with one of them, the customer has moved past an offer of a person. */
const ORDER_WORK = new Set<Command['type']>([
  'add_item',
  'update_item',
  'remove_item',
  'start_flow',
  'set_slot',
  'correct_slot',
  'choose_option',
  'set_quantity',
  'amend_pending',
]);

/**
 * "Ok, anyway add a coke" at "would you like a person's contact details?": the customer carries on with
 * the order, so the offer is dropped (neither taken nor declined aloud) and the order resumes where it
 * was: the counters that led to the offer start again, and the question that was pending before it is
 * asked again once the new request is handled. A yes, a no or a request for a person keep the offer.
 * True when the offer was dropped (the state changed).
 */
export function movePastHandoffOffer(ctx: TurnContext, commands: readonly Command[]): boolean {
  const top = topFrame(ctx.state);
  if (top?.kind !== 'offer_handoff') return false;
  if (commands.some((c) => c.type === 'confirm' || c.type === 'deny' || c.type === 'handoff')) return false;
  if (!commands.some((c) => ORDER_WORK.has(c.type))) return false;
  popFrame(ctx.state, top);
  ctx.state.counters.understandingFailures = 0;
  for (const f of ctx.state.frames) f.reprompts = 0;
  log(ctx, 'dialog.handoff.offer_passed');
  return true;
}
