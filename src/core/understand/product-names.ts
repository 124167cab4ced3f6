import { COMMON_DISH_NAMES } from './common-dish-names.ts';
import type { Token } from './normalize.ts';
import { singularOf } from './singular.ts';

/** What a common product name is: a drink is offered the menu's drinks when the venue lacks it. */
export type ProductKind = 'drink' | 'food';

const DRINKS = `red bull|dr pepper|doctor pepper|mountain dew|mtn dew|root beer|ginger ale|ginger beer|cream soda
|club soda|tonic water|sparkling water|mineral water|seltzer water|diet coke|coke zero|diet pepsi|pepsi max
|pepsi zero|diet sprite|sprite zero|diet dr pepper|cherry coke|vanilla coke|seven up|sierra mist
|mello yello|big red|pibb xtra|mr pibb|sunkist orange|orange crush|canada dry|a&w root beer|barqs root beer
|mug root beer|arizona iced tea|vitamin water|monster energy|energy drink|sports drink|capri sun|sunny d
|hawaiian punch|kool aid|chocolate milk|strawberry milk|oat milk|almond milk|hot chocolate|hot cocoa
|orange juice|apple juice|grape juice|cranberry juice|pineapple juice|tomato juice|cold brew|iced coffee
|iced latte|irish coffee|bubble tea|boba tea|milk tea|arnold palmer|shirley temple|lemon lime soda`;

const FOODS = `hot dog|corn dog|chili dog|mac and cheese|mac n cheese|chicken nuggets|chicken wings|buffalo wings
|fish and chips|fish sticks|egg roll|spring roll|fried rice|lo mein|chow mein|big mac|whopper jr`;

const table = (text: string, kind: ProductKind): Array<[string, ProductKind]> =>
  text
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s.includes(' '))
    .map((s) => [s, kind]);

/**
 * Common multi-word names of products (brand sodas, everyday drinks and dishes, with the common dish names
 * of common-dish-names.ts), lowercase, shipped with
 * the engine and never taken from a venue. A name here is one thing said as a whole: "a red bull" at a
 * venue without it is no "red" salsa and no "bull", and "dr pepper" no pepper topping. Only names of two
 * words or more: single brand words are general food words (`FOOD_WORDS`).
 */
export const PRODUCT_NAMES: ReadonlyMap<string, ProductKind> = new Map([
  ...table(DRINKS, 'drink'),
  ...table(FOODS, 'food'),
  ...COMMON_DISH_NAMES.map((s): [string, ProductKind] => [s, 'food']),
]);

const LONGEST = Math.max(...[...PRODUCT_NAMES.keys()].map((k) => k.split(' ').length));

/**
 * The product name starting at token `i` (the longest), as its token count and name; undefined when none
 * does. Reads the tokens' plain forms, then their folded keys ("dr peppers"). Pure.
 */
export function productNameAt(
  tokens: readonly Token[],
  i: number,
): { length: number; name: string; kind: ProductKind } | undefined {
  for (let n = Math.min(LONGEST, tokens.length - i); n >= 2; n--) {
    const words = tokens.slice(i, i + n);
    if (words.some((t) => t.punct)) continue;
    for (const form of [words.map((t) => t.norm), words.map((t, k) => (k === n - 1 ? t.key : t.norm))]) {
      const name = form.join(' ');
      const kind = PRODUCT_NAMES.get(name);
      if (kind) return { length: n, name, kind };
    }
  }
  return undefined;
}

/**
 * The kind of a product name said ("red bull": drink; "red bulls", its last word plural, too), or
 * undefined when the text is none.
 */
export function productKind(text: string): ProductKind | undefined {
  const known = PRODUCT_NAMES.get(text);
  if (known || !text.includes(' ')) return known;
  const words = text.split(' ');
  return PRODUCT_NAMES.get([...words.slice(0, -1), singularOf(words.at(-1) as string)].join(' '));
}
