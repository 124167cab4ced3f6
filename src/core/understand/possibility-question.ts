import type { LexEntry } from './lexicon-entry.ts';
import type { Token } from './normalize.ts';
import type { Segment } from './segment.ts';

/** Openers of a question about what the kitchen can do ("can you", "is it possible to", "do you"). */
const OPENERS: readonly (readonly string[])[] = [
  ['can', 'you'],
  ['can', 'u'],
  ['could', 'you'],
  ['could', 'u'],
  ['would', 'you'],
  ['will', 'you'],
  ['can', 'i'],
  ['could', 'i'],
  ['can', 'we'],
  ['could', 'we'],
  ['do', 'you'],
  ['is', 'it', 'possible', 'to'],
  ['would', 'it', 'be', 'possible', 'to'],
  ['are', 'you', 'able', 'to'],
];
/** Verbs that ask for a dish made another way: with a diet word after the dish ("make the korma vegan"). */
const MAKE_VERBS = new Set(['make', 'do', 'prepare', 'cook']);
/** Verbs that ask for one ingredient in place of another ("swap the cheese for vegan cheese"). */
const SWAP_VERBS = new Set(['swap', 'switch', 'substitute', 'sub', 'replace', 'exchange', 'trade']);
/** Words said before an opener that keep it at the start ("hi, can you ...", "so is it possible to ..."). */
const LEAD_INS = new Set(['hi', 'hey', 'hello', 'so', 'and', 'also', 'ok', 'okay', 'um', 'well', 'please']);

/** What the possibility reader needs. */
export interface PossibilityInput {
  tokens: readonly Token[];
  segs: readonly Segment[];
  /** Items in the cart: a swap asked with something to change is a change, not a question. */
  cartSize: number;
}

/** Which kind of possibility the message asks about. */
export type PossibilityKind = 'diet' | 'swap';

const entriesOf = (s: Segment): readonly LexEntry[] => (s.type === 'lex' ? s.entries : []);
const dietWordSeg = (s: Segment) =>
  entriesOf(s).some((e) => e.kind === 'diet' || (e.kind === 'allergen' && e.free)) &&
  !entriesOf(s).some((e) => e.kind === 'item' && !e.weak);
const itemSeg = (s: Segment) => entriesOf(s).some((e) => e.kind === 'item');
/** Diet flags said by their own word ("jain", "halal", "kosher"): never an option of a dish. */
const FLAG_WORDS = new Set(['jain', 'halal', 'kosher']);

/**
 * A question about what is possible rather than an order or a change: "can you make the chana masala
 * jain?", "is it possible to make the margherita vegan?" (a dish, then a diet the dish is to fit: a diet
 * is no option to add), and, with nothing in the cart to change, "can I swap the cheese for vegan
 * cheese?". Returns its kind, or undefined. Pure: reads the words, the lexicon segments and the cart's
 * size only.
 */
export function readPossibilityQuestion(input: PossibilityInput): PossibilityKind | undefined {
  const { tokens, segs } = input;
  const words = tokens.filter((t) => !t.punct).map((t) => t.norm);
  let at = 0;
  while (at < words.length && LEAD_INS.has(words[at] as string)) at++;
  const opener = OPENERS.find((o) => o.every((w, k) => words[at + k] === w));
  if (!opener) return undefined;
  // the verb comes right after the opener, or after one word ("can you please make", "can i just swap")
  const verbAt = [at + opener.length, at + opener.length + 1].find(
    (k) => MAKE_VERBS.has(words[k] ?? '') || SWAP_VERBS.has(words[k] ?? ''),
  );
  if (verbAt === undefined) return undefined;
  const verb = words[verbAt] as string;
  if (SWAP_VERBS.has(verb)) return input.cartSize === 0 ? 'swap' : undefined;
  // "make" + a dish + a diet word after it; the diet word is no part of a dish's name
  const verbToken = tokens.filter((t) => !t.punct)[verbAt] as Token;
  const after = segs.filter((s) => (tokens[s.start] as Token).start > verbToken.start);
  const dish = after.findIndex(itemSeg);
  if (dish < 0) return undefined;
  const rest = after.slice(dish + 1);
  const diet = rest.some(
    (s) => dietWordSeg(s) || (s.type === 'word' && FLAG_WORDS.has(s.norm)) || flagIn(s, tokens),
  );
  return diet ? 'diet' : undefined;
}

const flagIn = (s: Segment, tokens: readonly Token[]): boolean => {
  for (let i = s.start; i < s.end; i++) if (FLAG_WORDS.has((tokens[i] as Token).norm)) return true;
  return false;
};
