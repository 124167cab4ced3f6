import { toPlainText } from '../normalize/plain-text.ts';

/** Passages whose plain text is remembered (least recently used dropped first). */
export const PASSAGE_TEXT_ENTRIES = 2_000;

const remembered = new Map<string, string>();

/**
 * A knowledge passage's text as plain text (`toPlainText`), remembered: a venue's passages are a few
 * hundred and the same ones are quoted turn after turn, while stripping their markup runs about twenty
 * regular expressions over each (about 1 % of the bot's CPU per turn when read afresh). Pure: the result
 * depends only on the text, so the memo can never be stale.
 */
export function passagePlainText(text: string): string {
  const known = remembered.get(text);
  if (known !== undefined) return known;
  const plain = toPlainText(text);
  if (remembered.size >= PASSAGE_TEXT_ENTRIES) remembered.delete(remembered.keys().next().value as string);
  remembered.set(text, plain);
  return plain;
}
