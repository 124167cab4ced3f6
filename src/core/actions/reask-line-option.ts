import type { CartLine } from '../../contract/backend-api.ts';
import { pushFrame } from '../dialog/frames.ts';
import { log, type TurnContext } from '../dialog/turn-context.ts';
import { newDraft } from './cart-actions.ts';

/** The first of `groups` (option group ids) the cart line's dish has, or undefined. */
export function reaskedGroupOf(
  ctx: TurnContext,
  line: CartLine,
  groups: readonly string[],
): string | undefined {
  const item = ctx.deps.venue.menu.items.find((i) => i.id === line.itemId);
  return item?.optionGroups.find((g) => groups.includes(g));
}

/**
 * "change the crust" for a cart line: the line's option group (the first of `groups` its dish has) is
 * asked again, as for a new dish: a `choose_option` question over a draft of the line without that
 * group's picks, which replaces the line once answered (its other picks, removals, note and count kept).
 * Until then the line stays as it was, so "never mind" leaves it untouched. False when the dish has none
 * of the groups. With `only` (choice ids of a group of several picks, "different sauce" among the
 * Toppings), only those choices are offered and only the line's picks among them are dropped: its
 * other picks of the group stay.
 */
export function reaskLineOption(
  ctx: TurnContext,
  line: CartLine,
  groups: readonly string[],
  only?: readonly string[],
): boolean {
  const item = ctx.deps.venue.menu.items.find((i) => i.id === line.itemId);
  const group = reaskedGroupOf(ctx, line, groups);
  if (!item || !group) return false;
  const offered = only && only.length >= 2 ? new Set(only) : undefined;
  const draft = newDraft(item, line.quantity, {
    options: line.options
      .filter((o) => o.group !== group || (offered !== undefined && !offered.has(o.choice)))
      .map((o) => ({
        group: o.group,
        choice: o.choice,
        quantity: o.quantity,
        ...(o.qualifier ? { qualifier: o.qualifier } : {}),
      })),
    without: line.without.map((w) => ({ group: w.group, choice: w.choice })),
    checked: { quantity: true, diet: true },
    replacesLineId: line.id,
    ...(line.notes ? { note: line.notes } : {}),
  });
  ctx.state.focusItemId = line.itemId;
  pushFrame(ctx, 'choose_option', 'ask', { draft, group, ...(offered ? { only: [...offered] } : {}) });
  log(ctx, 'dialog.cart.option_reasked', { itemId: line.itemId, group });
  return true;
}
