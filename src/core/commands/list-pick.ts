import { countWord, type MisspeltNumbers } from '../understand/quantity.ts';

/**
 * A pick from the items the last item card listed ("I'll take the second one", "2 of the first one",
 * "number 3 please", "the last one"): `position` is 1-based as the card showed them, -1 for the last;
 * `quantity` is the count said beside the pick (1 when none).
 */
export interface ListPick {
  position: number;
  quantity: number;
}

const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  last: -1,
};
const ORDINAL = `(${Object.keys(ORDINAL_WORDS).join('|')}|\\d{1,2}(?:st|nd|rd|th))`;
const NOUN = '(?:one|item|dish|option|choice|thing|on the list)';
/**
 * "the second one", "that last one", "the third please": an article or demonstrative before the
 * ordinal, then its noun or the message's end (so "the last order" or "the first time" is no pick).
 */
const THE_ORDINAL = new RegExp(
  `\\b(?:the|that|this)\\s+${ORDINAL}(?:\\s+${NOUN}\\b|\\s*$|(?=\\s+(?:please|pls|plz|thanks|then|for me)\\b))`,
);
/** "second one", "first item": an ordinal with its noun, no article. */
const ORDINAL_NOUN = new RegExp(`\\b${ORDINAL}\\s+${NOUN}\\b`);
/** "number 3", "no. 2", "#4", "option two": a position said by number. */
const NUMBERED = /(?:\bnumber|\bno\.|#|\boption|\bitem)\s*(\d{1,2}|[a-z]+)\b/;
/** A message that is only an ordinal, politely: "second", "the first please". */
const BARE = new RegExp(`^(?:the\\s+)?${ORDINAL}(?:\\s+(?:please|pls|plz|thanks))?$`);

/** Words that make a message an edit of the cart, where an ordinal points at a cart line instead. */
/** A question about something ("what's in the second one", "is the first one spicy"): not a pick. */
const QUESTION =
  /^(?:so |and |ok |okay )?(?:what|which|how|why|when|where|who|whats|is|are|does|do|did|tell me|describe|explain)\b/;

const CART_EDIT =
  /\b(?:remove|delete|drop|cancel|change|swap|replace|make|switch|without|instead|take off|take out|no more)\b/;

const ordinalValue = (word: string): number | undefined =>
  ORDINAL_WORDS[word] ?? (/^\d{1,2}(?:st|nd|rd|th)$/.test(word) ? Number.parseInt(word, 10) : undefined);

/**
 * Reads a pick from a listed card in `text` (lowercase words; the caller checks that a card was shown
 * lately and that the message names no dish). Undefined when the message says no position, edits the
 * cart ("remove the second one" points at a cart line), or asks a question. The count is the first
 * count word outside the pick ("two of the first one" → 2), with `misspelt` the venue's guard for
 * misspelt number words.
 */
export function readListPick(text: string, misspelt?: MisspeltNumbers): ListPick | undefined {
  const t = plain(text);
  if (t === '' || CART_EDIT.test(t) || QUESTION.test(t) || /\?\s*$/.test(text)) return undefined;
  const said = positionIn(t, misspelt);
  if (!said) return undefined;
  const rest = `${t.slice(0, said.from)} ${t.slice(said.to)}`.split(/\s+/);
  let quantity = 1;
  for (const word of rest) {
    const n = word === '' ? undefined : countWord(word, misspelt);
    if (n !== undefined) {
      quantity = n;
      break;
    }
  }
  return quantity >= 1 ? { position: said.position, quantity } : undefined;
}

/**
 * The place in the last item card a question points at ("is the first one spicy?", "what's in the
 * second one", "how much is number 3"): 1-based, -1 for the last; undefined when it names none. The
 * caller checks that a card was shown lately.
 */
export function readListPosition(text: string, misspelt?: MisspeltNumbers): number | undefined {
  return positionIn(plain(text), misspelt)?.position;
}

/** Lowercase words, digits, "#", "." and apostrophes, single-spaced, without a closing full stop. */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#.'\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.]+$/, '');
}

/** The position `t` says, and where in `t` it is said. */
function positionIn(
  t: string,
  misspelt: MisspeltNumbers | undefined,
): { position: number; from: number; to: number } | undefined {
  for (const re of [BARE, THE_ORDINAL, ORDINAL_NOUN]) {
    const span = re.exec(t);
    const position = span ? ordinalValue(span[1] as string) : undefined;
    if (span && position !== undefined && position !== 0)
      return { position, from: span.index, to: span.index + span[0].length };
  }
  const span = NUMBERED.exec(t);
  const said = span?.[1];
  const position = said === undefined ? undefined : countWord(said, misspelt);
  if (!span || position === undefined || position === 0) return undefined;
  return { position, from: span.index, to: span.index + span[0].length };
}
