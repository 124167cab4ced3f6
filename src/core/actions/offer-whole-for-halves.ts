import { choiceName } from '../../domain/choice-name.ts';
import type { CommandOf } from '../commands/command.ts';
import { pushFrame, topFrame } from '../dialog/frames.ts';
import { log, quickReplies, say, step, type TurnContext } from '../dialog/turn-context.ts';
import { joinList } from '../respond/phrases.ts';
import type { DraftLine } from '../state/session-state.ts';
import { newDraft } from './cart-actions.ts';

/**
 * "Half pepperoni, half mushroom": the menu format has no halves, so the kitchen cannot be asked for one
 * through the chat. Rather than silently making one dish with both, say so and offer the closest, as a
 * question: the dish with everything said on the whole of it, or, when the halves were two dishes ("half
 * chicken biryani, half goat"), the two dishes apart. A yes adds what was offered (`offer_item`, with
 * `also` for the second dish); nothing is added before it. Only the first halves line of a turn asks.
 */
export function offerWholeForHalves(ctx: TurnContext, cmd: CommandOf<'add_item'>): void {
  step(ctx, 'offer_whole_for_halves');
  const top = topFrame(ctx.state);
  if (top?.kind === 'offer_item' && top.slots.halves === true && top.slots.turn === ctx.state.turn) return;
  const menu = ctx.deps.venue.menu;
  const halves = ctx.commands.filter(
    (c): c is CommandOf<'add_item'> => c.type === 'add_item' && c.halves === true,
  );
  const lines = halves.length > 0 ? halves : [cmd];
  const drafts = lines.flatMap((c) => {
    const item = menu.items.find((i) => i.id === c.itemId);
    return item ? [newDraft(item, c.quantity, { options: c.options, without: c.without })] : [];
  });
  const [first, ...also] = drafts;
  if (!first) return;
  const separate = new Set(drafts.map((d) => d.itemId)).size > 1;
  const question = separate
    ? say(ctx, 'halves_offer_separate', { what: joinList(drafts.map((d) => described(ctx, d))) })
    : say(ctx, 'halves_offer', { what: described(ctx, first) });
  const frame = pushFrame(ctx, 'offer_item', 'ask', {
    draft: first,
    ...(separate ? { also } : {}),
    question,
    halves: true,
    turn: ctx.state.turn,
  });
  frame.asked = true;
  ctx.flags.asked = true;
  ctx.flags.pendingSet = true;
  ctx.state.pending = { kind: 'offer_item', itemId: first.itemId, question };
  quickReplies(ctx, ['Yes, please', 'No, thanks']);
  log(ctx, 'dialog.halves.offered', { itemId: first.itemId, separate });
}

/** "Large 14\" Pepperoni Pizza with Mushrooms": single choices (a size) before the name, the rest after. */
function described(ctx: TurnContext, draft: DraftLine): string {
  const groupOf = (id: string) => ctx.deps.venue.menu.optionGroups.find((g) => g.id === id);
  const nameOf = (o: { group: string; choice: string }) => choiceName(ctx.deps.venue.menu, o);
  const single = draft.options.filter((o) => groupOf(o.group)?.selection === 'single');
  const rest = draft.options.filter((o) => !single.includes(o)).map(nameOf);
  const named = [...single.map(nameOf), draft.name].join(' ');
  return rest.length > 0 ? `${named} with ${joinList(rest)}` : named;
}
