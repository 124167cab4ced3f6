import { STOPWORDS } from './common-words.ts';
import { FOOD_WORDS } from './food-words.ts';
import type { Lexicon } from './lexicon.ts';
import { GLUE } from './line-rules.ts';
import type { Token } from './normalize.ts';
import { OPTION_MEASURES } from './quantity.ts';
import type { Segment } from './segment.ts';
import { singularOf } from './singular.ts';

/**
 * How many words a count reaches across to its dish ("3 of your really delicious mango lassis": "your",
 * "really", "delicious"); past that the count is taken to be about something else.
 */
export const MAX_COUNT_FILLERS = 3;

/**
 * Stop words that describe the dish rather than end the count's phrase: possessives ("two of your
 * samosas", "ur" folds to "your") and intensifiers ("two really good samosas"). Every other stop word
 * (a pronoun, a verb, "for", "but", "not", "to", "at" …) ends the count's reach.
 */
const DESCRIBING_STOPWORDS: ReadonlySet<string> = new Set([
  'your',
  'our',
  'my',
  'their',
  'his',
  'her',
  'very',
  'really',
  'quite',
  'so',
  'most',
]);

/**
 * Singular words after which a number counts something other than the dish: a clock or calendar time
 * ("at 7 pm", "6 oclock", "my 2 year old"), a party or a table ("table 4", "2 adult"), a unit or a
 * measure ("20 percent", "2 inch"), the base forms of ordering verbs ("i need 2 want samosas"), and
 * words that count kinds rather than dishes ("2 different samosas").
 * Plural nouns and third-person verbs ("people", "minutes", "wants") end the reach by their form
 * (see {@link endsCountReach}); general English, never a venue's words.
 */
const COUNT_BOUNDARIES: ReadonlySet<string> = new Set(
  `am pm oclock clock noon midnight tonight today tomorrow morning afternoon evening night
  second sec min minute hr hour day week month year yr time
  person ppl pax guest adult kid child baby table party group family
  percent dollar buck cent euro pound inch oz ounce ml liter litre lb kg gram piece pc pcs pack
  want like need get take order add give bring make love eat share split grab try prefer put pick keep
  kind type sort variety different`.split(/\s+/),
);

/**
 * The word segment `s` ends a count's reach toward the dish after it: anything but a describing word
 * (see {@link describingWordAt}) ends it. A phrase read as one of the venue's moods ("cheerful", or
 * "lovely" near "lonely") describes the dish when each of its words does: "2 x lovely masala chai"; a
 * mood of other words ("for the kids") still ends the reach.
 */
export function endsCountReach(s: Segment, tokens: readonly Token[]): boolean {
  if (s.type === 'lex' && s.entries.length > 0 && s.entries.every((e) => e.kind === 'mood')) {
    for (let i = s.start; i < s.end; i++) if (!describingWordAt(tokens, i)) return true;
    return false;
  }
  if (s.type !== 'word' || s.end - s.start !== 1) return true;
  return !describingWordAt(tokens, s.start);
}

/**
 * The token at `i` is a describing word (praise or filler such as "delicious", "yummy", "best",
 * "freshly", a possessive or an intensifier) that a count reaches across. Not one: a token that is not a
 * plain lowercase word (a digit, a symbol), a stop word other than a possessive or an intensifier, a
 * general food word (a dish the venue lacks keeps its own question: "2 pepperoni naan"), a measure of an
 * option ("2 pumps vanilla"), a time, party, unit or ordering-verb word, and any plural noun or
 * third-person verb (what the number counts: "2 people", "20 minutes"; or a clause of its own: "table 4
 * wants naan"). Words that are both plural and singular in form ("delicious", "famous") describe.
 */
export function describingWordAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.punct) return false;
  const w = t.norm;
  if (!/^[a-z]+$/.test(w)) return false;
  if (STOPWORDS.has(w)) return DESCRIBING_STOPWORDS.has(w);
  if (FOOD_WORDS.has(w) || FOOD_WORDS.has(t.key)) return false;
  if (OPTION_MEASURES.has(w)) return false;
  if (COUNT_BOUNDARIES.has(w)) return false;
  return singularOf(w) === w;
}

/**
 * A count that ends before token `from` reaches a dish the venue names exactly, across glue words ("of",
 * "the"), options ("large") and up to {@link MAX_COUNT_FILLERS} describing words or describing menu phrases (a diet, a tag,
 * a mood): "fuor of your famous samosas". The same stops as the line builder's reach, so a word is read
 * as a misspelt count only where a written count would count the dish ("thre cheap hair salons": no
 * dish named exactly; "thre tables for naan": "tables" ends it).
 */
export function reachesDishFrom(tokens: readonly Token[], from: number, lexicon: Lexicon): boolean {
  let fillers = 0;
  let j = from;
  while (j < tokens.length && fillers <= MAX_COUNT_FILLERS) {
    const t = tokens[j] as Token;
    if (t.punct) return false;
    if (GLUE.has(t.norm)) {
      j++;
      continue;
    }
    const lex = STOPWORDS.has(t.norm) ? undefined : lexicon.match(tokens, j);
    if (lex) {
      if (lex.typos === 0 && lex.entries.some((e) => e.kind === 'item' && !e.weak && !e.common)) return true;
      // "thre large pepperoni pizzas": options and category words between, as the line builder crosses them
      const item = lex.entries.some((e) => e.kind === 'item');
      const option = lex.entries.some((e) => e.kind === 'choice');
      if (!item && (option || lex.entries.every((e) => e.kind === 'category'))) {
        j = lex.end;
        continue;
      }
      const seg: Segment = { type: 'lex', start: lex.start, end: lex.end, entries: lex.entries, typos: 0 };
      if (!describesDish(seg) && endsCountReach(seg, tokens)) return false;
      fillers += lex.end - lex.start;
      j = lex.end;
      continue;
    }
    if (!describingWordAt(tokens, j)) return false;
    fillers++;
    j++;
  }
  return false;
}

/**
 * A menu phrase that only describes a dish ("vegetarian", "gluten free", a tag such as "spicy"), read as
 * no item: a count reaches across it as across a describing word ("2 vegetarian samosas").
 */
export function describesDish(s: Segment): boolean {
  return (
    s.type === 'lex' &&
    s.entries.length > 0 &&
    s.entries.every(
      (e) => e.kind === 'diet' || e.kind === 'tag' || (e.kind === 'allergen' && e.free === true),
    )
  );
}
