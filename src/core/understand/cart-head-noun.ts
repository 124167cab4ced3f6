import type { LineDraft } from './build-lines.ts';
import type { MenuIndex } from './menu-index.ts';
import { normalize } from './normalize.ts';

/** The folded last word of a dish name ("Garlic naan" → "naan"), its head noun. */
function headOf(name: string): string | undefined {
  return normalize(name)
    .tokens.filter((t) => !t.punct)
    .at(-1)?.key;
}

/**
 * "remove one naan" with 2 × Garlic Naan in the cart and no Plain Naan: a change or removal that names
 * a dish by one word only, when that dish is not in the cart, goes to the one cart dish whose name has
 * that word as its head noun (the menu's names decide, no word list). `said` is the line's words (its
 * span of the normalized text); `cart` the cart's item ids. Returns the line unchanged when the dish
 * named is in the cart, the words are more than a head noun, or no cart dish (or several) has it. Pure.
 */
export function cartDishByHeadNoun(
  line: LineDraft,
  said: string,
  cart: readonly string[],
  index: MenuIndex,
): LineDraft {
  if ((line.action !== 'remove' && line.action !== 'update') || cart.includes(line.itemId)) return line;
  const words = normalize(said).tokens.filter((t) => !t.punct && t.num === undefined);
  if (words.length !== 1) return line;
  const head = (words[0] as (typeof words)[number]).key;
  const found = [...new Set(cart)].filter((id) => headOf(index.items.get(id)?.name ?? '') === head);
  if (found.length !== 1) return line;
  const itemId = found[0] as string;
  return { ...line, itemId, name: index.items.get(itemId)?.name ?? itemId };
}
