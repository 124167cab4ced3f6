import type { Menu, OptionGroup } from '../../domain/menu-schema.ts';
import { STOPWORDS } from './common-words.ts';
import type { ParseResult } from './parse-result.ts';
import { MAX_SHARED_CHOICE_DISHES } from './shared-choice-dishes.ts';

/**
 * "do you have almond milk", "is oat milk an option", "do you guys carry lavender syrup": a yes/no
 * question whether a CHOICE of an option group exists, read from the question's frame and its object
 * said whole. The object must be a choice's name or alias (never a dish's name: "do you have a latte"
 * stays a dish question); an object ending in a group's word that no choice is ("hemp milk") is an
 * absent choice of that group. The reading replaces the parse with an item question of the choices
 * (`available`), answered yes with the dishes that take them, or no with the group's choices.
 */
export interface ChoiceAvailability {
  /** Choice ids said (several groups may share one). */
  choices: string[];
  /** The group asked about: the first group holding the choice, or the group of the absent word. */
  group: string;
  /** The object as said when no choice is it ("hemp milk"). */
  heard?: string;
}

/** "do you (guys) have", "have you got", "is there", "any": the availability frame before its object. */
const LEAD =
  /^(?:(?:hey|hi|so|and|also|um|oh|quick question|just wondering)[,\s]+)*(?:do|does) (?:you|u|ya|y'?all|the (?:shop|place|cafe|restaurant))(?: guys| all| folks)? (?:have|carry|offer|stock|sell|serve|got|do)|^(?:have you got|have you guys got|you got|you guys have|got|is there|are there|any chance (?:you have|of))/;
/** "is oat milk an option", "is almond milk available": the object before the frame. */
const TRAIL =
  /^(?:is|are) (.+?) (?:an option|options|available|a choice|an available choice|on offer|offered)$/;
const ARTICLES = /^(?:a|an|any|some|the)\s+/;
const TAIL =
  /\s+(?:here|today|by any chance|at all|too|as well|please|there|on the menu|as an option|available)$/;

const clean = (s: string) =>
  s
    .toLowerCase()
    .replace(/[?!.,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The object of an availability question, or undefined when the text is none. */
export function availabilityObject(text: string): string | undefined {
  const t = clean(text);
  let object: string | undefined;
  const trail = TRAIL.exec(t);
  if (trail) object = trail[1];
  else {
    const lead = LEAD.exec(t);
    if (!lead) return undefined;
    object = t.slice(lead[0].length).trim();
  }
  let prev = '';
  while (object && prev !== object) {
    prev = object;
    object = object.replace(ARTICLES, '').replace(TAIL, '').trim();
  }
  return object && object.split(' ').length <= 4 ? object : undefined;
}

const singular = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
const same = (a: string, b: string) => a === b || singular(a) === singular(b);

function namesOf(x: { name: string; aliases: readonly string[] }): string[] {
  return [x.name, ...x.aliases].map(clean);
}

/**
 * Words that make the object a kind or a quality rather than a choice's name ("something vegan",
 * "anything spicy", "a vegan option"): an absent choice is never read with one of them.
 */
const KIND_WORDS = new Set([
  'something',
  'anything',
  'everything',
  'nothing',
  'stuff',
  'thing',
  'things',
  'kind',
  'kinds',
  'type',
  'types',
  'sort',
  'option',
  'options',
  'choice',
  'choices',
  'other',
  'else',
  'more',
  'extra',
  'good',
  'new',
  'special',
]);

/** The words of a group's name and choices, singular, for "is this word one the group uses". */
function groupWords(g: OptionGroup): Set<string> {
  return new Set(
    [g.name, ...g.choices.flatMap((c) => [c.name, ...c.aliases])].flatMap((n) =>
      clean(n).split(' ').map(singular),
    ),
  );
}

/** The head noun of a group: the last word of its name, or the last word two of its choices share ("milk"). */
function headsGroup(g: OptionGroup, head: string): boolean {
  const name = clean(g.name)
    .split(' ')
    .filter((w) => !STOPWORDS.has(w));
  if (same(name[name.length - 1] ?? '', head)) return true;
  return g.choices.filter((c) => same(clean(c.name).split(' ').pop() ?? '', head)).length >= 2;
}

/**
 * The choices (and absent choice) an availability question asks about, read against the menu. The
 * object is read only when it is, as a whole, a choice's name or alias, or a plain name of two or three
 * words ending in a group's head noun ("hemp milk") whose other words are no kind or quality word
 * ("something vegan") and no word of a dish's name.
 */
export function choiceAvailability(text: string, menu: Menu): ChoiceAvailability | undefined {
  const object = availabilityObject(text);
  if (!object) return undefined;
  // a dish's own name is a question about the dish
  if (menu.items.some((i) => namesOf(i).some((n) => same(n, object)))) return undefined;
  const used = new Set(menu.items.flatMap((i) => i.optionGroups));
  const groups = menu.optionGroups.filter((g) => used.has(g.id));
  const choices: string[] = [];
  let group: OptionGroup | undefined;
  for (const g of groups)
    for (const c of g.choices)
      if (namesOf(c).some((n) => same(n, object)) && !choices.includes(c.id)) {
        choices.push(c.id);
        group ??= g;
      }
  if (group) return { choices, group: group.id };
  // "hemp milk": the last word is a group's head noun, the others are a name no choice of it uses
  const words = object.split(' ');
  // "onion on it": a plain name of two or three words, no word of a clause
  if (words.length < 2 || words.length > 3 || words.some((w) => STOPWORDS.has(w) || KIND_WORDS.has(w)))
    return undefined;
  const head = words[words.length - 1] as string;
  const modifiers = words.slice(0, -1).map(singular);
  const dishWords = new Set(menu.items.flatMap((i) => namesOf(i).flatMap((n) => n.split(' ').map(singular))));
  if (modifiers.some((w) => dishWords.has(w))) return undefined;
  const named = groups.find((g) => headsGroup(g, head) && !modifiers.some((w) => groupWords(g).has(w)));
  if (!named) return undefined;
  return { choices: [], group: named.id, heard: object };
}

/** Whether the parse read a browse filter or constraint (a diet, a spice level, an allergen, a category). */
function readsFilter(result: ParseResult): boolean {
  const f = result.filters;
  return (
    f.diet !== undefined ||
    f.category !== undefined ||
    f.maxSpice !== undefined ||
    f.allergenFree.length > 0 ||
    (f.allergenIn?.length ?? 0) > 0 ||
    (f.items?.length ?? 0) > 0
  );
}

/**
 * Whether the choices said alone name a dish: the order reading of "a <choice>" builds a line, or the
 * choices fill a required group of one to MAX_SHARED_CHOICE_DISHES dishes ("horchata" the Agua Fresca's
 * flavour, "blueberry" the muffin's and the scone's: shared-choice-dishes.ts asks which).
 */
function choiceNamesDish(choices: readonly string[], menu: Menu, order: ParseResult | undefined): boolean {
  if (order && order.lines.length > 0) return true;
  const required = new Set(
    menu.optionGroups
      .filter((g) => g.min > 0 && g.choices.some((c) => choices.includes(c.id)))
      .map((g) => g.id),
  );
  const defined = menu.items.filter((i) => i.optionGroups.some((g) => required.has(g))).length;
  return defined > 0 && defined <= MAX_SHARED_CHOICE_DISHES;
}

/**
 * The parse replaced by the availability question's reading when the text is one and orders nothing.
 * The question keeps its own reading when it names a dish (`itemRefs`), when it reads a browse filter
 * ("is there something vegan"), or when the choice said alone names a dish (`orderOf` reads "a <choice>"
 * as an order: "do you have horchata" is the Agua Fresca's question, as a choice defining a dish or
 * shared by a few is ordered).
 */
export function withChoiceAvailability(
  result: ParseResult,
  text: string,
  menu: Menu,
  orderOf: (phrase: string) => ParseResult,
): ParseResult {
  if (result.lines.length > 0 || result.itemRefs.length > 0) return result;
  const asked = choiceAvailability(text, menu);
  if (!asked) return result;
  if (asked.choices.length === 0 && readsFilter(result)) return result;
  if (asked.choices.length > 0) {
    const object = availabilityObject(text);
    if (choiceNamesDish(asked.choices, menu, object ? orderOf(`a ${object}`) : undefined)) return result;
  }
  const { absentDishes: _absent, ...rest } = result;
  return {
    ...rest,
    intents: [{ intent: 'item_info', confidence: 0.9 }],
    itemRefs: [],
    unresolved: [],
    itemQuestion: {
      topic: 'options',
      group: asked.group,
      ...(asked.choices.length > 0 ? { choices: asked.choices } : {}),
      available: true,
      ...(asked.heard ? { heard: asked.heard } : {}),
    },
  };
}
