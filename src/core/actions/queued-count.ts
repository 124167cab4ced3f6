import type { CartLine } from '../../contract/backend-api.ts';
import type { CommandOf } from '../commands/command.ts';
import { log, say, type TurnContext } from '../dialog/turn-context.ts';
import type { DraftLine } from '../state/session-state.ts';
import { currentCart, withinCaps } from './cart-actions.ts';

/**
 * "actually make that 2 coffees" while the coffee, not in the cart yet, waits behind another dish's
 * question (or on its own): the count of that dish's draft changes (`quantity`, or its count times
 * `scale`), within the caps of the cart, and the question asked stays on top, asked again at the end of
 * the turn. Only a change of count of a named dish none of the cart's lines holds (said as a swap, "make
 * that 2 coffees", too); resolves false (nothing done) otherwise, so the update goes on as usual.
 */
export async function recountQueued(ctx: TurnContext, cmd: CommandOf<'update_item'>): Promise<boolean> {
  // "make that 2 coffees" reads as a swap of the last dish for 2 coffees; with a coffee queued it is
  // that coffee's count
  const itemId = cmd.replaceWith ?? cmd.itemId;
  if (itemId === undefined || (cmd.quantity === undefined && cmd.scale === undefined)) return false;
  if (cmd.line || cmd.options?.length || cmd.without?.length || cmd.note || cmd.reask || cmd.variant)
    return false;
  const frame = ctx.state.frames.findLast(
    (f) => f.kind === 'choose_option' && (f.slots.draft as DraftLine | undefined)?.itemId === itemId,
  );
  if (!frame) return false;
  const lines: readonly CartLine[] = (await currentCart(ctx, { carried: true }))?.lines ?? [];
  if (lines.some((l) => l.itemId === itemId)) return false;
  const draft = frame.slots.draft as DraftLine;
  const quantity = cmd.quantity ?? draft.quantity * (cmd.scale as number);
  if (withinCaps(ctx, draft.name, quantity, lines, itemId)) {
    frame.slots.draft = { ...draft, quantity } satisfies DraftLine;
    say(ctx, 'pending_quantity', { name: draft.name, quantity });
    log(ctx, 'dialog.queued.recounted', { itemId, quantity });
  }
  ctx.flags.progressed = true;
  return true;
}
