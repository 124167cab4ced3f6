import { atLeastSpice, withinSpice } from '../../domain/item-heat.ts';
import type { MenuItem } from '../../domain/menu-schema.ts';
import { dietFits } from '../actions/diet-check.ts';
import { LEXICON_STOPWORDS } from '../understand/common-words.ts';
import { normalize } from '../understand/normalize.ts';
import { nameKeysOf } from '../understand/plural-noun-browse.ts';
import type { Positioned } from './answer-pending.ts';
import {
  type AttributePointer,
  HEAT_HIGH,
  HEAT_LOW,
  PRICE_HIGH,
  PRICE_LOW,
  RANKING,
  readAttributePointer,
} from './attribute-pointer.ts';
import { COMMAND_AT } from './command-order.ts';
import type { GenerationContext } from './generation-context.ts';
import { pickableCard } from './pickable-card.ts';

/** Intents a pointer by property comes with ("the mild one" reads as a browse for mild dishes). */
const POINTER_INTENTS = new Set([
  'out_of_scope',
  'affirm',
  'order_add',
  'order_update',
  'help',
  'faq',
  'browse_menu',
  'item_info',
]);

/** A property said as what the dish lacks ("without cheese", "with no onions", "that isn't fried"). */
const NEGATED = /^(?:without|with no|no|free of|w\/o|that (?:isn'?t|doesn'?t have|has no)|not)\b/;

/** What a pointer by property comes to: an order of one listed dish, or the commands it says. */
export type AttributePick = { pick: { itemId: string; quantity: number } } | { commands: Positioned[] };

/**
 * "the mild one", "the one without nuts", "the cheaper one", "the chicken one", "which is the vegan
 * one?" after an item card (`SessionState.listed`, shown in the last LISTED_TURNS turns): the listed
 * dishes that have the property said, by the heat, diet, allergen and price-order lexicons (the parse's
 * diet, allergen and without filters; prices ranked by the backend via `pick_ranked`), else by a word
 * of their names the message says. One fits: it is ordered (`pick`), or described when asked; several:
 * which of those; none: none of those is it, the card kept. Undefined when the message points by no
 * property, names a dish, answers the pending question or no card was shown lately.
 */
export function attributePick(g: GenerationContext): AttributePick | undefined {
  const { parse, primary } = g;
  const listed = pickableCard(g);
  if (
    !listed ||
    // "which pizza is the cheapest": a kind said is ranked whole, not the card's dishes
    parse.filters.category !== undefined ||
    parse.filters.items !== undefined ||
    (primary !== undefined && !POINTER_INTENTS.has(primary))
  )
    return undefined;
  const pointer = readAttributePointer(g.text, g.misspelt);
  if (!pointer) return undefined;
  const items = listed.itemIds.flatMap((id) => g.venue.menu.items.filter((i) => i.id === id));
  const fits = fittingItems(g, pointer, items);
  if (!fits) return undefined;
  const { quantity, asked } = pointer;
  const at = COMMAND_AT.said(0);
  if (fits.length === 0)
    return {
      commands: [
        { cmd: { type: 'clarify', reason: 'none_listed', heard: pointer.words, choices: [] }, pos: at },
      ],
    };
  const price = PRICE_LOW.test(pointer.words)
    ? 'price_low'
    : PRICE_HIGH.test(pointer.words)
      ? 'price_high'
      : undefined;
  if (price)
    return {
      commands: [
        {
          cmd: {
            type: 'pick_ranked',
            items: fits.map((i) => i.id),
            by: price,
            quantity,
            noun: 'one',
            ...(asked ? { asked: true as const } : {}),
          },
          pos: at,
        },
      ],
    };
  const [only] = fits;
  if (only && fits.length === 1)
    return asked
      ? { commands: [{ cmd: { type: 'item_info', itemId: only.id }, pos: at }] }
      : { pick: { itemId: only.id, quantity } };
  return {
    commands: [
      {
        cmd: {
          type: 'clarify',
          reason: 'ambiguous',
          choices: fits.map((i) => ({ id: i.id, name: i.name })),
          ...(quantity > 1 ? { quantity } : {}),
        },
        pos: at,
      },
    ],
  };
}

/**
 * The listed dishes with the property `pointer` says (before any price order, which the backend
 * ranks): undefined when its words say no property the lexicons or the dishes' names know.
 */
function fittingItems(
  g: GenerationContext,
  pointer: AttributePointer,
  items: readonly MenuItem[],
): MenuItem[] | undefined {
  const words = pointer.words;
  const { diet, allergenFree, withoutIngredients } = g.parse.filters;
  const without = (withoutIngredients ?? []).map((w) => w.toLowerCase());
  // heat words point only among dishes some of which are hot ("the hot one" of coffees is its temperature)
  const anyHeat = items.some((i) => !withinSpice(i, 0));
  const low = anyHeat && HEAT_LOW.test(words);
  const high = anyHeat && !HEAT_LOW.test(words) && HEAT_HIGH.test(words);
  const price = PRICE_LOW.test(words) || PRICE_HIGH.test(words);
  const byFilters = diet !== undefined || allergenFree.length > 0 || without.length > 0;
  let fits = items.filter(
    (i) =>
      dietFits(i.diet, diet) &&
      !allergenFree.some((a) => i.allergens.includes(a)) &&
      !without.some((w) => holds(i, w)) &&
      (!low || withinSpice(i, 1)) &&
      (!high || atLeastSpice(i, 2)),
  );
  // "the milder one", "the hottest": the end of the menu's heat among them, where it rates them
  if ((low || high) && RANKING.test(words.replace(/\b(?:not|isn'?t)\b.*/, ''))) {
    const rated = items.filter((i) => typeof i.spiceLevel === 'number');
    if (rated.length > 0) {
      const level = (i: MenuItem) => (high ? 1 : -1) * (i.spiceLevel ?? 0);
      const top = Math.max(...rated.map(level));
      fits = rated.filter((i) => level(i) === top);
    }
  }
  if (byFilters || low || high || price) return fits;
  // "the chicken one": the words of the dishes' names the message says
  const keys = nameKeysOf(g.venue.menu).items;
  const menuWord = (key: string) => keys.some((k) => k.keys.has(key));
  const said = normalize(words)
    .tokens.filter((t) => !t.punct && !LEXICON_STOPWORDS.has(t.key) && menuWord(t.key))
    .map((t) => t.key);
  if (said.length === 0) return undefined;
  const keysOf = (id: string) => keys.find((k) => k.id === id)?.keys;
  const named = (i: MenuItem) => said.every((k) => keysOf(i.id)?.has(k));
  // "the one without cheese": the dishes neither named by it nor holding it
  if (NEGATED.test(words)) return items.filter((i) => !named(i) && !said.some((k) => holds(i, k)));
  return items.filter(named);
}

/** Whether the dish's name, ingredients or description hold the word. */
function holds(item: MenuItem, word: string): boolean {
  const text = [item.name, ...item.ingredients, item.description ?? ''].join(' ').toLowerCase();
  return new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text);
}
