import type { CountryCode } from 'libphonenumber-js';
import type { Token } from './normalize.ts';
import type { SlotName } from './parse-result.ts';
import type { PaymentPhrases } from './payment-phrases.ts';
import { questionClauses } from './question-clauses.ts';

/** A clause of the message: tokens `[from, to)` between clause punctuation (the punctuation excluded). */
export interface Clause {
  from: number;
  to: number;
  /** The clause asks something (ends with "?" or opens with a question word). */
  question: boolean;
}

/**
 * One message as the checkout slot readers see it: its tokens cut into clauses, the tokens already
 * claimed by a slot read before, and the words that name menu items (never part of a name or address).
 */
export interface SlotText {
  /** The message as written (slot values are cut from it, keeping case). */
  text: string;
  tokens: readonly Token[];
  clauses: readonly Clause[];
  /** Token indexes another slot already took: a value stops there. */
  claimed: Set<number>;
  /** Tokens that name a menu item, category or option. */
  blocked: (t: Token) => boolean;
  /** The venue's country, for phone numbers. */
  country: CountryCode | undefined;
  /** The slot the bot asked for, if any. */
  expecting: SlotName | undefined;
  /** With no question pending, the details still missing (`ParseContext.missing`), in flow order. */
  missing?: readonly SlotName[];
  /** The venue's payment phrases (`paymentPhrases`); the general ones when absent. */
  payments?: PaymentPhrases;
}

/**
 * Cuts the tokens into clauses at , . ; ! ? (not inside the character ranges in `keep`, such as a phone
 * number "555.010.0100") and marks question clauses.
 */
export function clausesOf(
  tokens: readonly Token[],
  keep: ReadonlyArray<readonly [number, number]>,
): Clause[] {
  const asks = questionClauses(tokens);
  const inside = (t: Token) => keep.some(([s, e]) => t.oStart > s && t.oEnd < e);
  const out: Clause[] = [];
  let from = 0;
  const close = (to: number) => {
    if (to > from) out.push({ from, to, question: asks.slice(from, to).some(Boolean) });
  };
  tokens.forEach((t, i) => {
    if (t.punct && !inside(t) && !abbreviationDot(tokens, i)) {
      close(i);
      from = i + 1;
    }
  });
  close(tokens.length);
  return out;
}

/** Words written with a dot that ends no sentence ("Dr. Lee", "S. Patel", "12 Elm St. Apt 4"). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'prof',
  'apt',
  'ave',
  'rd',
  'blvd',
]);

/**
 * The token at `i` is the dot of an initial or a common abbreviation, written right after it: part of a
 * name or an address, not the end of a clause.
 */
export function abbreviationDot(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (!t || !before || t.norm !== '.' || before.punct || before.oEnd !== t.oStart) return false;
  return (/^\p{L}$/u.test(before.norm) || ABBREVIATIONS.has(before.norm)) && i + 1 < tokens.length;
}

/** The original text of tokens `[from, to)`, or undefined when empty. */
export function textOf(view: SlotText, from: number, to: number): string | undefined {
  const first = view.tokens[from];
  const last = view.tokens[to - 1];
  if (!first || !last || to <= from) return undefined;
  // a token's original text may carry the comma after it ("2," in "apt 2, name: Lee")
  const out = view.text
    .slice(first.oStart, last.oEnd)
    .replace(/[\s,;:!?]+$/, '')
    .trim();
  return out.length > 0 ? out : undefined;
}

/** Token indexes `[from, to)` as a list (what a reader claims). */
export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
