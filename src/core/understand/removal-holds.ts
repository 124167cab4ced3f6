import { type ChoiceRef, choiceName } from '../../domain/choice-name.ts';
import type { Menu, MenuItem } from '../../domain/menu-schema.ts';
import { FOOD_WORDS } from './food-words.ts';
import { isOfKind } from './ingredient-kinds.ts';
import { normalize } from './normalize.ts';

/** A choice of one of the menu's option groups. */
export type Choice = ChoiceRef;

/**
 * One removal the customer said: its words (`said`, "onions", "the jalapeños") and, when the parse
 * read it as an option, that choice (`qualifier`: "no extra cheese" takes back only the amount).
 */
export interface Removal {
  said: string;
  choice?: (Choice & { qualifier?: string | undefined }) | undefined;
}

/**
 * How a dish holds a removal: `option` (a choice the dish comes with or was given, or one the parse
 * already took off: deselected as an option), `listed` (one of its listed `ingredients`), `named` (its
 * name or description only), `part` (some of its words only: left as said), `none` (nothing of the
 * dish holds any of its words: nothing to take off).
 */
export type HeldAs = 'option' | 'listed' | 'named' | 'part' | 'none';

/** A removal and how the dish holds it. */
export interface RemovalHold {
  removal: Removal;
  how: HeldAs;
}

/**
 * A key folded for removal words: accents dropped ("jalapeño" → "jalapeno"). Keys are already
 * lowercase and singular (`normalize`: "tomatoes" → "tomato", "tomatos" → "tomato"). Pure.
 */
export function foldKey(key: string): string {
  return key.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The folded word keys of a text ("Sautéed Mushrooms" → ["sauteed", "mushroom"], "spring-onions" →
 * ["spring", "onion"]): lowercase, singular, accents dropped, hyphens and punctuation split. Pure.
 */
export function removalKeys(text: string): string[] {
  return normalize(text)
    .tokens.filter((t) => !t.punct)
    .map((t) => foldKey(t.key));
}

/** Whether the key sequence `want` occurs in `have`. */
function holdsRun(have: readonly string[], want: readonly string[]): boolean {
  for (let i = 0; i + want.length <= have.length; i++)
    if (want.every((w, k) => have[i + k] === w)) return true;
  return false;
}

/** A dish's words, folded once: each listed ingredient, and its name and description. */
interface DishWords {
  listed: string[][];
  named: string[][];
}
const DISH_WORDS = new WeakMap<MenuItem, DishWords>();
function dishWords(item: MenuItem): DishWords {
  let known = DISH_WORDS.get(item);
  if (!known) {
    known = {
      listed: item.ingredients.map(removalKeys),
      named: [item.name, item.description ?? ''].map(removalKeys),
    };
    DISH_WORDS.set(item, known);
  }
  return known;
}

/**
 * Where a dish holds the folded keys `keys`: `listed` when one of its ingredients holds every key
 * ("red onion" holds "onion") or, for a kind word, is of that kind ("cheese": "provolone",
 * `ingredient-kinds.ts`), else `named` when its name or description holds them in a row, else
 * `part` when any of them holds one of the keys ("cashew nuts" on a dish made with cashews), else
 * `none`. Pure.
 */
export function dishHoldsKeys(item: MenuItem, keys: readonly string[]): Exclude<HeldAs, 'option'> {
  if (keys.length === 0) return 'none';
  const words = dishWords(item);
  if (words.listed.some((ing) => keys.every((k) => ing.includes(k)))) return 'listed';
  // "no cheese" on a dish made with provolone: a kind word takes off the listed ingredients of its kind
  if (keys.length === 1 && words.listed.some((ing) => isOfKind(keys[0]!, ing))) return 'listed';
  if (words.named.some((d) => holdsRun(d, keys))) return 'named';
  const all = [...words.listed, ...words.named];
  return keys.some((k) => all.some((d) => d.includes(k))) ? 'part' : 'none';
}

/**
 * Which of `removals` the dish `itemId` holds, and how (`HeldAs`), in their order. A removal read as a
 * choice is an `option` when qualified, picked (`picks`) or a default of one of the dish's groups; a
 * removal said in words is an `option` when a choice already read as removed (`removed`) holds its
 * words. Any other is looked up by the choice's name (else its words) in the dish's ingredients, name
 * and description. An unknown dish holds none. Pure.
 */
export function removalHolds(
  menu: Menu,
  itemId: string,
  removals: readonly Removal[],
  context: { picks?: readonly Choice[]; removed?: readonly { choiceName: string }[] } = {},
): RemovalHold[] {
  const item = menu.items.find((i) => i.id === itemId);
  const groups = item ? menu.optionGroups.filter((g) => item.optionGroups.includes(g.id)) : [];
  const isDefault = (choice: string) =>
    groups.some((g) => g.choices.some((c) => c.id === choice && c.default === true));
  const removedKeys = (context.removed ?? []).map((r) => removalKeys(r.choiceName));
  return removals.map((removal) => {
    const c = removal.choice;
    if (c && (c.qualifier || context.picks?.some((p) => p.choice === c.choice) || isDefault(c.choice)))
      return { removal, how: 'option' };
    const keys = removalKeys(c ? choiceName(menu, c) : removal.said);
    if (!c && keys.length > 0 && removedKeys.some((r) => keys.every((k) => r.includes(k))))
      return { removal, how: 'option' };
    return { removal, how: item ? dishHoldsKeys(item, keys) : 'none' };
  });
}

/**
 * Common ingredients people ask to leave off, general English shipped with the engine (singular):
 * with the menu's own ingredient and choice words, what `isFoodKey` knows besides `FOOD_WORDS`.
 */
const INGREDIENT_WORDS =
  `onion garlic ginger shallot scallion leek chive cilantro coriander parsley basil mint dill oregano
  thyme rosemary tomato lettuce cucumber pickle olive pepper jalapeno chilli chili capsicum mushroom
  spinach kale cabbage carrot celery corn pea bean avocado lemon lime egg cheese cheddar mozzarella
  parmesan feta butter cream milk yogurt mayo mayonnaise mustard ketchup sauce dressing vinegar oil
  salt sugar honey syrup nut peanut cashew almond walnut pecan pistachio sesame seed coconut raisin
  bacon ham sausage anchovy tuna shrimp gluten dairy soy wheat sprinkle whip cinnamon nutmeg
  chocolate caramel gravy salsa relish sauerkraut crouton tortilla bun crust`.split(/\s+/);

const FOOD_VOCAB = new WeakMap<Menu, ReadonlySet<string>>();
/**
 * Whether a folded key is a food word: in one of the menu's listed ingredients or option choices, or
 * a general food or ingredient word (`FOOD_WORDS`, `INGREDIENT_WORDS`). Tells "no cashews" (an ingredient some dish might hold) from "no
 * rush". Pure (cached by menu).
 */
export function isFoodKey(menu: Menu, key: string): boolean {
  let vocab = FOOD_VOCAB.get(menu);
  if (!vocab) {
    const texts = [
      ...menu.items.flatMap((i) => i.ingredients),
      ...menu.optionGroups.flatMap((g) => g.choices.map((c) => c.name)),
    ];
    vocab = new Set([...texts.flatMap(removalKeys), ...[...FOOD_WORDS, ...INGREDIENT_WORDS].map(foldKey)]);
    FOOD_VOCAB.set(menu, vocab);
  }
  return vocab.has(key);
}
