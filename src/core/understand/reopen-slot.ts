import type { Token } from './normalize.ts';
import type { ParseResult, SlotName } from './parse-result.ts';

/** Words that ask for a detail to be changed ("change the address", "wrong number", "a different name"). */
const CHANGE_WORDS = new Set(
  'change changing update fix edit correct modify wrong different another new redo incorrect'.split(' '),
);
/** The words that name each checkout detail (the order type has its own switch: "make it pickup"). */
const DETAIL_WORDS: ReadonlyArray<readonly [SlotName, ReadonlySet<string>]> = [
  ['address', new Set(['address', 'addy', 'location'])],
  ['name', new Set(['name'])],
  ['phone', new Set(['number', 'phone', 'cell', 'mobile', 'contact'])],
  ['paymentMethod', new Set(['payment', 'paying'])],
];
/** Most words of a message that only asks to change a detail ("hmm can I change the address please"). */
const MAX_WORDS = 10;

/**
 * The checkout detail the customer asks to change without giving its new value ("hmm change the
 * address", "can I change the name", "wrong number"): a change word and exactly one detail's word in a
 * short message, and no value read for that detail (`slots`; "change the name to Bo" is a correction).
 * The dialog then asks that detail again. Undefined otherwise. Pure.
 */
export function reopenedSlot(tokens: readonly Token[], slots: ParseResult['slots']): SlotName | undefined {
  const words = tokens.filter((t) => !t.punct).map((t) => t.norm);
  if (words.length === 0 || words.length > MAX_WORDS || !words.some((w) => CHANGE_WORDS.has(w)))
    return undefined;
  const named = DETAIL_WORDS.filter(([, set]) => words.some((w) => set.has(w))).map(([slot]) => slot);
  if (named.length !== 1) return undefined;
  const slot = named[0] as SlotName;
  return slots[slot as keyof ParseResult['slots']] === undefined ? slot : undefined;
}
