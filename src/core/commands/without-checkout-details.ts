import type { ParseResult } from '../understand/parse-result.ts';
import { findPhoneCandidates } from '../understand/phone-number.ts';

/**
 * `text` with the checkout details the message gave (the address, the name and the phone number
 * understanding read into `slots`) blanked out, for reading the rest as an answer to an option question:
 * "deliver to 12 Oak Street" at "6 inch or 12 inch?" gives an address, not the 12-inch choice; a phone
 * number's digits name no count. The address and name are blanked where they occur in `text` as said
 * (case-insensitive); the phone number where a phone-number-like stretch occurs (the slot holds it
 * formatted). Offsets are kept (blanks are spaces), so nothing else moves. Pure.
 */
export function withoutCheckoutDetails(text: string, slots: ParseResult['slots']): string {
  let out = text;
  const blank = (from: number, to: number) => {
    out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  };
  for (const value of [slots.address, slots.name]) {
    if (!value) continue;
    const at = out.toLowerCase().indexOf(value.toLowerCase());
    if (at >= 0) blank(at, at + value.length);
  }
  if (slots.phone) for (const c of findPhoneCandidates(text)) blank(c.start, c.end);
  return out;
}
