import type { MenuItemDto } from '../../contract/backend-api.ts';
import { backendMenu, card, log, say, type TurnContext } from '../dialog/turn-context.ts';
import { itemEntry, spiceLabel } from '../respond/cards.ts';
import { formatMoney } from '../respond/format-money.ts';

/** A superlative the menu's own fields answer: which field, which end, and how it is said. */
interface Superlative {
  pattern: RegExp;
  what: string;
  /** Larger first: the item with the highest value is the answer. */
  value: (item: MenuItemDto) => number;
  detail: (item: MenuItemDto) => string;
}

const SUPERLATIVES: readonly Superlative[] = [
  {
    pattern: /\b(spiciest|hottest|most spicy|most spiciest)\b/,
    what: 'spiciest dish',
    value: (i) => i.spiceLevel,
    detail: (i) => spiceLabel(i.spiceLevel),
  },
  {
    pattern: /\b(mildest|least spicy)\b/,
    what: 'mildest dish',
    value: (i) => -i.spiceLevel,
    detail: (i) => spiceLabel(i.spiceLevel),
  },
  {
    pattern: /\b(cheapest|least expensive|lowest price[sd]?|most affordable)\b/,
    what: 'lowest-priced item',
    value: (i) => -i.price.amount,
    detail: (i) => formatMoney(i.price.amount, i.price.currency),
  },
  {
    pattern: /\b(most expensive|priciest|dearest|highest price[sd]?)\b/,
    what: 'highest-priced item',
    value: (i) => i.price.amount,
    detail: (i) => formatMoney(i.price.amount, i.price.currency),
  },
];

/**
 * "what's the spiciest thing you have?", "cheapest thing on the menu?": answered from the backend's menu
 * fields (spice level, price) over the available items (of `category` when one was said: "cheapest
 * pizza"), with a list of the top three; the first item of the menu wins a tie. Says it and returns true; returns false (saying nothing) when the question asks no
 * superlative the menu's fields hold.
 */
export async function answerMenuSuperlative(
  ctx: TurnContext,
  question: string,
  category?: string,
): Promise<boolean> {
  const text = question.toLowerCase();
  const asked = SUPERLATIVES.find((s) => s.pattern.test(text));
  if (!asked) return false;
  const menu = await backendMenu(ctx);
  const ranked = menu.items
    .filter((i) => i.available && (!category || i.category === category))
    .map((item, index) => ({ item, index }))
    .sort((a, b) => asked.value(b.item) - asked.value(a.item) || a.index - b.index)
    .map((r) => r.item);
  const best = ranked[0];
  if (!best) return false;
  say(ctx, 'menu_superlative', { what: asked.what, name: best.name, detail: asked.detail(best) });
  card(ctx, { type: 'item_list', title: `Our ${asked.what}`, items: ranked.slice(0, 3).map(itemEntry) });
  log(ctx, 'dialog.faq.superlative', { itemId: best.id });
  return true;
}
