import type { ParseResult } from '../understand/parse-result.ts';

/** Phrases the command generator reads beside understanding's result (dialog-level cues only). */
export const ORDER_IT =
  /\b(?:add|get|have|take|want|order|give me)\b.*\b(?:it|that|those|them|this one|that one|these)\b/i;
export const TOTAL =
  /\b(?:total|altogether|all together|in all|come to|it all|everything|my order|the bill)\b/i;
export const PRONOUN = /\b(?:it|that|this one|that one)\b/i;
export const SKIP =
  /^\s*(?:skip(?: it| that| this)?|pass|no notes?|nothing(?: else)?|none|nope,? nothing)\s*[.!]?\s*$/i;

/** Intents that ask for something else than the answer to a pending question. */
export function isOtherRequest(intent: string | undefined): boolean {
  return [
    'checkout',
    'cancel',
    'show_cart',
    'human_handoff',
    'faq',
    'order_status',
    'repeat',
    'help',
    'browse_menu',
    'recommend',
    'item_info',
  ].includes(intent ?? '');
}

/** A bare answer to a slot question that understanding left unclassified ("Priya", "14 Elm Road"). */
export function fallbackSlot(
  slot: string,
  text: string,
  parse: ParseResult,
  primary: string | undefined,
): string | undefined {
  if (parse.lines.length > 0 || isOtherRequest(primary) || primary === 'affirm' || primary === 'deny')
    return undefined;
  const clean = text.replace(/[.!]+$/, '').trim();
  if (slot === 'name' && /^[\p{L}][\p{L}' .-]{0,60}$/u.test(clean) && clean.split(/\s+/).length <= 4)
    return clean;
  if (slot === 'address' && clean.length >= 5 && /\d/.test(clean)) return clean;
  if (slot === 'phone' && /^\+?[0-9 ()-]{7,20}$/.test(clean)) return clean;
  return undefined;
}
