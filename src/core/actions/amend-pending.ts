import { choiceName } from '../../domain/choice-name.ts';
import type { CommandOf } from '../commands/command.ts';
import { log, say, type TurnContext } from '../dialog/turn-context.ts';
import { joinList } from '../respond/phrases.ts';
import type { DraftLine } from '../state/session-state.ts';
import { currentCart, withinCaps } from './cart-actions.ts';
import { removalNames, sortRemovals } from './missing-removals.ts';
import { sayRemovalNoted } from './say-removal-noted.ts';

/**
 * "no onions" while a new dish waits on its option question: the removals go on that dish (its draft,
 * not yet in the cart), the ones it does not come with are named as such, a preparation request ("well
 * done") becomes its kitchen note, a new count ("make it 2") its quantity, and the pending question is
 * asked again at the end of the turn (the frame stays on top; the turn counts as progress, so it is no
 * ignored question). Nothing happens when no such question is open (the processor refuses that first).
 */
export async function amendPending(ctx: TurnContext, cmd: CommandOf<'amend_pending'>): Promise<void> {
  const { state, deps } = ctx;
  const frame = state.frames.findLast((f) => f.kind === 'choose_option' && f.slots.group === cmd.group);
  if (!frame) return;
  const draft = frame.slots.draft as DraftLine;
  const menu = deps.venue.menu;
  if (cmd.pointed) {
    // "the cheapest" of two at one price, "the vegan one" of meats: said why, the question asked again
    const { heard, fits, unrated } = cmd.pointed;
    const group = menu.optionGroups.find((g) => g.id === cmd.group);
    const tied = (group?.choices ?? []).filter((c) => fits.includes(c.id)).map((c) => c.name);
    const key = unrated
      ? 'choice_pointer_unrated'
      : tied.length > 1
        ? 'choice_pointer_tie'
        : 'choice_pointer_none';
    say(ctx, key, { heard, name: draft.name, list: joinList(tied, 'and') });
    log(ctx, 'dialog.pending.choice_pointer', { itemId: draft.itemId, group: cmd.group, fits: fits.length });
    return;
  }
  if (cmd.notOffered) {
    // no progress: the question is asked again, and a choice not offered again counts as a re-prompt
    const group = menu.optionGroups.find((g) => g.id === cmd.group);
    const choices = (group?.choices ?? []).filter((c) => c.available).map((c) => c.name);
    const nearest = (group?.choices ?? []).filter((c) => cmd.nearest?.includes(c.id)).map((c) => c.name);
    say(ctx, nearest.length === 2 ? 'choice_nearest' : 'choice_not_offered', {
      heard: cmd.notOffered,
      name: draft.name,
      list: joinList(nearest.length === 2 ? nearest : choices, 'or'),
    });
    log(ctx, 'dialog.pending.choice_not_offered', { itemId: draft.itemId, group: cmd.group });
    if (
      cmd.without.length === 0 &&
      cmd.options.length === 0 &&
      !cmd.note &&
      cmd.quantity === undefined &&
      cmd.scale === undefined
    )
      return;
  }
  // "no onions" on a biryani made with onion but with no option for it: a kitchen note, said as such
  const {
    lacking,
    absent: missing,
    note: removalNote,
  } = sortRemovals(menu, draft.itemId, draft.options, cmd.without);
  const held = cmd.without.filter((w) => !lacking.some((m) => m.choice === w.choice && m.group === w.group));
  if (removalNote) {
    const current = frame.slots.draft as DraftLine;
    const note = [current.note, removalNote].filter(Boolean).join(', ');
    frame.slots.draft = { ...current, note } satisfies DraftLine;
    sayRemovalNoted(ctx, draft.name, removalNote);
  }
  const fresh = held.filter((w) => !draft.without.some((d) => d.choice === w.choice && d.group === w.group));
  if (fresh.length > 0) {
    const current = frame.slots.draft as DraftLine;
    frame.slots.draft = { ...current, without: [...current.without, ...fresh] } satisfies DraftLine;
    say(ctx, 'pending_without', { name: draft.name, what: removalNames(menu, fresh) });
  }
  if (missing.length > 0) say(ctx, 'not_on_dish', { name: draft.name, what: removalNames(menu, missing) });
  // "…and make it extra hot": a one-of group's choice replaces the draft's, others are added
  const groups = new Set(menu.items.find((i) => i.id === draft.itemId)?.optionGroups ?? []);
  const picks = cmd.options.filter((o) => groups.has(o.group) && o.group !== cmd.group);
  if (picks.length > 0) {
    const single = (g: string) => menu.optionGroups.find((x) => x.id === g)?.max === 1;
    const current = frame.slots.draft as DraftLine;
    const kept = current.options.filter(
      (o) => !picks.some((p) => p.group === o.group && (single(o.group) || p.choice === o.choice)),
    );
    frame.slots.draft = { ...current, options: [...kept, ...picks] } satisfies DraftLine;
    say(ctx, 'pending_options', {
      name: draft.name,
      what: picks.map((p) => choiceName(menu, p)).join(', '),
    });
  }
  if (cmd.note) {
    frame.slots.draft = { ...(frame.slots.draft as DraftLine), note: cmd.note } satisfies DraftLine;
    say(ctx, 'line_note', { name: draft.name, note: cmd.note });
  }
  // "double it", "triple that": the waiting dish's count multiplied, never past the caps of the cart
  const quantity =
    cmd.quantity ??
    (cmd.scale !== undefined ? (frame.slots.draft as DraftLine).quantity * cmd.scale : undefined);
  const fits =
    quantity === undefined ||
    cmd.scale === undefined ||
    withinCaps(
      ctx,
      draft.name,
      quantity,
      (await currentCart(ctx, { carried: true }))?.lines ?? [],
      draft.itemId,
    );
  if (quantity !== undefined && fits) {
    frame.slots.draft = { ...(frame.slots.draft as DraftLine), quantity } satisfies DraftLine;
    say(ctx, 'pending_quantity', { name: draft.name, quantity });
  }
  ctx.flags.progressed = true;
  log(ctx, 'dialog.pending.amended', {
    itemId: draft.itemId,
    removed: fresh.length,
    missing: missing.length,
  });
}
