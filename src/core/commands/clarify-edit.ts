import { normalize } from '../understand/normalize.ts';
import { saysRemoval } from '../understand/split-removal.ts';
import type { Positioned } from './answer-pending.ts';
import type { CommandInput } from './command.ts';
import type { GenerationContext } from './generation-context.ts';

type Edit = Extract<CommandInput, { type: 'remove_item' | 'update_item' }>;

/**
 * "remove the dal", "make the dal 3" with Dal Makhani and Moong Dal Khichdi in the cart: the "which one?"
 * asked about dishes that are all in the cart is the question of a removal or change, so it carries that
 * edit (`clarify.edit`) and the answer ("the makhani one") removes or changes the dish chosen, never adds
 * one. The edit is the message's removal or change aimed at no dish of its own (which would otherwise go
 * to the last line touched; it leaves the list), else a plain removal when the message removes. A
 * question about dishes not all in the cart, or in a message that neither removes nor changes, is left
 * as it is. Pure: returns `out` itself when nothing changes.
 */
export function clarifyCarriesEdit(out: Positioned[], g: GenerationContext): Positioned[] {
  // "remove the dal" reads no dish line of its own, so its intent may be none of the order ones
  const removes = g.has('order_remove') || saysRemoval(normalize(g.text).tokens);
  if (!removes && !g.has('order_update')) return out;
  const inCart = new Set(g.state.cartItems);
  const asks = out.filter(({ cmd }) => {
    if (cmd.type !== 'clarify' || cmd.reason !== 'ambiguous' || cmd.edit) return false;
    const choices = cmd.choices ?? [];
    return choices.length > 1 && choices.every((c) => inCart.has(c.id));
  });
  if (asks.length !== 1) return out;
  const ask = asks[0] as Positioned;
  // a removal or change that names no dish, category or line of its own: the one the question is about
  const unnamed = out.filter(({ cmd }) => isUnnamedEdit(cmd));
  const taken = unnamed.length === 1 ? (unnamed[0] as Positioned) : undefined;
  // a removal aimed at the last line touched goes to the dish chosen instead
  const edit: Edit | undefined = taken
    ? taken.cmd.type === 'remove_item'
      ? { ...taken.cmd, target: 'named' }
      : (taken.cmd as Edit)
    : removes && !out.some(({ cmd }) => cmd.type === 'remove_item')
      ? { type: 'remove_item', target: 'named' }
      : undefined;
  if (!edit) return out;
  const { quantity: _count, ...question } = ask.cmd as Extract<CommandInput, { type: 'clarify' }>;
  return out.flatMap((p) => {
    if (p === taken) return [];
    if (p === ask) return [{ ...p, cmd: { ...question, edit } }];
    return [p];
  });
}

/** A removal or change with no item, category or line reference of its own. */
function isUnnamedEdit(cmd: CommandInput): boolean {
  if (cmd.type !== 'remove_item' && cmd.type !== 'update_item') return false;
  return cmd.itemId === undefined && cmd.category === undefined && cmd.line === undefined;
}
