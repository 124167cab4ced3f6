import { DIET_FLAGS, type DietFlag, type Menu } from '../../domain/menu-schema.ts';
import { COURTESY } from './courtesy-words.ts';
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
  ...COURTESY,
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

/** Plural nouns for dishes that an ingredient word may name before: "lamb dishes", "chicken options". */
const KIND_NOUNS = new Set(['dishes', 'dish', 'options', 'items', 'meals', 'plates', 'things', 'foods']);
/** Kind nouns in the singular: after a definite determiner they point at one dish. */
const SINGULAR_KIND_NOUNS = new Set(['dish', 'item', 'meal', 'plate', 'thing', 'food']);
/** Definite determiners: "the/this/that/my/your lamb dish" is one dish, not a list request. */
const DEFINITE = new Set(['the', 'this', 'that', 'my', 'your']);
/** Words that end the run of words before the kind noun ("do you have", "any", "which"). */
const RUN_STOPS = new Set([
  'any',
  'some',
  'the',
  'your',
  'have',
  'got',
  'what',
  'which',
  'are',
  'is',
  'there',
  'you',
  'do',
  'of',
  'with',
  'other',
  'good',
  'nice',
  'all',
  'me',
  'show',
  'list',
]);

/** The dishes holding an ingredient asked about, and the ingredient as said. */
export interface IngredientDishes {
  /** The ingredient as said ("mushrooms"). */
  word: string;
  /** Ids of the items whose name, aliases or ingredients hold it, in menu order. */
  items: string[];
  /** Diet flags said beside it ("halal lamb dishes"): every listed item carries them. */
  flags?: DietFlag[];
}

/** One-word diet flags said as adjectives ("halal", "kosher", "jain"). */
const FLAG_WORDS: ReadonlyMap<string, DietFlag> = new Map(
  DIET_FLAGS.filter((f) => !f.includes('-')).map((f) => [f, f] as const),
);

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
  filterWord: (i: number) => boolean = () => false,
): IngredientDishes | undefined {
  return heldBefore(tokens, asks, menu, filterWord) ?? heldAfter(tokens, asks, menu);
}

/** The items holding the longest leading run of `words` (at least one word), and that run. */
function holdingLongest(words: readonly Token[], menu: Menu, fromEnd = false): IngredientDishes | undefined {
  const phrases = itemPhrases(menu);
  for (let n = words.length; n >= 1; n--) {
    const run = fromEnd ? words.slice(words.length - n) : words.slice(0, n);
    const want = run.map((t) => t.key);
    const items = menu.items
      .filter((item) => (phrases.get(item.id) ?? []).some((p) => holds(p, want)))
      .map((item) => item.id);
    if (items.length > 0) return { word: run.map((t) => t.norm).join(' '), items };
  }
  return undefined;
}

/**
 * "any halal lamb dishes", "got any vegan chickpea dishes?", "chicken dishes that are mild": the word or
 * words right before a kind noun ("dishes", "options") that some dish holds. Words the filters read
 * (`filterWord`: a diet, an allergen, a category, a tag or a mood) are skipped, so the filters compose
 * with the ingredient. Asked (a question clause) or opened by "any"/"got any"/"do you have".
 */
function heldBefore(
  tokens: readonly Token[],
  asks: readonly boolean[],
  menu: Menu,
  filterWord: (i: number) => boolean,
): IngredientDishes | undefined {
  const kindAt = tokens.findIndex((t) => KIND_NOUNS.has(t.norm));
  if (kindAt <= 0) return undefined;
  const opening = tokens.find((t) => !t.punct)?.norm ?? '';
  const asked =
    asks[kindAt] === true ||
    opening === 'any' ||
    opening === 'got' ||
    opening === 'show' ||
    opening === 'list';
  if (!asked) return undefined;
  const words: Token[] = [];
  const flags: DietFlag[] = [];
  const singular = SINGULAR_KIND_NOUNS.has((tokens[kindAt] as Token).norm);
  for (let i = kindAt - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    // "the grilled salmon dish": one dish pointed at, not a list of the dishes holding salmon
    if (singular && DEFINITE.has(t.norm)) return undefined;
    if (t.punct || RUN_STOPS.has(t.norm) || LEAD_WORDS.has(t.norm)) break;
    const flag = FLAG_WORDS.get(t.norm);
    if (flag) flags.push(flag);
    else if (filterWord(i) || t.norm === 'free') {
      if (words.length > 0) break;
    } else if (words.length < MAX_WORDS && flags.length === 0) words.unshift(t);
    else break;
  }
  const found = words.length > 0 ? holdingLongest(words, menu, true) : undefined;
  if (!found || flags.length === 0) return found;
  const flagged = new Set(
    menu.items.filter((item) => flags.every((f) => item.dietFlags.includes(f))).map((item) => item.id),
  );
  return { word: found.word, items: found.items.filter((id) => flagged.has(id)), flags };
}

/** "do you have anything with paneer?": a list word, then a word of holding, then the ingredient. */
function heldAfter(
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
  // the longest run of the said words that some dish holds ("anything with paneer tikka" → paneer tikka)
  return holdingLongest(words, menu);
}

/**
 * The ids of the dishes whose name, aliases or ingredients hold one of `words` (each folded to its
 * singular key), those holding more of them first, then menu order. Pure (a per-menu cache aside).
 */
export function dishesHoldingWords(menu: Menu, words: readonly string[]): string[] {
  const keys = words.flatMap((w) =>
    normalize(w)
      .tokens.filter((t) => !t.punct)
      .map((t) => t.key),
  );
  const phrases = itemPhrases(menu);
  return menu.items
    .map((item, at) => ({
      id: item.id,
      at,
      n: keys.filter((k) => (phrases.get(item.id) ?? []).some((p) => p.includes(k))).length,
    }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n || a.at - b.at)
    .map((x) => x.id);
}
