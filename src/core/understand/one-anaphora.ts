import type { MenuIndex } from './menu-index.ts';
import { normalize, type Token } from './normalize.ts';

/** Words before "one" that point at a line rather than describe a dish ("the other one", "that one"). */
const NOT_MODIFIERS = new Set([
  ...['a', 'an', 'the', 'that', 'this', 'which', 'other', 'another', 'same', 'each', 'every', 'any'],
  ...['no', 'some', 'first', 'second', 'third', 'last', 'new', 'old', 'just', 'only', 'of', 'for'],
  ...['with', 'to', 'into', 'and', 'or', 'but', 'it', 'my', 'your', 'our', 'big', 'small', 'more'],
]);

/** Words opening the noun phrase "one" ends: "a chocolate one", "the almond one". */
const ARTICLES = new Set(['a', 'an', 'the', 'another']);

/** The folded head noun (last word) of a dish name: "Almond Croissant" → "croissant". */
function headOf(name: string): string | undefined {
  return normalize(name)
    .tokens.filter((t) => !t.punct && t.num === undefined)
    .at(-1)?.key;
}

/** The head nouns of a menu's dishes, made once per menu index (a menu's names do not change). */
const HEADS = new WeakMap<MenuIndex, ReadonlySet<string>>();

function headsOf(index: MenuIndex): ReadonlySet<string> {
  let heads = HEADS.get(index);
  if (!heads) {
    const made = new Set<string>();
    for (const item of index.menu.items) {
      const h = headOf(item.name);
      if (h) made.add(h);
    }
    heads = made;
    HEADS.set(index, heads);
  }
  return heads;
}

/** A rewrite of a message: "one" standing for a head noun said before it, spelt out. */
export interface OneRewrite {
  /** The message with the "one" replaced. */
  text: string;
  /** The head noun put in its place ("croissant"). */
  head: string;
  /** The folded words that modify it ("chocolate"). */
  modifiers: string[];
}

/**
 * "swap the croissant for a chocolate one", "switch the omelet to a cheese one", "a butter croissant and
 * an almond one": "one" after an article and describing words stands for the head noun of a dish said before it in the
 * message (English one-substitution). The head noun is a word said earlier that is the last word of a
 * menu dish's name; the rewrite spells it out in place of "one" ("a chocolate croissant"), so the
 * sibling dish of that name is read. Undefined when no "one" follows describing words or no earlier word
 * is a dish's head noun. In a correction with no head noun said ("oops I meant the chicken one"),
 * `cartDish` (the cart dish last ordered) gives it. The caller keeps the rewrite only when it names a
 * dish the first reading did not. Pure.
 */
export function oneAsHeadNoun(
  text: string,
  tokens: readonly Token[],
  index: MenuIndex,
  cartDish?: string,
): OneRewrite | undefined {
  if (!tokens.some((t, i) => i >= 2 && (t.norm === 'one' || t.norm === 'ones'))) return undefined;
  const heads = headsOf(index);
  for (let i = 2; i < tokens.length; i++) {
    const one = tokens[i] as Token;
    if (one.norm !== 'one' && one.norm !== 'ones') continue;
    // the describing words right before "one" ("a chocolate one", "a pumpkin spice one")
    let m = i - 1;
    while (m >= 0 && isModifier(tokens[m] as Token)) m--;
    const modifiers = tokens.slice(m + 1, i).map((t) => t.key);
    if (modifiers.length === 0 || modifiers.length > 3) continue;
    // "a chocolate one", "the almond one": an article opens the noun phrase; "… with pepperoni one of
    // them", "pizzas one with mushrooms" are shares of a count, not a dish
    if (!ARTICLES.has(tokens[m]?.norm ?? '') || tokens[i + 1]?.norm === 'of') continue;
    // the nearest earlier word that is a dish's head noun; else, in a correction ("oops I meant the
    // chicken one"), the head noun of the cart dish last ordered
    const said = tokens
      .slice(0, m + 1)
      .reverse()
      .find((t) => !t.punct && heads.has(t.key));
    const cartHead = !said && CORRECTION.test(text) ? lastHead(cartDish, index) : undefined;
    const head = said ? { key: said.key, norm: said.norm } : cartHead;
    if (!head || modifiers.includes(head.key)) continue;
    const word = one.norm === 'ones' ? head.norm : head.key;
    return {
      text: `${text.slice(0, one.oStart)}${word}${text.slice(one.oEnd)}`,
      head: head.key,
      modifiers,
    };
  }
  return undefined;
}

/** Words by which a message corrects what was ordered ("I meant", "instead", "rather"). */
const CORRECTION = /\b(?:meant|mean|instead|rather)\b/i;

/** The head noun of the dish `itemId` as a word to spell out (its plural when it needs one is not made). */
function lastHead(itemId: string | undefined, index: MenuIndex): { key: string; norm: string } | undefined {
  const item = itemId ? index.items.get(itemId) : undefined;
  const key = item ? headOf(item.name) : undefined;
  return key ? { key, norm: key } : undefined;
}

const isModifier = (t: Token) => !t.punct && t.num === undefined && !NOT_MODIFIERS.has(t.norm);
