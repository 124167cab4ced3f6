import type { CountryCode } from 'libphonenumber-js';
import type { Token } from './normalize.ts';
import type { ParseContext, ParseResult, SlotName } from './parse-result.ts';
import type { PaymentPhrases } from './payment-phrases.ts';
import { findPhoneCandidates } from './phone-number.ts';
import { SLOT_READERS } from './slot-readers.ts';
import { type Clause, clausesOf, type SlotText } from './slot-text.ts';

type Slots = ParseResult['slots'];

/** The slot values read, and the tokens they were read from (not menu words, whatever they look like). */
export interface SlotsRead {
  slots: Slots;
  tokens: ReadonlySet<Token>;
}

/** Keys in the order of the checkout flow, so that volunteered details are confirmed in that order. */
const FLOW_ORDER: readonly SlotName[] = ['fulfillment', 'address', 'name', 'phone', 'paymentMethod'];

/**
 * Checkout slot values in one message, each read by its own reader (`SLOT_READERS`) and cut at its
 * own clause: "two samosas for delivery to 12 Elm Street, I'm Sam, 555-0100, paying cash" fills the
 * fulfillment, address, name, phone and payment method. When the dialog expects a slot, what the
 * other readers left is validated as that slot's bare answer ("Sam", "12 Elm Street"); in a list of
 * details ("pickup, Raj Patel, 916 555 0142, card") the one clause left whole may be the name; a phone number
 * given at the address question fills the phone, not the address.
 *
 * `blockedWords` marks tokens that name menu things (never a name or an address); `country` is the
 * venue's, for phone numbers; `payments` the venue's payment phrases (`paymentPhrases`). Pure.
 */
export function readSlots(
  text: string,
  tokens: readonly Token[],
  context: ParseContext | undefined,
  blockedWords: (t: Token) => boolean,
  country?: CountryCode,
  payments?: PaymentPhrases,
): SlotsRead {
  const expecting =
    typeof context?.expecting === 'string' && context.expecting !== 'confirmation'
      ? (context.expecting as SlotName)
      : undefined;
  const phones = findPhoneCandidates(text).map((c) => [c.start, c.end] as const);
  const view: SlotText = {
    text,
    tokens,
    clauses: clausesOf(tokens, phones),
    claimed: new Set(),
    blocked: blockedWords,
    country,
    expecting,
    payments,
    ...(context?.missing ? { missing: context.missing } : {}),
  };
  const found: Record<string, string> = {};
  for (const reader of SLOT_READERS) {
    const reading = reader.find(view);
    if (!reading) continue;
    found[reader.slot] = reading.value;
    for (const i of reading.claim) view.claimed.add(i);
  }
  const asked = SLOT_READERS.find((r) => r.slot === expecting);
  if (asked?.answer && found[asked.slot] === undefined) {
    const reading = asked.answer(view);
    if (reading) {
      found[asked.slot] = reading.value;
      for (const i of reading.claim) view.claimed.add(i);
    }
  }
  // a list of details ("pickup, Raj Patel, 916 555 0142, card"): when two or more details were read
  // from their own clauses and one clause is left whole, a name-shaped remainder is the name
  // ("mike, 4155550134", "sara 212 555 0199": a contact pair, the name right before the phone number)
  if (found.name === undefined && (Object.keys(found).length >= 2 || found.phone !== undefined)) {
    const free = view.clauses.filter(
      (c) =>
        !c.question &&
        Array.from({ length: c.to - c.from }, (_, k) => c.from + k).some((i) => !view.claimed.has(i)),
    );
    const listed = Object.keys(found).length >= 2 || (free.length === 1 && beforePhone(view, free[0]));
    const reading =
      free.length === 1 && listed ? SLOT_READERS.find((r) => r.slot === 'name')?.answer?.(view) : undefined;
    if (reading) {
      found.name = reading.value;
      for (const i of reading.claim) view.claimed.add(i);
    }
  }
  // no question pending: a bare answer in the shape of a detail still missing fills it, when no other
  // reader took anything (the answer readers refuse questions, yes/no, menu words and requests)
  if (expecting === undefined && Object.keys(found).length === 0)
    for (const slot of context?.missing ?? []) {
      const reading = SLOT_READERS.find((r) => r.slot === slot)?.answer?.(view);
      if (!reading) continue;
      found[slot] = reading.value;
      for (const i of reading.claim) view.claimed.add(i);
      break;
    }
  const slots: Record<string, string> = {};
  for (const slot of FLOW_ORDER) if (found[slot] !== undefined) slots[slot] = found[slot];
  return { slots: slots as Slots, tokens: new Set([...view.claimed].map((i) => tokens[i] as Token)) };
}

/**
 * The clause's free words run up to the phone number's: in the same clause ("sara 212 555 0199") or
 * with only the number's own clause after it ("mike, 4155550134"). The claimed tokens at the clause's
 * end or the next clause whole are the phone's (the phone reader claims first).
 */
function beforePhone(view: SlotText, clause: Clause | undefined): boolean {
  if (!clause) return false;
  const claimed = (i: number) => view.claimed.has(i);
  let end = clause.to;
  while (end > clause.from && claimed(end - 1)) end--;
  if (end === clause.from) return false;
  if (end < clause.to)
    return clause.to === view.tokens.length || !view.clauses.some((c) => c.from > clause.from);
  const next = view.clauses.find((c) => c.from >= clause.to);
  if (!next || view.clauses.at(-1) !== next) return false;
  return Array.from({ length: next.to - next.from }, (_, k) => next.from + k).every(claimed);
}
