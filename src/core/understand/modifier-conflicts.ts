import { STOPWORDS } from './common-words.ts';
import { FOOD_WORDS } from './food-words.ts';
import { isKindMember } from './ingredient-kinds.ts';
import { choicesOf, items } from './line-rules.ts';
import type { MenuIndex } from './menu-index.ts';
import type { Token } from './normalize.ts';
import type { Segment } from './segment.ts';

/**
 * Words that name what a dish is made of or tastes of, beyond the dish words of `FOOD_WORDS` and the
 * ingredient kinds (general culinary English, singular keys; no dish, no venue).
 */
const FLAVOR_WORDS: ReadonlySet<string> = new Set(
  `fish seafood vegetable veggie veg vanilla chocolate caramel lemon lime orange mango coconut cinnamon
  pistachio raisin cranberry fig pineapple tomato mushroom spinach`.split(/\s+/),
);

/**
 * The words that say what a dish is built on: a name holding one ("Vegetable Korma") is another dish
 * than the same head said with another one ("chicken korma"), even where the dish takes that one as an
 * add-on. General culinary English, singular keys.
 */
const MAIN_WORDS: ReadonlySet<string> = new Set(
  `beef pork lamb mutton goat veal chicken turkey duck steak ham bacon sausage chorizo meatball brisket
  pastrami fish salmon tuna cod shrimp prawn crab lobster calamari squid vegetable veggie veg paneer tofu
  egg bean chickpea`.split(/\s+/),
);

const isFood = (t: Token): boolean =>
  [t.key, t.norm].some((w) => FOOD_WORDS.has(w) || FLAVOR_WORDS.has(w) || isKindMember(w));

/**
 * The food word said in modifier position right before segment `k` ("banana" of "a banana muffin",
 * "chicken" of "chicken korma", "mint" of "no mint chutney"): a one-word segment that is a food word and
 * names no dish of its own. Undefined otherwise.
 */
export function foodModifierBefore(
  segs: readonly Segment[],
  k: number,
  tokens: readonly Token[],
): { seg: Segment; key: string; text: string } | undefined {
  const p = segs[k - 1];
  if (!p || (p.type !== 'word' && p.type !== 'lex') || p.end - p.start !== 1) return undefined;
  if (p.type === 'lex' && items(p).length > 0) return undefined;
  const t = tokens[p.start] as Token;
  // "my own beer": the customer's own, no kind of dish
  if (tokens[p.start - 1]?.norm === 'own' || !isFood(t)) return undefined;
  return { seg: p, key: t.key, text: t.norm };
}

/**
 * Whether the food word said before a dish contradicts the dish `id` it would name: the word is none of
 * the dish's name or alias words and none of its choices ("banana muffin" is no Blueberry Muffin,
 * "tomato soup" no Chicken Noodle Soup), or it is a choice the dish takes as an add-on while the dish's
 * name says it is built on another main ingredient ("chicken korma" is no Vegetable Korma with extra
 * chicken). A choice the dish takes that its name does not contradict is its option ("a chorizo
 * burrito", "a mushroom slice"). Pure.
 */
export function contradictsDish(
  mod: { seg: Segment; key: string },
  id: string,
  said: readonly Token[],
  index: MenuIndex,
): boolean {
  const words = index.dishWords(id);
  if (words.has(mod.key)) return false;
  const taken = choicesOf(mod.seg).some((c) => index.accepts(id, c.group));
  if (!taken) return true;
  if (!MAIN_WORDS.has(mod.key)) return false;
  const saidKeys = new Set(said.map((t) => t.key));
  const nameKeys = index.nameKeys.get(id) ?? new Set<string>();
  return [...nameKeys].some((w) => !saidKeys.has(w) && !STOPWORDS.has(w) && MAIN_WORDS.has(w));
}

/**
 * Whether the food word said before choice segment `s` names another option than the choice it would
 * be read as ("mint chutney" is no Mango chutney): the word is in none of the choice's names. Pure.
 */
export function contradictsChoice(
  mod: { key: string },
  group: string,
  choice: string,
  index: MenuIndex,
): boolean {
  return !index.choiceHolds(group, choice, mod.key);
}
