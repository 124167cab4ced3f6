import type { Menu } from '../../domain/menu-schema.ts';
import { LEXICON_STOPWORDS } from './common-words.ts';
import { readLookObject } from './look-request.ts';
import { normalize, type Token } from './normalize.ts';

/** What a browse by a plural noun lists: the noun said and the items holding it. */
export interface NounBrowse {
  /** The noun as said ("sandwiches"). */
  noun: string;
  /** Ids of the items whose name, aliases, or category name and aliases hold the noun, menu order. */
  items: string[];
}

/** Words between "what"/"which" and the noun: "what kinds of", "which types of". */
const KIND_WORDS = new Set(['kind', 'kinds', 'type', 'types', 'sort', 'sorts', 'of']);
/** Words for anything served: "what dishes have sesame" asks by another filter, not by a noun of names. */
const GENERAL_NOUNS = new Set([
  'dish',
  'meal',
  'food',
  'item',
  'thing',
  'option',
  'plate',
  'choice',
  'special',
  'one',
]);
/** The only words after the noun in "what X do you guys have today", "which X are there". */
const HAVE_WORDS = new Set(
  'do does you have are is there got guys y all yall sell serve carry offer make today here right now please then'.split(
    ' ',
  ),
);
/** What follows the noun in "what X do you have", "which X are there", "what X have you got". */
const HAVE_AFTER = /^(?:do|have|are|does|can|is|you|y'?all)\b/;

/**
 * "what sandwiches do you have", "which omelets have you got", "what kinds of croissants are there",
 * "do you have any sandwiches", "show me your croissants", "can I see your bagels" (any request to look:
 * `readLookObject`): a browse by one plural noun. Lists every
 * item whose name or aliases hold the noun (singular), or whose category's name or aliases do, when at
 * least two items do (a noun shared by several categories lists them all). Undefined for any other
 * shape, a noun held by fewer than two items, or a stop word.
 */
export function readNounBrowse(tokens: readonly Token[], menu: Menu): NounBrowse | undefined {
  const words = tokens.filter((t) => !t.punct);
  const at = nounPosition(words);
  const look = at === undefined ? readLookObject(tokens) : undefined;
  const noun =
    at !== undefined ? words[at] : look && look.end - look.start === 1 ? tokens[look.start] : undefined;
  if (noun === undefined) return undefined;
  // a plural said ("sandwiches"), no stop word, no number
  if (noun.norm === noun.key || noun.num !== undefined || LEXICON_STOPWORDS.has(noun.key)) return undefined;
  if (GENERAL_NOUNS.has(noun.key)) return undefined;
  const items = itemsHolding(menu, noun.key);
  return items.length >= 2 ? { noun: noun.norm, items } : undefined;
}

function nounPosition(words: readonly Token[]): number | undefined {
  const w = (i: number) => words[i]?.norm ?? '';
  if (w(0) === 'what' || w(0) === 'which') {
    let i = 1;
    while (KIND_WORDS.has(w(i))) i++;
    // nothing after but "do you have", "are there", "have you got": a dish or a group named after asks
    // about that dish ("what dressings are there for the greek salad")
    const rest = words.slice(i + 1).map((t) => t.norm);
    if (i < words.length - 1 && HAVE_AFTER.test(w(i + 1)) && rest.every((x) => HAVE_WORDS.has(x))) return i;
    return undefined;
  }
  // "do you have any sandwiches", "do you guys have sandwiches", "got any sandwiches"
  const have = words.findIndex(
    (t) => t.norm === 'have' || t.norm === 'got' || t.norm === 'sell' || t.norm === 'serve',
  );
  if (have >= 0 && have <= 3 && (w(0) === 'do' || w(0) === 'got' || w(0) === 'any')) {
    let i = have + 1;
    if (w(i) === 'any') i++;
    return i === words.length - 1 ? i : undefined;
  }
  // "show me your croissants", "list the sandwiches"
  if (w(0) === 'show' || w(0) === 'list') {
    let i = 1;
    if (w(i) === 'me' || w(i) === 'us') i++;
    if (['your', 'the', 'all', 'all the', 'all your'].includes(w(i))) i++;
    if (w(i) === 'the' || w(i) === 'your') i++;
    return i === words.length - 1 ? i : undefined;
  }
  return undefined;
}

const keysOf = (phrase: string): string[] =>
  normalize(phrase)
    .tokens.filter((t) => !t.punct)
    .map((t) => t.key);

/** The words (keys) of a menu's category and item names and aliases, read once per menu. */
interface MenuNameKeys {
  /** Each category's id and the keys of its name and aliases. */
  categories: { id: string; keys: ReadonlySet<string> }[];
  /** Each item's id, category and the keys of its name and aliases, menu order. */
  items: { id: string; category: string; keys: ReadonlySet<string> }[];
}

/** Per menu object (a menu is never changed in place; a new menu is a new object, read afresh). */
const NAME_KEYS = new WeakMap<Menu, MenuNameKeys>();

const keySetOf = (names: readonly string[]): ReadonlySet<string> => new Set(names.flatMap(keysOf));

function nameKeysOf(menu: Menu): MenuNameKeys {
  let known = NAME_KEYS.get(menu);
  if (!known) {
    known = {
      categories: menu.categories.map((c) => ({ id: c.id, keys: keySetOf([c.name, ...c.aliases]) })),
      items: menu.items.map((i) => ({
        id: i.id,
        category: i.category,
        keys: keySetOf([i.name, ...i.aliases]),
      })),
    };
    NAME_KEYS.set(menu, known);
  }
  return known;
}

/** The items whose name or aliases, or whose category's name or aliases, hold the word `key`. */
function itemsHolding(menu: Menu, key: string): string[] {
  const { categories, items } = nameKeysOf(menu);
  const holding = new Set(categories.filter((c) => c.keys.has(key)).map((c) => c.id));
  return items.filter((i) => holding.has(i.category) || i.keys.has(key)).map((i) => i.id);
}
