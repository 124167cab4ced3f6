import type { CommandOf } from '../commands/command.ts';
import { pushFrame, topFrame } from '../dialog/frames.ts';
import { log, quickReplies, say, step, type TurnContext } from '../dialog/turn-context.ts';
import { joinList } from '../respond/phrases.ts';
import { newDraft } from './cart-actions.ts';

/**
 * "Half pepperoni, half mushroom": the menu format has no halves, so the kitchen cannot be asked for one
 * through the chat. Rather than silently making a whole pizza with both, say so and offer the closest,
 * as a question: the dish with everything said on the whole of it (a yes adds it), or two dishes (the
 * customer says which). Nothing is added before the answer. Only the first such line of a message asks.
 */
export function offerWholeForHalves(ctx: TurnContext, cmd: CommandOf<'add_item'>): void {
  step(ctx, 'offer_whole_for_halves');
  const top = topFrame(ctx.state);
  if (top?.kind === 'offer_item' && top.slots.halves === true && top.asked) return;
  const item = ctx.deps.venue.menu.items.find((i) => i.id === cmd.itemId);
  if (!item) return;
  const groupOf = (id: string) => ctx.deps.venue.menu.optionGroups.find((g) => g.id === id);
  const choiceName = (group: string, choice: string) =>
    groupOf(group)?.choices.find((c) => c.id === choice)?.name ?? choice;
  // "Large 14\" Pepperoni Pizza with Mushrooms": single choices (a size) before the name, the rest after
  const single = cmd.options.filter((o) => groupOf(o.group)?.selection === 'single');
  const toppings = cmd.options.filter((o) => !single.includes(o)).map((o) => choiceName(o.group, o.choice));
  const named = [...single.map((o) => choiceName(o.group, o.choice)), item.name].join(' ');
  const what = toppings.length > 0 ? `${named} with ${joinList(toppings)}` : named;
  const question = say(ctx, 'halves_offer', { what });
  const frame = pushFrame(ctx, 'offer_item', 'ask', {
    draft: newDraft(item, cmd.quantity, { options: cmd.options, without: cmd.without }),
    question,
    halves: true,
  });
  frame.asked = true;
  ctx.flags.asked = true;
  ctx.flags.pendingSet = true;
  ctx.state.pending = { kind: 'offer_item', itemId: item.id, question };
  quickReplies(ctx, ['Yes, on the whole', 'No, thanks']);
  log(ctx, 'dialog.halves.offered', { itemId: item.id });
}
