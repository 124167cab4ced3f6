import type { ItemQuestionReading } from './item-question.ts';
import type { Token } from './normalize.ts';
import { PhraseSet } from './phrase-set.ts';

/**
 * "does it have cheese?", "is there cheese on it?", "does that come with onions?", "has it got pickles?":
 * a yes/no question whose subject is a pronoun for the dish in focus (the dish waiting for an option,
 * just added or just asked about) and whose object is a thing the dish may hold. The object's words are
 * an ingredient asked about, never a dish of their own (a menu's "Cheese Fries" is not what "cheese"
 * means here). Generic English; nothing venue-specific. Pure.
 */

const p = (s: string) => new PhraseSet(s.split('|'));

/** The auxiliary opening the question: "does it …", "do they …", "will it …". */
const AUX = new Set(['does', 'do', 'did', 'will', 'would', 'has', 'have']);
/** Pronouns standing for the dish in focus. */
const SUBJECTS = new Set(['it', 'that', 'this', 'they', 'these', 'those']);
/** Verbs of holding: "have", "come with", "include". */
const HOLDS = p(
  'have|has|got|have got|come with|comes with|contain|contains|include|includes|get|usually have|usually come with|normally come with|already have|already come with',
);
/** Plural subjects, which may be the venue's people unless the dish "comes with" or "includes" it. */
const PLURALS = new Set(['they', 'these', 'those']);
const COME_WITH = new Set(['come', 'comes', 'include', 'includes']);
/** Readings a topic word already settled: "does it have nuts" asks allergens, "is it spicy" heat. */
const SETTLED = new Set(['allergens', 'diet', 'spice', 'price']);
/** Quantifier before the object: "any", "some", "extra". */
const QUANTIFIERS = new Set(['any', 'some', 'a', 'an', 'the']);
/** "on it", "in it", "with it" closing the question. */
const PLACES = new Set(['on', 'in', 'with', 'inside', 'under']);
/** Closers after the object: punctuation aside, "already", "too", "by default". */
const CLOSERS = new Set(['already', 'too', 'also', 'normally', 'usually', 'standard', 'please']);
/** At most this many words name the thing asked about ("american cheese", "raw red onion"). */
const MAX_OBJECT = 4;

/** The token range of the thing asked about, `[start, end)`. */
export interface FocusHeld {
  start: number;
  end: number;
}

/** Reads a question about what the dish in focus holds; undefined when the message is none. */
export function focusHeldQuestion(tokens: readonly Token[]): FocusHeld | undefined {
  const idx = tokens.flatMap((t, i) => (t.punct ? [] : [i]));
  const ws = idx.map((i) => tokens[i] as Token);
  const norms = ws.map((t) => t.norm);
  // the token range of words [a, b)
  const span = (a: number, b: number): FocusHeld | undefined =>
    b > a && b - a <= MAX_OBJECT ? { start: idx[a] as number, end: (idx[b - 1] as number) + 1 } : undefined;
  const subjectAt = (k: number) => {
    if (!SUBJECTS.has(norms[k] ?? '')) return 0;
    return norms[k + 1] === 'one' || norms[k + 1] === 'dish' ? 2 : 1;
  };
  // "does it have cheese (on it)", "has it got pickles", "does that come with onions"
  if (AUX.has(norms[0] ?? '')) {
    const s = subjectAt(1);
    const len = s > 0 ? HOLDS.matchAt(ws, 1 + s) : 0;
    if (len === 0) return undefined;
    // "do they have wifi": a plural "they" that has something is the venue's people, not a dish
    if (PLURALS.has(norms[1] ?? '') && !COME_WITH.has(norms[1 + s] ?? '')) return undefined;
    let start = 1 + s + len;
    while (QUANTIFIERS.has(norms[start] ?? '')) start++;
    let end = norms.length;
    while (end > start && CLOSERS.has(norms[end - 1] ?? '')) end--;
    // "… on it", "… in that one"
    const tail = subjectAt(end - 1) > 0 ? end - 1 : subjectAt(end - 2) === 2 ? end - 2 : -1;
    if (tail > start && PLACES.has(norms[tail - 1] ?? '')) end = tail - 1;
    return span(start, end);
  }
  // "is there cheese on it", "are there any onions in that"
  if ((norms[0] === 'is' || norms[0] === 'are') && norms[1] === 'there') {
    const end = norms.length;
    const tail = subjectAt(end - 1) > 0 ? end - 1 : subjectAt(end - 2) === 2 ? end - 2 : -1;
    if (tail < 0 || !PLACES.has(norms[tail - 1] ?? '')) return undefined;
    let start = 2;
    while (QUANTIFIERS.has(norms[start] ?? '')) start++;
    return span(start, tail - 1);
  }
  return undefined;
}

/**
 * The item question a focus-holding question asks: the ingredients of the dish in focus, with the thing
 * asked about as said. Undefined when the message is none, or a topic word settled its reading ("does it
 * have nuts" asks allergens).
 */
export function focusHeldReading(
  tokens: readonly Token[],
  reading: ItemQuestionReading | undefined,
): ItemQuestionReading | undefined {
  if (reading && SETTLED.has(reading.question.topic)) return undefined;
  const held = focusHeldQuestion(tokens);
  if (!held) return undefined;
  const ingredient = tokens
    .slice(held.start, held.end)
    .filter((t) => !t.punct)
    .map((t) => t.norm)
    .join(' ');
  return { question: { topic: 'ingredients', ingredient }, cued: true, subject: false };
}
