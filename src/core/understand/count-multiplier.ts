import { ACKNOWLEDGEMENTS, COURTESY } from './courtesy-words.ts';
import type { Token } from './normalize.ts';
import { countWord } from './quantity.ts';

/**
 * Counts multiplied on the dish in focus: "double it", "triple that", "can you double those please",
 * "twice as many", "make it three times as many", "double the amount", "make that double". A lexicon of
 * multiplier words (general English, never a venue's words) and one scope rule: the object only points
 * ("it", "that", "those", "that order"), so the count multiplied is that of the dish in focus (the dish
 * waiting on its question, else the cart line last touched), never a dish named nor the whole order.
 * The message must be the frame alone, with lead-in and courtesy words around it.
 */

/** The largest factor read ("quadruple", "four times as many"). */
export const MAX_COUNT_SCALE = 4;

/** Verbs that multiply what they point at. */
const MULTIPLY_VERBS: ReadonlyMap<string, number> = new Map([
  ['double', 2],
  ['dbl', 2],
  ['triple', 3],
  ['treble', 3],
  ['quadruple', 4],
]);

/** Adverbs of times said before "as many" ("twice as many", "thrice as much"). */
const TIMES_ADVERBS: ReadonlyMap<string, number> = new Map([
  ['twice', 2],
  ['thrice', 3],
]);

/** Words that point at the dish in focus without naming it. */
const POINTERS: ReadonlySet<string> = new Set(['it', 'that', 'this', 'them', 'those', 'these']);

/** Nouns a pointer may carry ("that order", "those ones", "that lot"). */
const POINTED_NOUNS: ReadonlySet<string> = new Set(['one', 'ones', 'order', 'lot']);

/** Determiners opening a dish named after a multiplying verb ("double the fries", "triple my knots"). */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'my', 'our', 'those', 'these', 'both']);

/** Most words of a dish named after a multiplying verb ("double the garlic knots"). */
const MAX_OBJECT_WORDS = 5;

/** "double the amount": nouns of the count itself. */
const COUNT_NOUNS: ReadonlySet<string> = new Set(['amount', 'quantity', 'number', 'count']);

/** Verbs that set what the dish becomes ("make it double", "make that twice as many"). */
const SETTING_VERBS: ReadonlySet<string> = new Set(['make', 'do', 'get', 'give', 'have', 'want']);

/** Words that ask or soften before the frame ("can you", "actually", "ok let us", "i would like to"). */
const LEAD_WORDS: ReadonlySet<string> = new Set([
  ...COURTESY,
  ...ACKNOWLEDGEMENTS,
  'actually',
  'oh',
  'hmm',
  'um',
  'uh',
  'and',
  'so',
  'yeah',
  'yes',
  'wait',
  'no',
  'sorry',
  'can',
  'could',
  'would',
  'will',
  'you',
  'let',
  'lets',
  'us',
  'i',
  'we',
  'to',
  'just',
  'like',
  'want',
  'go',
  'ahead',
  'on',
  'second',
  'thought',
  'thoughts',
  'hey',
]);

/** Words that close the frame politely ("please", "thanks", "for me", "then", "instead"). */
const TAIL_WORDS: ReadonlySet<string> = new Set([
  ...COURTESY,
  'you',
  'then',
  'instead',
  'actually',
  'for',
  'me',
  'us',
  'now',
  'too',
]);

/**
 * A multiplier found in a message: the factor, and the token span [from, to) of its frame (lead-in
 * words before it left out).
 */
export interface CountMultiplier {
  readonly factor: number;
  readonly from: number;
  readonly to: number;
  /**
   * "double the garlic knots": the token span [from, to) of the dish named after the verb and its
   * determiner, when the frame names one instead of pointing; the caller checks the words name a cart dish.
   */
  readonly object?: { readonly from: number; readonly to: number };
}

/** The pointer at `i` ("it", "that order", "those ones"): the index after it, or -1. */
function pointerEnd(tokens: readonly Token[], i: number): number {
  if (!POINTERS.has(tokens[i]?.norm ?? '')) return -1;
  return POINTED_NOUNS.has(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1;
}

/** "as many", "as much": the index after it, or -1. */
function asManyEnd(tokens: readonly Token[], i: number): number {
  return tokens[i]?.norm === 'as' && ['many', 'much'].includes(tokens[i + 1]?.norm ?? '') ? i + 2 : -1;
}

/** "twice", "three times", "3 times": the factor and the index after it. */
function timesAt(tokens: readonly Token[], i: number): { factor: number; end: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const adverb = TIMES_ADVERBS.get(t.norm);
  if (adverb !== undefined) return { factor: adverb, end: i + 1 };
  if (tokens[i + 1]?.norm !== 'times') return undefined;
  const n = t.minus ? undefined : countWord(t.norm);
  return n !== undefined ? { factor: n, end: i + 2 } : undefined;
}

/**
 * The frame starting at token `i`: "double it", "double the amount", "make it double", "twice as many",
 * "make that three times as many". Its factor and end, or undefined.
 */
function frameAt(
  tokens: readonly Token[],
  i: number,
  namesChoice: (i: number) => boolean,
): { factor: number; end: number; object?: true } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const verb = MULTIPLY_VERBS.get(t.norm);
  // "double it", "triple those ones", "double the amount"; never a choice of the dish ("Double" patties)
  if (verb !== undefined && !namesChoice(i)) {
    const end = pointerEnd(tokens, i + 1);
    if (end > 0) return { factor: verb, end: tokens[end]?.norm === 'up' ? end + 1 : end };
    if (tokens[i + 1]?.norm === 'the' && COUNT_NOUNS.has(tokens[i + 2]?.norm ?? ''))
      return { factor: verb, end: i + 3 };
    // "double the garlic knots", "triple my fries": a dish named (the words after are its name)
    if (OBJECT_DETERMINERS.has(tokens[i + 1]?.norm ?? '') && tokens[i + 2] !== undefined)
      return { factor: verb, end: i + 2, object: true };
  }
  // "twice as many", "three times as many", "twice the amount"
  const times = timesAt(tokens, i);
  if (times) {
    const after = asManyEnd(tokens, times.end);
    if (after > 0) return { factor: times.factor, end: after };
    if (tokens[times.end]?.norm === 'the' && COUNT_NOUNS.has(tokens[times.end + 1]?.norm ?? ''))
      return { factor: times.factor, end: times.end + 2 };
  }
  // "make it double", "make that twice as many": a setting verb and a pointer before the frame
  if (SETTING_VERBS.has(t.norm)) {
    const end = pointerEnd(tokens, i + 1);
    const at = end > 0 ? end : i + 1;
    const word = tokens[at];
    const said = word ? MULTIPLY_VERBS.get(word.norm) : undefined;
    // "make it double" (no article: "make it a double" names a choice)
    if (said !== undefined && end > 0 && !namesChoice(at)) return { factor: said, end: at + 1 };
    const inner = frameAt(tokens, at, namesChoice);
    if (inner && MULTIPLY_VERBS.get(word?.norm ?? '') === undefined) return inner;
  }
  return undefined;
}

/**
 * The count multiplier the message says of the dish in focus, or undefined: the frame must be the whole
 * message but for lead-in words before it ("can you", "actually") and courtesy words after ("please").
 * `namesChoice(i)` tells that token `i` starts a choice the dish in focus takes ("double" of a burger's
 * patties): such a word is that choice, never a multiplier. Factors of 2 to MAX_COUNT_SCALE. Pure.
 */
export function readCountMultiplier(
  tokens: readonly Token[],
  namesChoice: (i: number) => boolean,
): CountMultiplier | undefined {
  const at = tokens.flatMap((t, i) => (t.punct ? [] : [i]));
  const words = at.map((i) => tokens[i] as Token);
  const choiceAt = (i: number) => namesChoice(at[i] ?? -1);
  let from = 0;
  while (from < words.length) {
    const frame = frameAt(words, from, choiceAt);
    if (frame?.object) {
      // the dish's words run to the courtesy words closing the message
      let end = words.length;
      while (end > frame.end && TAIL_WORDS.has((words[end - 1] as Token).norm)) end--;
      const named = end - frame.end;
      if (named < 1 || named > MAX_OBJECT_WORDS || frame.factor > MAX_COUNT_SCALE) return undefined;
      return {
        factor: frame.factor,
        from: at[from] ?? 0,
        to: (at[end - 1] ?? 0) + 1,
        object: { from: at[frame.end] ?? 0, to: (at[end - 1] ?? 0) + 1 },
      };
    }
    if (frame) {
      const rest = words.slice(frame.end);
      if (rest.every((w) => TAIL_WORDS.has(w.norm)) && frame.factor >= 2 && frame.factor <= MAX_COUNT_SCALE)
        return { factor: frame.factor, from: at[from] ?? 0, to: (at[frame.end - 1] ?? 0) + 1 };
      return undefined;
    }
    if (!LEAD_WORDS.has((words[from] as Token).norm)) return undefined;
    from++;
  }
  return undefined;
}
