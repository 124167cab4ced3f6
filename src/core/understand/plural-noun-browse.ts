import type { Menu } from '../../domain/menu-schema.ts';
import { LEXICON_STOPWORDS } from './common-words.ts';
import { CUES } from './cues.ts';
import { afterLeadIn } from './lead-in.ts';
import { readLookObject } from './look-request.ts';
import { normalize, type Token } from './normalize.ts';
import { whOrderQuestions } from './wh-order-question.ts';

/** What a browse by a plural noun lists: the noun said and the items holding it. */
export interface NounBrowse {
  /** The noun as said ("sandwiches"). */
  noun: string;
  /** Ids of the items whose name, aliases, or category name and aliases hold the noun, menu order. */
  items: string[];
  /** The category one of whose names or aliases is the noun alone ("Salads" for "salads"), if any. */
  category?: string;
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
 * "which burgers can i have",
 * "do you have any sandwiches", "show me your croissants", "can I see your bagels" (any request to look:
 * `readLookObject`): a browse by one plural noun. Lists every
 * item whose name or aliases hold the noun (singular), or whose category's name or aliases do, when at
 * least two items do (a noun shared by several categories lists them all). Undefined for any other
 * shape, a noun held by fewer than two items, or a stop word.
 */
export function readNounBrowse(tokens: readonly Token[], menu: Menu): NounBrowse | undefined {
  const words = tokens.slice(afterOpening(tokens)).filter((t) => !t.punct);
  const at = nounPosition(words);
  const look = at === undefined ? readLookObject(tokens) : undefined;
  const noun =
    at !== undefined ? words[at] : look && look.end - look.start === 1 ? tokens[look.start] : undefined;
  if (noun === undefined) return undefined;
  // a plural said ("sandwiches"), no stop word, no number
  if (noun.norm === noun.key || noun.num !== undefined || LEXICON_STOPWORDS.has(noun.key)) return undefined;
  if (GENERAL_NOUNS.has(noun.key)) return undefined;
  return nounBrowseOf(menu, noun);
}

/** The browse by `noun`: the items holding it (when two or more) and the category it names whole. */
function nounBrowseOf(menu: Menu, noun: Token): NounBrowse | undefined {
  const items = itemsHolding(menu, noun.key);
  if (items.length < 2) return undefined;
  const category = categoryNamedBy(menu, noun.key);
  return category ? { noun: noun.norm, items, category } : { noun: noun.norm, items };
}

/**
 * "hi! what burgers do you have", "hey there, which pizzas are vegetarian": where the message goes on
 * after its greetings and lead-ins (`CUES.greet`, `afterLeadIn`); 0 when none opens it.
 */
function afterOpening(tokens: readonly Token[]): number {
  let i = 0;
  for (;;) {
    while (i < tokens.length && (tokens[i] as Token).punct) i++;
    const greet = CUES.greet.matchAt(tokens, i);
    const step = greet > 0 ? greet : afterLeadIn(tokens.slice(i));
    if (step === 0 || i + step >= tokens.length) return i;
    i += step;
  }
}

/** Verbs after "which X" that ask which of them have a property: "which burgers are vegetarian". */
const PROPERTY_VERBS = new Set(['are', 'is', 'have', 'has', 'contain', 'contains', 'come', 'can']);

/**
 * "which burgers are vegetarian", "what pizzas have no dairy", "which kinds of curries are vegan": a
 * question picking among the dishes a plural noun names, by a property said after it (the caller reads
 * the property as its filters). The items holding the noun, as `readNounBrowse` lists them; undefined
 * for any other shape, a singular ("which burger is vegetarian" may ask of one dish), a general noun
 * ("which dishes are vegan" browses by the filter alone) or a noun fewer than two items hold.
 */
export function readWhichNoun(tokens: readonly Token[], menu: Menu): NounBrowse | undefined {
  const words = tokens.slice(afterOpening(tokens)).filter((t) => !t.punct);
  const w = (i: number) => words[i]?.norm ?? '';
  if (w(0) !== 'which' && w(0) !== 'what') return undefined;
  let i = 1;
  while (KIND_WORDS.has(w(i))) i++;
  const noun = words[i];
  if (noun === undefined || !PROPERTY_VERBS.has(w(i + 1)) || i + 2 >= words.length) return undefined;
  if (noun.norm === noun.key || noun.num !== undefined || LEXICON_STOPWORDS.has(noun.key)) return undefined;
  if (GENERAL_NOUNS.has(noun.key)) return undefined;
  return nounBrowseOf(menu, noun);
}

/**
 * "any vegetarian pizzas?" where "pizzas" named the category "Specialty Pizzas" by a part of its name
 * while the Build Your Own Pizza sits in another: the dishes the plural noun names across the menu, when
 * they are more than the category `category` holds and hold all of it, no other word of the message
 * names the category ("specialty pizzas" keeps the category) and no category is named by the noun alone
 * ("Pizzas", "curries" as an alias of the mains). Undefined otherwise.
 */
export function widerThanCategory(
  tokens: readonly Token[],
  menu: Menu,
  category: string,
): NounBrowse | undefined {
  const { categories, items } = nameKeysOf(menu);
  const keys = categories.find((c) => c.id === category)?.keys;
  if (!keys) return undefined;
  const said = tokens.filter((t) => !t.punct && keys.has(t.key) && !LEXICON_STOPWORDS.has(t.key));
  const noun = said[0];
  if (said.length !== 1 || noun === undefined || noun.norm === noun.key) return undefined;
  if (categoryNamedBy(menu, noun.key) !== undefined) return undefined;
  const inCategory = items.filter((i) => i.category === category).map((i) => i.id);
  const holding = itemsHolding(menu, noun.key);
  const wider = holding.length > inCategory.length && inCategory.every((id) => holding.includes(id));
  return wider ? { noun: noun.norm, items: holding } : undefined;
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
    // "which burgers can i have", "what omelets could we get": the customer asks which of them they may have
    if (
      whOrderQuestions(words).some((q) => q.wh === 0 && q.verb[0] === i + 1 && q.verb[2] === words.length - 1)
    )
      return i;
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
export interface MenuNameKeys {
  /** Each category's id and the keys of its name and aliases. */
  categories: { id: string; keys: ReadonlySet<string> }[];
  /** Each item's id, category and the keys of its name and aliases, menu order. */
  items: { id: string; category: string; keys: ReadonlySet<string> }[];
}

/** Per menu object (a menu is never changed in place; a new menu is a new object, read afresh). */
const NAME_KEYS = new WeakMap<Menu, MenuNameKeys>();

const keySetOf = (names: readonly string[]): ReadonlySet<string> => new Set(names.flatMap(keysOf));

export function nameKeysOf(menu: Menu): MenuNameKeys {
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

/** The category one of whose names or aliases is the word `key` alone ("Salads", alias "curries"). */
function categoryNamedBy(menu: Menu, key: string): string | undefined {
  return menu.categories.find((c) => [c.name, ...c.aliases].some((n) => keysOf(n).join(' ') === key))?.id;
}

/** The items whose name or aliases, or whose category's name or aliases, hold the word `key`. */
function itemsHolding(menu: Menu, key: string): string[] {
  const { categories, items } = nameKeysOf(menu);
  const holding = new Set(categories.filter((c) => c.keys.has(key)).map((c) => c.id));
  return items.filter((i) => holding.has(i.category) || i.keys.has(key)).map((i) => i.id);
}
