import numbered from 'numbered';
import { wordTable } from '../../domain/word-table.ts';
import { BoundedMemo } from '../state/bounded-memo.ts';
import { misspeltNumberWord, SOUNDS_LIKE_UNIT } from './misspelt-number.ts';
import { foldWord, type Token } from './normalize.ts';

/** Counting words that are not cardinal numbers (numbered reads the cardinals). */
const COUNT_WORDS = wordTable<number>({
  single: 1,
  couple: 2,
  pair: 2,
  dozen: 12,
});
/** Scale words: "two hundred", "a thousand". */
const SCALES = new Set(['hundred', 'thousand', 'million']);
/** Nouns that count servings of the item that follows: "two orders of fries", "2 plates of chole", "2 bags of chips". */
export const SERVING_NOUNS = new Set([
  'order',
  'plate',
  'serving',
  'portion',
  'helping',
  'basket',
  'bag',
  'box',
  'tray',
]);
/**
 * Measures of an option rather than servings of a dish: "2 pumps vanilla", "three shots of hazelnut",
 * "2 scoops of protein": the number before them counts the option that follows.
 */
export const OPTION_MEASURES = new Set([
  'pump',
  'pumps',
  'shot',
  'shots',
  'scoop',
  'scoops',
  'packet',
  'packets',
  'splash',
  'splashes',
  'squirt',
  'squirts',
  'spoon',
  'spoons',
  'spoonful',
  'spoonfuls',
  'dash',
  'dashes',
]);

export interface QuantityMatch {
  readonly value: number;
  /** Tokens consumed. */
  readonly length: number;
  /** "a"/"an": counts as 1 but is the article, not a stated number. */
  readonly article: boolean;
  /** "another", "one more", "two more": adds to what the cart already holds. */
  readonly more?: true;
  /**
   * The number was read from a misspelt word ("thre", "fourty two": `typo`) or a unit that sounds like
   * one ("twenty too": `sound`); only with {@link MisspeltNumbers}. The caller checks the position.
   */
  readonly misspelt?: 'typo' | 'sound';
}

/** A cardinal number word ("twelve", "twenty-one") read by `numbered`, 1 to 1,000,000, or undefined. */
export const cardinal = (word: string | undefined): number | undefined => {
  if (word === undefined) return undefined;
  const known = CARDINALS.get(word) ?? CARDINALS.set(word, readCardinal(word) ?? null);
  return known ?? undefined;
};

function readCardinal(word: string): number | undefined {
  if (!/^[a-z]+(?:-[a-z]+)?$/.test(word)) return undefined;
  const v = numbered.parse(word);
  return v > 0 && v <= 1_000_000 ? v : undefined;
}

/** Cardinals already read, by word (null: none): every quantity reading asks of each word again. Bounded. */
const CARDINALS = new BoundedMemo<number | null>(20_000);

/**
 * Reads misspelt number words ("thre", "fourty", "tow") where a quantity is read: the venue's menu
 * words are never read so (`isMenuWord`, by token key or word), the venue's vocabulary wins.
 */
export interface MisspeltNumbers {
  readonly isMenuWord: (word: string) => boolean;
}

/** The cardinal a token is (its word, value), exact or, with `misspelt`, a misspelling of one. */
function cardinalAt(
  token: Token | undefined,
  misspelt: MisspeltNumbers | undefined,
): { word: string; value: number; misspelt: boolean } | undefined {
  return token === undefined ? undefined : cardinalWord(token.norm, token.key, misspelt);
}

/** {@link cardinalAt} of a word (`norm`) and its lexicon key (`key`). */
function cardinalWord(
  norm: string,
  key: string,
  misspelt: MisspeltNumbers | undefined,
): { word: string; value: number; misspelt: boolean } | undefined {
  const exact = cardinal(norm);
  if (exact !== undefined) return { word: norm, value: exact, misspelt: false };
  if (!misspelt || misspelt.isMenuWord(key) || misspelt.isMenuWord(norm)) return undefined;
  const word = misspeltNumberWord(norm);
  const value = cardinal(word);
  return word !== undefined && value !== undefined ? { word, value, misspelt: true } : undefined;
}

/**
 * One lowercase word read as a count, for readers of a count in a known place (a correction's count,
 * the answer to "how many pieces?"): digits ("6"), a cardinal ("ten", "twenty-one") or, with
 * `misspelt`, a misspelt cardinal that is no menu word ("tenn", "thre"; see {@link MisspeltNumbers}).
 * Undefined for anything else. The caller checks the word stands where a count is said.
 */
export function countWord(word: string, misspelt?: MisspeltNumbers): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return cardinalWord(word, foldWord(word), misspelt)?.value;
}

/**
 * The longest run of number words at token `i` that reads as one number ("twenty one", "one hundred
 * and five", "two thousand"), parsed by the `numbered` library. Digit-by-digit runs ("one two") stop
 * after the first word: a smaller word may follow only a tens word or a scale word. With `misspelt`,
 * a word may be a misspelt number word ("fourty two", "thirty fve"), and the unit after a tens word a
 * word that sounds like it ("twenty too"); `misspelt` in the result says which was read.
 */
function numberWords(
  tokens: readonly Token[],
  i: number,
  misspelt?: MisspeltNumbers,
): { value: number; length: number; misspelt?: 'typo' | 'sound' } | undefined {
  const first = cardinalAt(tokens[i], misspelt);
  if (first === undefined) return undefined;
  let read: 'typo' | 'sound' | undefined = first.misspelt ? 'typo' : undefined;
  const words = [first.word];
  let prev = first.value;
  let length = 1;
  for (let j = i + 1; j < tokens.length; j++) {
    const w = tokens[j]?.norm;
    let step = 1;
    let at = j;
    // "hundred and five"
    if (w === 'and' && SCALES.has(words.at(-1) as string)) {
      at = j + 1;
      step = 2;
    }
    const isTens = prev >= 20 && prev < 100 && prev % 10 === 0;
    const sound = misspelt && isTens ? SOUNDS_LIKE_UNIT[tokens[at]?.norm ?? ''] : undefined;
    const next =
      sound !== undefined
        ? { word: numbered.stringify(sound) as string, value: sound, misspelt: true }
        : cardinalAt(tokens[at], misspelt);
    if (next === undefined) break;
    const { word, value: v } = next;
    const scale = SCALES.has(word);
    const afterTens = isTens && v < 10;
    const afterScale = SCALES.has(words.at(-1) as string) && v < prev;
    if (!(scale && prev < v) && !afterTens && !afterScale) break;
    if (sound !== undefined) read = 'sound';
    else if (next.misspelt) read ??= 'typo';
    words.push(...(step === 2 ? ['and', word] : [word]));
    prev = v;
    length += step;
    j += step - 1;
  }
  return { value: numbered.parse(words.join(' ')), length, ...(read ? { misspelt: read } : {}) };
}

/** The tokens are one number said in words and nothing else ("six", "twenty one"; not "single"). */
export function isSpelledNumber(tokens: readonly Token[]): boolean {
  return tokens.length > 0 && numberWords(tokens, 0)?.length === tokens.length;
}

/**
 * `w(k)`: the word `k` tokens after token `i` (made by a function, not inline: under tsx, esbuild's
 * keepNames gives every inline named closure a defineProperty each time it is made).
 */
function wordsFrom(tokens: readonly Token[], i: number): (k: number) => string | undefined {
  return (k) => tokens[i + k]?.norm;
}

/** Ordinal words read as "one more" of a dish ("first" and "last" point at cart lines, never add). */
const ORDINAL_WORDS = new Set(['second', 'third', 'fourth', 'fifth']);
/** Digits' ordinal suffixes, split off by normalize ("2nd" → "2", "nd"). */
const ORDINAL_SUFFIXES = new Set(['nd', 'rd', 'th']);
/** Words before a bare ordinal that make it an addition ("and 2nd latte", "add third mocha"). */
const ORDINAL_LEADS = new Set(['and', 'also', 'plus', 'add', 'get', 'want', 'need', 'take', 'order', ',']);

/**
 * The tokens an ordinal of 2 to 5 takes at `j`: 1 for a word ("second"), 2 for digits and suffix
 * ("2 nd", as normalize splits "2nd"), 0 for none.
 */
function ordinalLength(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (!t) return 0;
  if (ORDINAL_WORDS.has(t.norm)) return 1;
  const suffix = tokens[j + 1];
  return t.num !== undefined &&
    t.num >= 2 &&
    t.num <= 5 &&
    suffix &&
    ORDINAL_SUFFIXES.has(suffix.norm) &&
    suffix.oStart === t.oEnd
    ? 2
    : 0;
}

/**
 * A quantity at token `i`: digits ("3", "18000"), number words ("three", "twenty one", "a hundred"),
 * "a couple of", "a dozen", "half a dozen" / "half dozen", "a"/"an", "3x" / "3 x", "two orders of", "another",
 * "two more". Trailing "of" is consumed. With `misspelt`, also misspelt number words (see
 * {@link MisspeltNumbers}), marked so in the result.
 */
export function readQuantity(
  tokens: readonly Token[],
  i: number,
  misspelt?: MisspeltNumbers,
): QuantityMatch | undefined {
  const w = wordsFrom(tokens, i);
  const t0 = tokens[i];
  if (!t0 || t0.punct) return undefined;
  // "a second coke", "a 2nd latte", "a third one" is another one, not a count of 2 or 3
  const afterArticle = w(0) === 'a' || w(0) === 'one' ? ordinalLength(tokens, i + 1) : 0;
  if (afterArticle > 0 && tokens[i + 1 + afterArticle] && !tokens[i + 1 + afterArticle]?.punct)
    return { value: 1, length: 1 + afterArticle, article: true, more: true };
  // "and 2nd latte", "add third mocha": the same without the article, where a dish is asked for
  const bare = ordinalLength(tokens, i);
  if (bare > 0 && tokens[i + bare] && !tokens[i + bare]?.punct && (i === 0 || ORDINAL_LEADS.has(w(-1) ?? '')))
    return { value: 1, length: bare, article: true, more: true };
  // "another coke", "another one of those cokes"; "another 2 samosas", "another two cokes": that many more
  if (w(0) === 'another') {
    const counted = readQuantity(tokens, i + 1);
    if (counted && !counted.article && counted.value > 0)
      return { ...counted, length: counted.length + 1, more: true };
    return { value: 1, length: w(1) === 'one' && w(2) === 'of' ? 3 : 1, article: true, more: true };
  }
  let value: number | undefined;
  let length = 0;
  let article = false;
  let misread: 'typo' | 'sound' | undefined;
  if (t0.num !== undefined) {
    if (!Number.isInteger(t0.num)) return undefined;
    // "-3 paneer tikka": the sign is kept, so a negative count is seen (and refused), never read as 3
    value = t0.minus ? -t0.num : t0.num;
    length = 1;
  } else if (w(0) === 'half' && (w(1) === 'a' || w(1) === 'an') && w(2) === 'dozen') {
    value = 6;
    length = 3;
  } else if (w(0) === 'half' && w(1) === 'dozen') {
    // "half dozen donuts", as said without the article
    value = 6;
    length = ofAfter(tokens, i + 2, 2);
  } else if ((w(0) === 'a' || w(0) === 'an') && w(1) !== undefined) {
    const next = w(1) as string;
    const counted = COUNT_WORDS[next] ?? (SCALES.has(next) ? cardinal(next) : undefined);
    if (counted !== undefined) {
      value = counted;
      length = 2;
    } else if (['lot', 'little', 'bit', 'few', 'bunch', 'handful', 'number'].includes(next)) return undefined;
    else {
      value = 1;
      length = 1;
      article = true;
    }
  } else {
    const words = numberWords(tokens, i, misspelt);
    if (words) ({ value, length, misspelt: misread } = words);
    else if (COUNT_WORDS[w(0) as string] !== undefined) {
      value = COUNT_WORDS[w(0) as string] as number;
      length = 1;
      if (w(0) === 'dozen') return { value, length: ofAfter(tokens, i + 1, 1), article: false };
    }
  }
  if (value === undefined) return undefined;
  if (w(length) === 'dozen') {
    value *= 12;
    length++;
    article = false;
  }
  // "3x cannoli", "3 x cannoli"
  if (!article && (w(length) === 'x' || w(length) === '×')) length++;
  let more: true | undefined;
  if (w(length) === 'more') {
    more = true;
    length++;
  }
  // "two orders of fries": the serving noun is part of the count
  const noun = tokens[i + length];
  if (noun && SERVING_NOUNS.has(noun.key) && w(length + 1) === 'of') {
    length += 2;
    article = false;
  } else length = ofAfter(tokens, i + length, length);
  return { value, length, article, ...(more ? { more } : {}), ...(misread ? { misspelt: misread } : {}) };
}

/** `length` plus one when the token at `at` is "of" ("a couple of"). */
function ofAfter(tokens: readonly Token[], at: number, length: number): number {
  return tokens[at]?.norm === 'of' ? length + 1 : length;
}
