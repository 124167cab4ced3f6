import { dropCardNumbers } from './drop-card-numbers.ts';
import { toPlainText } from './plain-text.ts';

/** A message after the guards of the normalize stage. */
export interface GuardedMessage {
  /** Plain text without card details: what understanding, slots, notes, history and logs see. */
  text: string;
  /** Card details were removed: the customer is told to pay only through the payment link. */
  cardDropped: boolean;
}

/**
 * The early guards of a turn, after `normalizeMessage`: markup stripped (names, addresses and notes are
 * plain text) and card numbers, codes and expiry dates dropped, so neither reaches understanding.
 */
export function guardMessage(normalized: string): GuardedMessage {
  const { text, dropped } = dropCardNumbers(toPlainText(normalized));
  return { text, cardDropped: dropped };
}
