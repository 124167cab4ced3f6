import { countWord, type MisspeltNumbers } from '../understand/quantity.ts';

/**
 * A dish of a card pointed at by a property rather than its name or place: "the mild one", "the one
 * without nuts", "the cheapest please", "which one is vegan?". `words`: the property as said ("mild",
 * "without nuts"); `asked`: the message asks which it is rather than ordering it; `quantity`: a count
 * said beside it (1 when none).
 */
export interface AttributePointer {
  words: string;
  asked: boolean;
  quantity: number;
}

/** Price order words (general English): which end of the prices they point at. */
export const PRICE_LOW =
  /\b(?:cheap|cheaper|cheapest|inexpensive|affordable|budget|less expensive|least expensive|lower priced|lowest priced)\b/;
export const PRICE_HIGH =
  /\b(?:expensive|pricey|pricier|priciest|dearer|dearest|higher priced|highest priced)\b/;
/** Heat words: the low end first ("less spicy" holds "spicy"). */
export const HEAT_LOW =
  /\b(?:mild|milder|mildest|not spicy|not hot|non spicy|less spicy|least spicy|isn't spicy|isnt spicy)\b/;
export const HEAT_HIGH = /\b(?:spicy|spicier|spiciest|hot|hotter|hottest|fiery)\b/;
/** A comparative or superlative asks for the end of the scale among the dishes, not a threshold. */
export const RANKING = /\b(?:milder|mildest|spicier|spiciest|hotter|hottest|most|least|less|more)\b/;

/** Size order words (general English): which end of the sizes they point at. */
export const SIZE_LOW =
  /\b(?:small|smaller|smallest|little|littler|littlest|tiny|tinier|tiniest|least food)\b/;
export const SIZE_HIGH = /\b(?:big|bigger|biggest|large|larger|largest|huge|hugest|most food)\b/;

/** Words before "one" that point by place, sameness or nothing at all: not a property. */
const NOT_PROPERTY =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|other|same|next|previous|right|wrong|only|whole|new|\d+\w*)\b/;
/** "the one without nuts", "the one that's vegan", "the ones with chicken". */
const ONE_THAT =
  /\bthe\s+ones?\s+((?:with(?:out| no)?|that(?:'s| is| are| has| have| isn'?t| doesn'?t have)|which (?:is|has)|free of|w\/o)\s+[a-z' -]+?)(?:\s+(?:please|pls|plz|then|thanks|for me))*\s*$/;
/** "the mild one", "that dairy free one", "the less spicy ones": up to three words before "one". */
const THE_X_ONE = /\b(?:the|that|this)\s+((?:[a-z'-]+\s+){1,3}?)ones?\b/;
/** "the cheapest", "the spicier please": a comparative or superlative of the lexicon, said alone. */
const THE_RANK =
  /\bthe\s+((?:most|least|less|more)\s+(?:expensive|spicy|pricey)|cheapest|cheaper|priciest|pricier|mildest|milder|spiciest|spicier|hottest|hotter|dearest|biggest|bigger|largest|larger|smallest|smaller)(?:\s+(?:please|pls|plz|then|thanks|for me))*\s*$/;
/** "whichever is cheapest", "whatever one's the mildest": the property that decides, left to the bot. */
const WHICHEVER =
  /\b(?:whichever|whatever)(?: one| ones)?(?: is| are|'s)?(?: the)?\s+([a-z' -]+?)(?:\s+(?:please|pls|plz|then|thanks|for me|one|ones))*\s*$/;
/** "which one is vegan?", "which of them is mild", "which is nut free?". */
const WHICH_IS =
  /^(?:so |and |ok |okay )?which(?: one| ones| of (?:those|them|these))? (?:is|are|'s)\s+((?!the\b)[a-z' -]+?)\s*$/;
/** Words that open a question about the dish ("which is the mild one?") rather than an order. */
const QUESTION = /^(?:so |and |ok |okay )?(?:which|what|whats|is|are|does|do|tell me|describe)\b/;
/** A request beside the pointer edits the cart ("remove the spicy one"): no pick. */
const CART_EDIT =
  /\b(?:remove|delete|drop|cancel|change|swap|replace|switch|instead|take off|take out|no more)\b/;

/**
 * Reads a pointer by property (see `AttributePointer`) in `text`; undefined when the message points by
 * none, or edits the cart. The caller checks that a card was shown lately and what the words mean.
 * `misspelt`: the venue's guard for misspelt count words. Pure.
 */
export function readAttributePointer(text: string, misspelt?: MisspeltNumbers): AttributePointer | undefined {
  const t = text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[^\p{L}\p{N}'\s/-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (t === '' || CART_EDIT.test(t)) return undefined;
  const asked = QUESTION.test(t) || (/\?\s*$/.test(text) && !/^(?:can|could|may)\b/.test(t));
  const said = spanOf(t);
  if (!said) return undefined;
  const rest = `${t.slice(0, said.from)} ${t.slice(said.to)}`.split(/\s+/);
  let quantity = 1;
  for (const word of rest) {
    const n = word === '' || word === 'one' ? undefined : countWord(word, misspelt);
    if (n !== undefined) {
      quantity = n;
      break;
    }
  }
  return quantity >= 1 ? { words: said.words.trim(), asked, quantity } : undefined;
}

function spanOf(t: string): { words: string; from: number; to: number } | undefined {
  for (const re of [WHICHEVER, ONE_THAT, THE_X_ONE, THE_RANK, WHICH_IS]) {
    const m = re.exec(t);
    const words = m?.[1]?.trim();
    if (!m || !words || NOT_PROPERTY.test(words)) continue;
    return { words, from: m.index, to: m.index + m[0].length };
  }
  return undefined;
}
