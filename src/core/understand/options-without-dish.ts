import type { BuiltLines } from './build-lines.ts';
import { OPTION_ORDER_WORDS } from './filler-words.ts';
import type { MenuIndex } from './menu-index.ts';
import type { Token } from './normalize.ts';
import { OFFERED_OPTION_DISHES } from './optional-choice-dishes.ts';
import type { Segment } from './segment.ts';
import { choicesSaidAlone } from './shared-choice-dishes.ts';

/**
 * "large oat milk", "extra shot and caramel", said as an order with no dish, no dish of the `cart` (item
 * ids) taking them and no question pending, when no dish was read from them (not `impliedFromOptionsAlone`'s one dish, not a
 * choice that defines a dish): the options belong to dishes still to be named, so which dish is asked,
 * among the dishes that take every option said (the first OFFERED_OPTION_DISHES, those sharing a word
 * with the options first), and the one chosen takes them. Never when something was taken off, a dish
 * or an unknown word was read, a count was said, or no dish takes them all. In place on `built` (an ambiguous entry read
 * by choice; its options leave `freeOptions` when the message is read as their order).
 */
export function askDishForOptions(
  built: BuiltLines,
  index: MenuIndex,
  segs: readonly Segment[],
  tokens: readonly Token[],
  cart: readonly string[] = [],
): void {
  const opts = built.freeOptions;
  if (built.lines.length > 0 || built.ambiguous.length > 0 || opts.length === 0) return;
  if (built.freeWithout.length > 0 || !choicesSaidAlone(segs, OPTION_ORDER_WORDS)) return;
  // "3 larges, one with ham": a count with options is a dish still to be read (implied-items.ts, implied-shares.ts)
  // ("an italian", "a large oat milk": an article alone counts nothing and asks the dish as the bare words do)
  if (segs.some((x) => x.type === 'qty' && !x.article)) return;
  // a choice of another group of the same name counts ("bacon" of the toppings, or of the extras)
  const takesAll = (id: string) => opts.every((o) => index.sameChoiceOn(id, o.group, o.choice) !== undefined);
  // a dish of the cart taking them is the one they are for (the line in focus, or which line is asked)
  if (cart.some(takesAll)) return;
  const candidates = index.menu.items.filter((i) => i.available !== false && takesAll(i.id)).map((i) => i.id);
  if (candidates.length === 0) return;
  const saidWords = new Set(opts.flatMap((o) => o.choiceName.toLowerCase().split(/\W+/)).filter(Boolean));
  const shared = (id: string) =>
    (index.items.get(id)?.name ?? '')
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => saidWords.has(w)).length;
  const ranked = [...candidates].sort((a, b) => shared(b) - shared(a));
  const said = segs.filter((x) => x.type === 'lex');
  const text = tokens
    .slice(said[0]?.start ?? 0, said.at(-1)?.end ?? tokens.length)
    .map((t) => t.norm)
    .join(' ');
  built.ambiguous.push({
    text,
    ids: ranked.slice(0, OFFERED_OPTION_DISHES),
    choices: opts.map((o) => o.choice),
    byChoice: true,
  });
}
