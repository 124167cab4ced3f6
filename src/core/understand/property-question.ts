import type { Token } from './normalize.ts';
import type { Segment } from './segment.ts';

/** A property asked of the menu's dishes: the word(s) as said, and whether the dishes lacking it are asked. */
export interface DishPropertyAsk {
  property: string;
  negated: boolean;
  /** Asked as "anything X?" (a mood of the venue said so stays a pick: "anything sweet?"). */
  anything: boolean;
}

/** Words for the dishes in general: "which dishes", "what items", "any ones". */
const DISH_WORDS =
  '(?:dishes|dish|items|item|ones|one|things|thing|foods|food|options|meals|plates|of them|of your dishes|of the dishes|of your items)';
/** Where the dishes are: "on the menu", "here", "today". */
const WHERE =
  '(?:on (?:the|your) menu|on the list|here|today|there|you have|you got|you do|you make|you serve|in there)';
/** The property: one or two words, no article, no dish noun after it. */
const PROPERTY = '([a-z][a-z-]*(?: (?:free|friendly|based|safe|sized))?)';

/**
 * The shapes of a question for the dishes having (or lacking) a property, over the normalized words
 * (contractions expanded): "what is spicy", "which ones are hot", "which dishes are gluten free",
 * "anything not spicy", "is there anything cheesy", "do you have anything that is light".
 */
const SHAPES: readonly RegExp[] = [
  new RegExp(
    `^(?:so |and |ok |okay |then )?(?:what|which)(?: ${DISH_WORDS})?(?: ${WHERE})? (?:is|are)( not)? ${PROPERTY}(?: ${WHERE})?$`,
  ),
  new RegExp(
    `^(?:so |and |ok |okay |then )?(?:(?:is|are) there |do you have |you have |got |have you got |do you do )?(?:anything|any ${DISH_WORDS})(?: ${WHERE})?(?: that is| that are| which is| which are)?( not)? ${PROPERTY}(?: ${WHERE})?$`,
  ),
];

/** Words the shapes would take for a property that are no property of a dish. */
const NOT_PROPERTIES = new Set([
  'a',
  'an',
  'the',
  'it',
  'that',
  'this',
  'there',
  'good',
  'best',
  'new',
  'else',
  'up',
  'on',
  'in',
  'open',
  'your',
  'my',
  'available',
  'left',
  'wrong',
  'next',
  'included',
  'in stock',
  'the',
  'special',
  'popular',
  'recommended',
  'nice',
  'great',
  'tasty',
  'included',
  'cheap',
  'expensive',
  'free',
  'ready',
  'happening',
  'going',
  'on offer',
  'offered',
  'fresh today',
  'there',
  'it',
  'they',
  'them',
  'you',
  'we',
  'i',
  'so',
  'fine',
  'ok',
  'okay',
  'possible',
  'allowed',
  'delivered',
  'served',
  'sold',
  'today',
  'here',
]);

/**
 * "what's spicy?", "which ones are hot?", "anything not cheesy?", "is there anything kid friendly": a
 * question for the menu's dishes that have (or lack) a property said as an adjective, naming no dish.
 * `isMenuName` says a word names a dish, category or choice of the menu ("what is rasmalai" asks about
 * that dish, no property). Undefined for any other message. Pure.
 */
export function asksDishProperty(
  tokens: readonly Token[],
  isMenuName: (word: string) => boolean,
): DishPropertyAsk | undefined {
  const words = tokens.filter((t) => !t.punct).map((t) => t.norm);
  if (words.length < 2 || words.length > 10) return undefined;
  const text = words.join(' ');
  for (const [at, shape] of SHAPES.entries()) {
    const m = shape.exec(text);
    if (!m) continue;
    const property = m[2] ?? '';
    if (NOT_PROPERTIES.has(property) || property.split(' ').some((w) => isMenuName(w))) return undefined;
    return { property, negated: m[1] !== undefined, anything: at === 1 };
  }
  return undefined;
}

/**
 * Whether a word of the message names a dish of the menu outright (a lexicon segment of that one word
 * with an item entry that is no weak head-noun guess): "what is rasmalai" asks about that dish.
 */
export function namesDish(segs: readonly Segment[], tokens: readonly Token[]): (word: string) => boolean {
  const named = new Set<string>();
  for (const s of segs)
    if (s.type === 'lex' && s.end - s.start === 1 && s.entries.some((e) => e.kind === 'item' && !e.weak))
      named.add(tokens[s.start]?.norm ?? '');
  return (word) => named.has(word);
}
