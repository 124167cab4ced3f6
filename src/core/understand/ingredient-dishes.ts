import type { Menu } from '../../domain/menu-schema.ts';
import { normalize, type Token } from './normalize.ts';

/** Words asking for a list of dishes ("anything", "which dishes", "what items"). */
const LIST_WORDS = new Set([
  'anything',
  'something',
  'stuff',
  'dishes',
  'dish',
  'items',
  'things',
  'foods',
  'food',
]);
/** Words between the list word and "with" that ask for a pairing, not an ingredient ("anything to go with the curry"). */
const PAIRING_WORDS = new Set([
  'go',
  'goes',
  'pair',
  'pairs',
  'come',
  'comes',
  'served',
  'serve',
  'eat',
  'drink',
  'order',
]);
/** Words of holding right before the ingredient ("with paneer", "have bacon", "contain mushrooms"). */
const HOLD_WORDS = new Set([
  'with',
  'have',
  'has',
  'contain',
  'contains',
  'containing',
  'use',
  'uses',
  'using',
]);
/** Words skipped before the ingredient ("with some paneer", "have any bacon"). */
const LEAD_WORDS = new Set(['a', 'an', 'the', 'some', 'any', 'real', 'fresh', 'lots', 'of', 'lot']);
/** Words that end the ingredient phrase ("bacon in them", "mushrooms on it", "paneer please"). */
const END_WORDS = new Set([
  'in',
  'on',
  'please',
  'pls',
  'plz',
  'it',
  'them',
  'or',
  'and',
  'but',
  'for',
  'that',
  'which',
  'here',
  'today',
  'tonight',
]);
/** At most this many words name the ingredient ("sun dried tomatoes"). */
const MAX_WORDS = 3;

/** The dishes holding an ingredient asked about, and the ingredient as said. */
export interface IngredientDishes {
  /** The ingredient as said ("mushrooms"). */
  word: string;
  /** Ids of the items whose name, aliases or ingredients hold it, in menu order. */
  items: string[];
}

const keysCache = new WeakMap<Menu, Map<string, string[][]>>();

/** Each item's phrases (name, aliases, each ingredient) as folded word keys, built once per menu. */
function itemPhrases(menu: Menu): Map<string, string[][]> {
  let known = keysCache.get(menu);
  if (!known) {
    known = new Map();
    for (const item of menu.items) {
      const phrases = [item.name, ...item.aliases, ...item.ingredients];
      known.set(
        item.id,
        phrases.map((p) =>
          normalize(p)
            .tokens.filter((t) => !t.punct)
            .map((t) => t.key),
        ),
      );
    }
    keysCache.set(menu, known);
  }
  return known;
}

const holds = (phrase: readonly string[], want: readonly string[]): boolean => {
  for (let i = 0; i + want.length <= phrase.length; i++)
    if (want.every((w, k) => phrase[i + k] === w)) return true;
  return false;
};

/**
 * "do you have anything with paneer?", "which dishes have bacon in them", "got anything with mushrooms":
 * a question that asks for dishes (a list word, then a word of holding) holding a word the menu's own
 * data has, in a dish's name, aliases or ingredient list. Returns the ingredient and every dish holding
 * it, or undefined when the message asks no such thing or no dish holds the word. `asks` marks question
 * clause tokens. Pure (a per-menu cache aside).
 */
export function dishesWithIngredient(
  tokens: readonly Token[],
  asks: readonly boolean[],
  menu: Menu,
): IngredientDishes | undefined {
  const listAt = tokens.findIndex((t, i) => asks[i] === true && LIST_WORDS.has(t.norm));
  if (listAt < 0) return undefined;
  let holdAt = -1;
  for (let i = listAt + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.punct || PAIRING_WORDS.has(t.norm)) break;
    if (HOLD_WORDS.has(t.norm)) {
      holdAt = i;
      break;
    }
  }
  if (holdAt < 0) return undefined;
  let k = holdAt + 1;
  while (k < tokens.length && LEAD_WORDS.has((tokens[k] as Token).norm)) k++;
  const words: Token[] = [];
  for (; k < tokens.length && words.length < MAX_WORDS; k++) {
    const t = tokens[k] as Token;
    if (t.punct || END_WORDS.has(t.norm)) break;
    words.push(t);
  }
  if (words.length === 0) return undefined;
  const phrases = itemPhrases(menu);
  // the longest run of the said words that some dish holds ("anything with paneer tikka" → paneer tikka)
  for (let n = words.length; n >= 1; n--) {
    const want = words.slice(0, n).map((t) => t.key);
    const items = menu.items
      .filter((item) => (phrases.get(item.id) ?? []).some((p) => holds(p, want)))
      .map((item) => item.id);
    if (items.length > 0)
      return {
        word: words
          .slice(0, n)
          .map((t) => t.norm)
          .join(' '),
        items,
      };
  }
  return undefined;
}
