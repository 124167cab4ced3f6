import type { CheckoutSlots } from './session-state.ts';

const EMAIL = /[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[a-z]{2,}/giu;
/** A run of digits and phone separators; it is a phone number when it holds 7 digits or more. */
const DIGIT_RUN = /\+?\d[\d\s().-]{5,}\d/gu;
const ANY_DIGIT = /\d/u;
const ASCII = /^\p{ASCII}*$/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A transcript line as the session keeps it (`SessionState.history`, the context a phraser sees): the
 * customer's checkout details (the name, phone and address in `slots`) replaced by `[name]`, `[phone]`,
 * `[address]`, and any e-mail address or phone-like number (7 digits or more) by `[email]` / `[phone]`.
 * Card numbers never get here (`dropCardNumbers` runs first). Pure.
 */
export function redactTranscript(text: string, slots: CheckoutSlots): string {
  let out = text;
  const known: Array<[string | undefined, string]> = [
    [slots.address, '[address]'],
    [slots.phone, '[phone]'],
    [slots.name, '[name]'],
  ];
  let lower: string | undefined;
  for (const [value, mark] of known) {
    const trimmed = value?.trim();
    if (trimmed && trimmed.length >= 2) {
      // a line that does not hold the detail needs no pattern built: in ASCII, a case-blind match
      // implies the lowercase line holds the lowercase detail (beyond ASCII, case folding differs)
      if (ASCII.test(trimmed) && ASCII.test(out)) {
        lower ??= out.toLowerCase();
        if (!lower.includes(trimmed.toLowerCase())) continue;
      }
      lower = undefined;
      out = out.replace(
        new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(trimmed)}(?![\\p{L}\\p{N}])`, 'giu'),
        mark,
      );
    }
  }
  // an e-mail address holds an @ and a phone number digits: most lines hold neither, and are not scanned
  if (out.includes('@')) out = out.replace(EMAIL, '[email]');
  if (!ANY_DIGIT.test(out)) return out;
  return out.replace(DIGIT_RUN, (run) => ((run.match(/\d/g)?.length ?? 0) >= 7 ? '[phone]' : run));
}
