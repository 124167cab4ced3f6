import type { Cart, CartLine } from '../../contract/backend-api.ts';
import type { LineRef } from '../commands/command.ts';
import type { TurnContext } from '../dialog/turn-context.ts';

/** What a line reference points at in the cart. */
export type LineTarget =
  /** These lines; `split`: one unit of the (single) line is meant, not the whole line. */
  | { kind: 'lines'; lines: CartLine[]; split: boolean }
  /** Several lines fit and nothing says which: ask, listing them. */
  | { kind: 'ask'; lines: CartLine[] }
  /** No line fits. */
  | { kind: 'none' };

/**
 * Resolves which cart line(s) a change or removal means (issue 7): the lines of the named item or
 * category (else every line `fits`), narrowed to those carrying every option in `ref.has`; then a
 * position among their units ("the second pizza": a line of 2 holds units 1 and 2), every one of them
 * ("both"), or the only one left. "One of them" means one unit of a line holding several. Several left
 * and no position, no "both": ask which, never guess.
 */
export function resolveLineRef(
  ctx: TurnContext,
  cart: Cart,
  target: { itemId?: string | undefined; category?: string | undefined; line: LineRef },
  fits: (line: CartLine) => boolean = () => true,
): LineTarget {
  const { line: ref } = target;
  const categoryOf = (itemId: string) => ctx.deps.venue.menu.items.find((i) => i.id === itemId)?.category;
  // the line in focus ("make it 3 pizzas") counts only when it is of the dish or category named: a
  // focus never carries a change to a line the customer did not name
  const named = (l: CartLine) =>
    target.itemId
      ? l.itemId === target.itemId
      : target.category
        ? categoryOf(l.itemId) === target.category
        : fits(l);
  let pool = cart.lines.filter((l) =>
    ref.lineId ? l.id === ref.lineId && (!(target.itemId || target.category) || named(l)) : named(l),
  );
  if (ref.has.length > 0)
    pool = pool.filter((l) => ref.has.every((c) => l.options.some((o) => o.choice === c)));
  if (pool.length === 0) return { kind: 'none' };
  if (ref.all) return { kind: 'lines', lines: pool, split: false };
  if (ref.ordinal !== undefined) {
    const units = pool.flatMap((l) => Array.from({ length: Math.max(1, l.quantity) }, () => l));
    const unit = ref.ordinal === -1 ? units.at(-1) : units[ref.ordinal - 1];
    if (!unit) return { kind: 'none' };
    return { kind: 'lines', lines: [unit], split: unit.quantity > 1 };
  }
  if (pool.length === 1) {
    const only = pool[0] as CartLine;
    return { kind: 'lines', lines: [only], split: ref.one === true && only.quantity > 1 };
  }
  if (ref.one) {
    // "one of them": the line of several units the customer was just talking about, or the only one
    const several = pool.filter((l) => l.quantity > 1);
    const focus =
      several.find((l) => l.id === ctx.state.lastLineId) ?? (several.length === 1 ? several[0] : undefined);
    if (focus) return { kind: 'lines', lines: [focus], split: true };
  }
  return { kind: 'ask', lines: pool };
}

/** "Pepperoni Pizza (Large 14\", Thin Crust)": a line as it is listed when the bot asks which one. */
export function lineLabel(line: CartLine): string {
  const options = line.options.map((o) => o.choiceName);
  const without = line.without.map((w) => `no ${w.choiceName}`);
  const all = [...options, ...without];
  const count = line.quantity > 1 ? `${line.quantity} × ` : '';
  return all.length > 0 ? `${count}${line.name} (${all.join(', ')})` : `${count}${line.name}`;
}
