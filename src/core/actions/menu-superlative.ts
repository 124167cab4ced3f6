import type { MenuItemDto } from '../../contract/backend-api.ts';
import { itemHeat } from '../../domain/item-heat.ts';
import { backendMenu, card, log, say, type TurnContext } from '../dialog/turn-context.ts';
import { itemEntry, spiceLabel } from '../respond/cards.ts';
import { formatMoney } from '../respond/format-money.ts';
import { joinList } from '../respond/phrases.ts';

/** Most dishes named as tied for the extreme; more are left to the card. */
const MAX_TIED = 4;

/** A superlative the menu's own fields answer: which field, which end, and how it is said. */
interface Superlative {
  pattern: RegExp;
  what: string;
  /** Larger first: the item with the highest value is the answer. */
  value: (item: MenuItemDto) => number;
  detail: (item: MenuItemDto) => string;
  /** Spiciest or mildest: only dishes the menu rates are ranked (`answerUnratedHeat` says the rest). */
  heat?: 'hot' | 'mild';
}

const SUPERLATIVES: readonly Superlative[] = [
  {
    pattern: /\b(spiciest|hottest|most spicy|most spiciest)\b/,
    what: 'spiciest dish',
    value: (i) => i.spiceLevel ?? 0,
    detail: (i) => spiceLabel(i.spiceLevel ?? 0),
    heat: 'hot',
  },
  {
    pattern: /\b(mildest|least spicy)\b/,
    what: 'mildest dish',
    value: (i) => -(i.spiceLevel ?? 0),
    detail: (i) => spiceLabel(i.spiceLevel ?? 0),
    heat: 'mild',
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
 * pizza"; of the dishes `kind` lists when a kind noun was said: "cheapest pie"), with a list of the top
 * three; dishes tied for the extreme are named together (up to four), else the first of the menu wins. Says it and returns true; returns false (saying nothing) when the question asks no
 * superlative the menu's fields hold.
 */
export async function answerMenuSuperlative(
  ctx: TurnContext,
  question: string,
  category?: string,
  kind?: { items: readonly string[]; noun?: string | undefined },
): Promise<boolean> {
  const text = question.toLowerCase();
  const asked = SUPERLATIVES.find((s) => s.pattern.test(text));
  if (!asked) return false;
  const menu = await backendMenu(ctx);
  const offered = menu.items.filter(
    (i) => i.available && (!category || i.category === category) && (!kind || kind.items.includes(i.id)),
  );
  // the menu's heat is ranked where it rates it; the dishes it does not rate are judged by their words
  const unrated = asked.heat ? offered.filter((i) => i.spiceLevel === null) : [];
  if (asked.heat && unrated.length === offered.length && offered.length > 0) {
    answerUnratedHeat(ctx, asked.heat, offered);
    return true;
  }
  const ranked = offered
    .filter((i) => !unrated.includes(i))
    .map((item, index) => ({ item, index }))
    .sort((a, b) => asked.value(b.item) - asked.value(a.item) || a.index - b.index)
    .map((r) => r.item);
  const best = ranked[0];
  if (!best) return false;
  // "the cheapest pie": the kind said names what is ranked
  const what = kind?.noun ? asked.what.replace(/\b(dish|item)$/, kind.noun) : asked.what;
  // dishes tied with the best are all named ("the Meat Lovers and the Supreme, $14.99 each")
  const tied = ranked.filter((i) => asked.value(i) === asked.value(best));
  if (!asked.heat && tied.length > 1 && tied.length <= MAX_TIED)
    say(ctx, 'menu_superlative_tied', {
      what,
      names: joinList(tied.map((i) => i.name)),
      detail: asked.detail(best),
    });
  else {
    say(ctx, 'menu_superlative', { what, name: best.name, detail: asked.detail(best) });
    // the one dish named is what "add that" or "2 of those" takes next
    ctx.state.focusItemId = best.id;
  }
  card(ctx, {
    type: 'item_list',
    title: `Our ${what}`,
    items: ranked
      .slice(0, Math.max(3, !asked.heat && tied.length <= MAX_TIED ? tied.length : 0))
      .map(itemEntry),
  });
  log(ctx, 'dialog.faq.superlative', { itemId: best.id });
  const alsoHot = asked.heat === 'hot' ? unrated.filter((i) => heatWordOf(i) !== undefined) : [];
  if (alsoHot.length > 0)
    say(ctx, 'superlative_heat_also', { names: joinList(alsoHot.slice(0, 3).map((i) => i.name)) });
  return true;
}

/**
 * Spiciest or mildest where the menu rates no dish's heat: says so, then names the dishes whose words
 * say heat (spiciest) or the described ones whose words say none (mildest), with a card of them.
 */
function answerUnratedHeat(ctx: TurnContext, heat: 'hot' | 'mild', items: readonly MenuItemDto[]): void {
  const judged = items.map((item) => ({ item, word: heatWordOf(item), heat: itemHeat(item) }));
  const picks =
    heat === 'hot'
      ? judged.filter((j) => j.word !== undefined)
      : judged.filter((j) => j.word === undefined && !j.heat.rated && j.heat.described);
  const names = joinList(picks.slice(0, 3).map((p) => `${p.item.name}${p.word ? ` (${p.word})` : ''}`));
  const finding =
    picks.length === 0
      ? heat === 'hot'
        ? 'it mentions nothing hot for any of them'
        : "I can't say which is the mildest"
      : heat === 'hot'
        ? `it mentions something hot for the ${names}`
        : `nothing it says about the ${names} sounds spicy`;
  say(ctx, 'superlative_heat_unrated', { finding });
  if (picks.length > 0)
    card(ctx, {
      type: 'item_list',
      title: heat === 'hot' ? 'Dishes the menu mentions heat for' : 'Dishes with no heat mentioned',
      items: picks.slice(0, 3).map((p) => itemEntry(p.item)),
    });
  log(ctx, 'dialog.faq.superlative', { itemId: picks[0]?.item.id ?? null });
}

function heatWordOf(item: MenuItemDto): string | undefined {
  const heat = itemHeat(item);
  return heat.rated ? undefined : heat.heatWord?.text;
}
