import { BoundedMemo } from '../state/bounded-memo.ts';
import { dropCardNumbers } from './drop-card-numbers.ts';
import { linesToClauses } from './lines-to-clauses.ts';
import { toPlainText } from './plain-text.ts';

/** Far above any message length the dialog keeps: beyond it nothing is read, so nothing is guarded. */
const MAX_GUARDED_CHARS = 20_000;

/** Messages whose guarded form is remembered (`GUARDED`), and how long such a message may be. */
const GUARDED_KEPT = 1_000;
const GUARDED_MAX_CHARS = 500;
/**
 * Guarded forms of recent messages: the guards are a pure function of the message, and many messages
 * recur word for word across sessions ("yes", "show my cart"), as their readings do (memoize-parse.ts).
 */
const GUARDED = new BoundedMemo<GuardedMessage>(GUARDED_KEPT);

/** A message after the guards of the normalize stage. */
export interface GuardedMessage {
  /** Plain text without card details: what understanding, slots, notes, history and logs see. */
  text: string;
  /** Card details were removed: the customer is told to pay only through the payment link. */
  cardDropped: boolean;
}

/**
 * The first stage of a turn, on the whole raw message (before `normalizeMessage` cuts it, so no card
 * number is cut in half): line breaks become clause breaks (`linesToClauses`: a pasted list is read
 * line by line), other control characters and runs of whitespace become one space, markup is
 * stripped (names, addresses and notes are plain text) and card numbers, codes and expiry dates are
 * dropped, so neither reaches understanding. Pure; the result is frozen (a message seen before gets
 * the same object back).
 */
export function guardMessage(message: string): GuardedMessage {
  if (message.length > GUARDED_MAX_CHARS) return guard(message);
  return GUARDED.get(message) ?? GUARDED.set(message, guard(message));
}

function guard(message: string): GuardedMessage {
  const flat = linesToClauses(message.slice(0, MAX_GUARDED_CHARS))
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ');
  const { text, dropped } = dropCardNumbers(toPlainText(flat));
  return Object.freeze({ text, cardDropped: dropped });
}
