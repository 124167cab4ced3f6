import type { CheckoutSlots } from './session-state.ts';

const EMAIL = /[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[a-z]{2,}/giu;
/** A run of digits and phone separators; it is a phone number when it holds 7 digits or more. */
const DIGIT_RUN = /\+?\d[\d\s().-]{5,}\d/gu;
const ANY_DIGIT = /\d/u;
const ASCII = /^\p{ASCII}*$/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The two characters beyond ASCII whose simple case folding is an ASCII letter: long s and Kelvin. */
const FOLDS_TO_ASCII = /[\u017f\u212a]/gu;

/**
 * The line lowercased, with the characters that fold to an ASCII letter (`FOLDS_TO_ASCII`) as that
 * letter: wherever a case-blind (`iu`) pattern of an ASCII detail matches the line, this holds the
 * lowercase detail, so a line without it needs no pattern built. Beyond ASCII, lowercasing may add
 * characters (İ) but never splits a run the pattern would match, whose characters are all ASCII or fold
 * to it; a reply with "×" or "€" is thus ruled out as cheaply as an ASCII one.
 */
function foldedLine(line: string): string {
  const lower = line.toLowerCase();
  return ASCII.test(lower) ? lower : lower.replace(FOLDS_TO_ASCII, (c) => (c === '\u017f' ? 's' : 'k'));
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
      // a line that does not hold the detail needs no pattern built: for an ASCII detail, a case-blind
      // match implies the folded line (`foldedLine`) holds the lowercase detail
      if (ASCII.test(trimmed)) {
        lower ??= foldedLine(out);
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
