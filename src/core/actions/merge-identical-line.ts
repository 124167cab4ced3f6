import type { Cart, CartLine } from '../../contract/backend-api.ts';
import { rememberCart, type TurnContext } from '../dialog/turn-context.ts';

const optionKey = (o: CartLine['options'][number]) =>
  `${o.group}/${o.choice}/${o.quantity}/${o.qualifier ?? ''}`;
const withoutKey = (w: CartLine['without'][number]) => `${w.group}/${w.choice}/${w.qualifier ?? ''}`;
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');

/**
 * Two cart lines hold the same dish made the same way: the same item, the same options (each with its
 * quantity and qualifier), the same removals and the same kitchen note.
 */
export function identicalLines(a: CartLine, b: CartLine): boolean {
  return (
    a.itemId === b.itemId &&
    (a.notes ?? '') === (b.notes ?? '') &&
    sameSet(a.options.map(optionKey), b.options.map(optionKey)) &&
    sameSet(a.without.map(withoutKey), b.without.map(withoutKey))
  );
}

/**
 * After an addition ("another 2 samosas", the same dish ordered again): when an older line of `after` is
 * identical to the new `line`, the new line is folded into it (removed, and the older line's quantity
 * raised by its quantity) and the merged line is returned with the cart. The caps were checked on the
 * item's total before, so merging changes no total. Undefined when no older line is identical.
 */
export async function mergeIntoTwin(
  ctx: TurnContext,
  cartId: string,
  line: CartLine,
  after: Cart,
): Promise<{ line: CartLine; cart: Cart } | undefined> {
  const twin = after.lines.find((l) => l.id !== line.id && identicalLines(l, line));
  if (!twin) return undefined;
  const { backend } = ctx.deps;
  const customerId = ctx.state.customerId;
  rememberCart(ctx, await backend.removeLine(customerId, cartId, line.id));
  const cart = rememberCart(
    ctx,
    await backend.updateLine(customerId, cartId, twin.id, { quantity: twin.quantity + line.quantity }),
  );
  const merged = cart.lines.find((l) => l.id === twin.id);
  return merged ? { line: merged, cart } : undefined;
}
