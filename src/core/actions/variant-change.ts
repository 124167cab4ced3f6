import type { Cart, CartLine } from '../../contract/backend-api.ts';
import type { CommandOf } from '../commands/command.ts';
import { log, say, step, type TurnContext } from '../dialog/turn-context.ts';
import { choiceNamed, variantOf } from '../understand/variant-modifiers.ts';
import { currentCart } from './cart-actions.ts';
import { updateItem } from './edit-cart.ts';
import { resolveLineRef } from './resolve-line-ref.ts';

/**
 * "make it iced", "make the latte iced", "make one of them diet" (`update_item` with `variant`): the
 * cart line meant (the dish named, else the line pointed at, else the line last touched) becomes the
 * menu item that is its dish with the modifier (Iced Latte for a latte), keeping its count and the
 * options the variant takes; with no such item, the line's option of that name is set ("iced" on a latte
 * with a Hot-or-iced choice); with neither, the bot says there is no such version and changes nothing.
 */
export async function changeToVariant(ctx: TurnContext, cmd: CommandOf<'update_item'>): Promise<void> {
  step(ctx, 'change_to_variant');
  const modifier = cmd.variant as string;
  const cart = await currentCart(ctx);
  const line = cart ? targetLine(ctx, cart, cmd) : undefined;
  if (!cart || !line) {
    say(ctx, cart && cart.lines.length > 0 ? 'not_understood' : 'cart_empty');
    return;
  }
  const { menu } = ctx.deps.venue;
  const { variant: _said, itemId: _named, ...rest } = cmd;
  const ref = { has: [], lineId: line.id, ...(cmd.line?.one ? { one: true as const } : {}) };
  const variant = variantOf(menu, line.itemId, modifier);
  if (variant) {
    log(ctx, 'dialog.cart.variant_swapped', { itemId: line.itemId, variant });
    return updateItem(ctx, { ...rest, replaceWith: variant, line: ref });
  }
  const groups = menu.items.find((i) => i.id === line.itemId)?.optionGroups ?? [];
  const choice = choiceNamed(menu, groups, modifier);
  if (choice) return updateItem(ctx, { ...rest, options: [{ ...choice, quantity: 1 }], line: ref });
  say(ctx, 'no_variant', { name: line.name, variant: modifier });
  log(ctx, 'dialog.cart.variant_missing', { itemId: line.itemId });
}

/** The line a variant request means: the named dish's (last) line, the line pointed at, the one last touched. */
function targetLine(ctx: TurnContext, cart: Cart, cmd: CommandOf<'update_item'>): CartLine | undefined {
  const { lines } = cart;
  if (cmd.itemId)
    return (
      lines.find((l) => l.id === ctx.state.lastLineId && l.itemId === cmd.itemId) ??
      lines.findLast((l) => l.itemId === cmd.itemId)
    );
  if (cmd.line) {
    const target = resolveLineRef(ctx, cart, { line: cmd.line });
    if (target.kind === 'lines') return target.lines[0];
  }
  return lines.find((l) => l.id === ctx.state.lastLineId) ?? (lines.length === 1 ? lines[0] : undefined);
}
