import type { CheckoutSlots } from './session-state.ts';

const EMAIL = /[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[a-z]{2,}/giu;
/** A run of digits and phone separators; it is a phone number when it holds 7 digits or more. */
const DIGIT_RUN = /\+?\d[\d\s().-]{5,}\d/gu;

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
  for (const [value, mark] of known) {
    const trimmed = value?.trim();
    if (trimmed && trimmed.length >= 2) {
      out = out.replace(
        new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(trimmed)}(?![\\p{L}\\p{N}])`, 'giu'),
        mark,
      );
    }
  }
  out = out.replace(EMAIL, '[email]');
  return out.replace(DIGIT_RUN, (run) => ((run.match(/\d/g)?.length ?? 0) >= 7 ? '[phone]' : run));
}
