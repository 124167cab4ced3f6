import type { LexEntry } from './lexicon-entry.ts';
import type { Token } from './normalize.ts';
import { PhraseSet } from './phrase-set.ts';

/**
 * Words that may open a request to look before its verb: "can I", "let me", "I'd like to", "ok so".
 * Several may follow one another ("ok can I just").
 */
const OPENERS = new PhraseSet([
  'ok',
  'okay',
  'so',
  'hey',
  'hi',
  'um',
  'uh',
  'hmm',
  'well',
  'please',
  'just',
  'first',
  'now',
  'quickly',
  'actually',
  'can i',
  'could i',
  'may i',
  'can we',
  'could we',
  'may we',
  'let me',
  'lemme',
  'let us',
  'i want to',
  'i wanna',
  'i would like to',
  'i would love to',
  'we would like to',
  'we want to',
  'i need to',
  'i will',
  'i am going to',
  'i am gonna',
  'gonna',
  'want to',
  'wanna',
  'you can',
  'can you',
  'could you',
  'would you',
  'will you',
  'mind if i',
]);

/**
 * Verbs of looking at a part of the menu, with what may follow them before the object: "show me",
 * "have a look at", "check out", "take a peek at", "see", "browse".
 */
const LOOK_VERBS = new PhraseSet([
  'show me',
  'show us',
  'show',
  'list',
  'see',
  'look at',
  'look through',
  'look over',
  'have a look at',
  'have a look through',
  'have a look over',
  'take a look at',
  'take a look through',
  'have a quick look at',
  'take a quick look at',
  'have a peek at',
  'take a peek at',
  'peek at',
  'have a gander at',
  'glance at',
  'check out',
  'browse',
  'view',
  'go through',
  'run through',
  'run me through',
  'walk me through',
]);

/** Determiners between the verb and the object: "the", "your", "all the", "some of your". */
const DETERMINERS = new PhraseSet([
  'the',
  'your',
  'ur',
  'all the',
  'all your',
  'all of the',
  'all of your',
  'all',
  'some of the',
  'some of your',
  'some',
  'any',
  'what',
  'which',
]);

/** Words that may close the request after its object: "please", "thanks", "first", "you have". */
const CLOSERS = new Set(
  'please pls plz thanks thank you thx first too then quickly quick real now again menu list section options selection ones do does have has got are there is serve offer sell'.split(
    ' ',
  ),
);

/** Longest object read, in words. */
const MAX_OBJECT_WORDS = 4;

/** The object of a request to look at part of the menu: its tokens, from `start` up to `end` (excluded). */
export interface LookObject {
  readonly start: number;
  readonly end: number;
}

/**
 * "let me have a look at the desserts", "can I see your salads", "I'd like to check out the soups",
 * "show me the drinks please": a request to look at something named after a verb of looking (the
 * whole message, openers and closers aside). Gives where its object lies among `tokens` (punctuation
 * included, as `normalize` gives them), so that a caller decides whether the object is a category or
 * a plural noun to browse; undefined for any other shape ("check out please", "a samosa").
 */
export function readLookObject(tokens: readonly Token[]): LookObject | undefined {
  let i = 0;
  const skipPunct = () => {
    while (i < tokens.length && (tokens[i] as Token).punct) i++;
  };
  skipPunct();
  for (let len = OPENERS.matchAt(tokens, i); len > 0; len = OPENERS.matchAt(tokens, i)) {
    i += len;
    skipPunct();
  }
  const verb = LOOK_VERBS.matchAt(tokens, i);
  if (verb === 0) return undefined;
  i += verb;
  const det = DETERMINERS.matchAt(tokens, i);
  i += det;
  const start = i;
  let end = tokens.length;
  while (end > start) {
    const t = tokens[end - 1] as Token;
    if (!t.punct && !CLOSERS.has(t.norm) && !(t.norm === 'you' && end - 1 > start)) break;
    end--;
  }
  // a noun phrase, not a clause: "check out the vegan starters", not "... before we drive to get pizza"
  if (end <= start || end - start > MAX_OBJECT_WORDS) return undefined;
  // the object is words only: "check out, card please" is no look at anything
  for (let k = start; k < end; k++) if ((tokens[k] as Token).punct) return undefined;
  return { start, end };
}

/** A segment of the message as `segment` gives it: a lexicon phrase's entries, or other words. */
type LookSegment =
  | { type: 'lex'; start: number; end: number; entries: readonly LexEntry[] }
  | { type: string; start: number; end: number };

/**
 * "let me have a look at the desserts", "can I see the vegan starters": a request to look whose object
 * ends on the category `category` (a diet or another filter may stand before it) and names no dish:
 * the category is browsed, not "which one?" asked. A dish read only from the category's own words
 * (an "omelet" alias of a build-your-own omelet) names none; a dish named by more words ("chicken
 * burgers") or elsewhere in the object does, and so does a count ("two of the desserts").
 */
export function looksAtCategory(
  tokens: readonly Token[],
  segs: readonly LookSegment[],
  lines: readonly { seg: number; quantityExplicit: boolean }[],
  category: string | undefined,
): boolean {
  if (category === undefined || lines.some((l) => l.quantityExplicit)) return false;
  const object = readLookObject(tokens);
  if (!object) return false;
  const within = (s: LookSegment) => s.start >= object.start && s.end <= object.end;
  const at = segs.findIndex(
    (s) =>
      within(s) &&
      s.end === object.end &&
      'entries' in s &&
      s.entries.some((e) => e.kind === 'category' && e.id === category),
  );
  if (at < 0) return false;
  if (lines.some((l) => l.seg !== at)) return false;
  return !segs.some(
    (s, k) => k !== at && within(s) && 'entries' in s && s.entries.some((e) => e.kind === 'item'),
  );
}
