import { wordTable } from '../../domain/word-table.ts';
import { BoundedMemo } from '../state/bounded-memo.ts';
import { COMMON_WORDS, LEXICON_STOPWORDS } from './common-words.ts';
import { editDistance } from './edit-distance.ts';

/** The cardinal words a misspelling is read as (the words `numbered` reads, one to a thousand). */
const NUMBER_WORDS: readonly string[] =
  `one two three four five six seven eight nine ten eleven twelve thirteen
  fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
  hundred thousand`.split(/\s+/);

/**
 * Plurals and ordinals of number words ("sevens", "fifth", "seventh", "thirties"): one letter from a
 * cardinal ("fifth" from "fifty") but never a count.
 */
const NUMBER_FORMS: ReadonlySet<string> = new Set([
  ...NUMBER_WORDS.flatMap((w) => [`${w}s`, `${w}th`, `${w}ths`]),
  ...NUMBER_WORDS.filter((w) => w.endsWith('ty')).flatMap((w) => [
    `${w.slice(0, -1)}ies`,
    `${w.slice(0, -1)}ieth`,
  ]),
  ...'first second third fifth eighth ninth twelfth'.split(' ').flatMap((w) => [w, `${w}s`]),
]);

/**
 * English words (and first names, said lowercase in chat) that the misspelling rule below reaches from a
 * number word: every word of Debian's `wamerican` list (american-english) within the rule's reach of a
 * cardinal, plus "nein" (a "no", one swap from "nine"), "elven" and the chat word "fave" (favourite, one
 * letter from "five"). Such a word is meant as itself:
 * "tree", "fine", "for", "there", "tent". Not here on purpose: "tow", the swapped "two" (a word nobody
 * orders food with; "tow naan" is two naan).
 */
const NEAR_NUMBER_WORDS: ReadonlySet<string> = new Set(
  `doyen doze dozed dozes fie fife file fine fire fiver flour for foul fur foray fort forte forth forts nice nite
  none nicety once seen semen sever teen tend tent tern then thee there threw throe tree thirsty nein elven
  nike nile nina severn steven sven tyree fave`.split(/\s+/),
);

/**
 * Words that sound like a unit number, read as it only as the unit of a tens word before a dish
 * ("twenty-too samosas"); "to" and "for" stay prepositions ("twenty to five", "ten for ten").
 */
export const SOUNDS_LIKE_UNIT = wordTable<number>({ too: 2, won: 1 });

/** A word is read as a misspelt number only from this length: "to", "on" are words, "fo" is nothing. */
const MIN_LENGTH = 3;

/**
 * The cardinal word a misspelt word stands for ("thre" → "three", "fourty" → "forty", "tow" → "two",
 * "twnety" → "twenty"), or undefined. The word must be unknown to the parser's English vocabulary
 * (COMMON_WORDS, the stopword lists, {@link NEAR_NUMBER_WORDS}, plurals and ordinals of number words);
 * the caller checks the venue's menu words. Rule: same first letter (as the lexicon's typo search),
 * one edit (Damerau: a swap of neighbours is one) from a cardinal, two from one of eight letters or
 * more; a word of three letters only by a dropped, added or swapped letter ("fiv", "tow"; never "sic",
 * "teh" for "six", "ten"); exactly one cardinal nearest.
 */
export function misspeltNumberWord(word: string): string | undefined {
  const known = MISSPELT.get(word) ?? MISSPELT.set(word, readMisspelt(word) ?? null);
  return known ?? undefined;
}

/** Misspellings already read, by word (null: none): every quantity reading asks of each word. Bounded. */
const MISSPELT = new BoundedMemo<string | null>(20_000);

function readMisspelt(word: string): string | undefined {
  if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return undefined;
  if (COMMON_WORDS.has(word) || LEXICON_STOPWORDS.has(word)) return undefined;
  if (NEAR_NUMBER_WORDS.has(word) || NUMBER_FORMS.has(word) || NUMBER_WORDS.includes(word)) return undefined;
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  let tie = false;
  for (const n of NUMBER_WORDS) {
    if (n.charCodeAt(0) !== word.charCodeAt(0)) continue;
    const limit = n.length >= 8 ? 2 : 1;
    const d = editDistance(word, n, limit);
    if (d > limit) continue;
    // a three-letter word with one letter changed is too often another word ("sic", "teh", "tan")
    if (word.length <= 3 && word.length === n.length && !sameLetters(word, n)) continue;
    if (d < bestD) {
      best = n;
      bestD = d;
      tie = false;
    } else if (d === bestD) tie = true;
  }
  return tie ? undefined : best;
}

const sameLetters = (a: string, b: string) => [...a].sort().join('') === [...b].sort().join('');
