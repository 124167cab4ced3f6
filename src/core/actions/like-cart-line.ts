import type { CommandOf } from '../commands/command.ts';
import type { TurnContext } from '../dialog/turn-context.ts';
import type { DraftLine } from '../state/session-state.ts';
import { currentCart } from './cart-actions.ts';

/**
 * "a 2nd latte, same but with almond milk" (`add_item` with `same`): the addition made as the cart's
 * line of that item (the dish of that item waiting on its option question, else the line last touched,
 * else the latest), but for what is said: a single-choice group
 * said replaces the line's choice, a multi-choice group said adds to the line's choices, removals are the
 * line's plus those said. Returns the command unchanged when the cart holds no line of the item.
 */
export async function likeCartLine(
  ctx: TurnContext,
  cmd: CommandOf<'add_item'>,
): Promise<CommandOf<'add_item'>> {
  const waiting = ctx.state.frames
    .filter((f) => f.kind === 'choose_option')
    .map((f) => f.slots.draft as DraftLine | undefined)
    .findLast((d) => d?.itemId === cmd.itemId);
  const cart = waiting ? undefined : await currentCart(ctx);
  const lines = cart?.lines ?? [];
  const model =
    waiting ??
    lines.find((l) => l.id === ctx.state.lastLineId && l.itemId === cmd.itemId) ??
    lines.findLast((l) => l.itemId === cmd.itemId);
  if (!model) return cmd;
  const { optionGroups } = ctx.deps.venue.menu;
  const single = (group: string) => optionGroups.find((g) => g.id === group)?.selection !== 'multiple';
  const saidGroups = new Set(cmd.options.map((o) => o.group));
  const kept = model.options
    .filter((o) => !(saidGroups.has(o.group) && single(o.group)))
    .filter((o) => !cmd.options.some((x) => x.group === o.group && x.choice === o.choice))
    .filter((o) => !cmd.without.some((w) => w.group === o.group && w.choice === o.choice))
    .map((o) => ({ group: o.group, choice: o.choice, quantity: o.quantity }));
  const without = [
    ...model.without
      .filter((w) => !cmd.options.some((o) => o.group === w.group && o.choice === w.choice))
      .filter((w) => !cmd.without.some((x) => x.group === w.group && x.choice === w.choice))
      .map((w) => ({ group: w.group, choice: w.choice })),
    ...cmd.without,
  ];
  return { ...cmd, options: [...kept, ...cmd.options], without };
}
