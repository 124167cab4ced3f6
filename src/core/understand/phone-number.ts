import {
  type CountryCode,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js';
import { wordTable } from '../../domain/word-table.ts';

/** A phone number as the customer gave it, validated for the venue's country. */
export type PhoneReading =
  | {
      ok: true;
      /** Formatted: national for the venue's country, else international; a local number "555-0100". */
      value: string;
      /** Which rule took it: a full number, a local number without area code, or bare digits (no country). */
      kind: 'full' | 'local' | 'digits';
    }
  | { ok: false /** The digits heard, for a phone-specific re-prompt. */; digits: string };

/** A phone-number-like stretch of a message: its offsets in the text and its digits. */
export interface PhoneCandidate {
  start: number;
  end: number;
  /** The text with spoken digits turned into numerals ("five five five" → "555"). */
  raw: string;
  digits: string;
}

/** Fewest and most digits a local number may have without its area code ("555-0100"). */
const LOCAL_DIGITS = { min: 7, max: 8 } as const;
/** Fewest digits for anything read as a phone number at all. */
export const MIN_PHONE_DIGITS = 7;

/** A country code from the venue file, if libphonenumber-js knows it. */
export function phoneCountry(code: string | undefined): CountryCode | undefined {
  return code && isSupportedCountry(code) ? code : undefined;
}

/**
 * Validates a phone number with libphonenumber-js. Accepted (the rule, docs/dialog.md):
 * - written with "+" or "00": a number possible for the country its code names, formatted internationally;
 * - otherwise a number possible for the venue's `country` (its length fits), formatted nationally
 *   (internationally when it names another country); possible, not only valid, because test and
 *   unassigned numbers (555 ...) are what customers and demos type;
 * - a local number of 7 or 8 digits without area code ("555-0100"), shown as "555-0100";
 * - with no venue country: 9 to 15 digits as given (dots and slashes read as spaces).
 * Anything else (too short, too long, impossible for the country) is refused with its digits.
 */
export function parsePhoneNumber(raw: string, country?: CountryCode): PhoneReading {
  if (raw.length > READING_MEMO_MAX_TEXT) return readPhoneNumber(raw, country);
  const key = `${country ?? ''}\u0000${raw}`;
  let reading = READINGS.get(key);
  if (reading !== undefined) {
    READINGS.delete(key);
  } else {
    reading = readPhoneNumber(raw, country);
    if (READINGS.size >= READING_MEMO_ENTRIES) READINGS.delete(READINGS.keys().next().value as string);
  }
  READINGS.set(key, reading);
  return { ...reading };
}

/**
 * Readings kept (the oldest dropped first), and the longest text kept: libphonenumber-js costs tens of
 * microseconds a number, and a turn reads the same number twice (understanding, then the checkout).
 */
const READING_MEMO_ENTRIES = 1_000;
const READING_MEMO_MAX_TEXT = 200;
const READINGS = new Map<string, PhoneReading>();

function readPhoneNumber(raw: string, country?: CountryCode): PhoneReading {
  const spoken = spokenToDigits(raw);
  const trimmed = spoken.trim().replace(/^00(?=\s*[1-9])/, '+');
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < MIN_PHONE_DIGITS || digits.length > 17) return { ok: false, digits };
  if (trimmed.startsWith('+')) {
    const p = parsePhoneNumberFromString(trimmed);
    if (p?.isPossible()) {
      const home = country && p.countryCallingCode === getCountryCallingCode(country);
      return { ok: true, value: home ? p.formatNational() : p.formatInternational(), kind: 'full' };
    }
    return { ok: false, digits };
  }
  if (country) {
    const p = parsePhoneNumberFromString(trimmed, country);
    if (p?.isPossible()) {
      const home = p.countryCallingCode === getCountryCallingCode(country);
      return { ok: true, value: home ? p.formatNational() : p.formatInternational(), kind: 'full' };
    }
  }
  if (digits.length >= LOCAL_DIGITS.min && digits.length <= LOCAL_DIGITS.max)
    return { ok: true, value: `${digits.slice(0, -4)}-${digits.slice(-4)}`, kind: 'local' };
  if (!country && digits.length >= 9 && digits.length <= 15)
    return { ok: true, value: trimmed.replace(/[^\d()+ -]+/g, ' ').replace(/\s+/g, ' '), kind: 'digits' };
  return { ok: false, digits };
}

const DIGIT_WORDS = wordTable<string>({
  zero: '0',
  oh: '0',
  o: '0',
  nought: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
});
const REPEAT = wordTable<number>({ double: 2, triple: 3 });

/** "five five five zero one zero zero" → "5550100"; "double five" → "55"; other text unchanged. */
export function spokenToDigits(text: string): string {
  return text.replace(
    /\b(?:(double|triple)\s+)?(zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine)\b/gi,
    (_m, rep: string | undefined, w: string) =>
      (DIGIT_WORDS[w.toLowerCase()] as string).repeat(rep ? (REPEAT[rep.toLowerCase()] as number) : 1),
  );
}

// numerals with the separators people type: "555.010.0100", "(555) 010-0100", "+44 20 7946 0958"
const WRITTEN = /(?:\+|\b00)?\s?\(?\d(?:(?:[ .-]|\)\s?|\s?\(){0,2}\d)+\b/g;
const WORD = /[a-z]+|\d+|[^\sa-z\d]/gi;
/** A numeral, or a digit word standing alone as one of WORD's letter runs. */
const ANY_DIGIT = /\d|(?<![a-z])(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine)(?![a-z])/i;

/**
 * Stretches of a message that look like a phone number (at least `minDigits` digits, 7 by default): written with numerals and
 * separators, or spoken digit by digit ("five five five zero one zero zero", "double five"), possibly
 * mixed with numerals. Ordered by position; they never overlap.
 */
export function findPhoneCandidates(text: string, minDigits = MIN_PHONE_DIGITS): PhoneCandidate[] {
  const out: PhoneCandidate[] = [];
  // a candidate needs a digit, written or spoken: most messages have neither
  if (!ANY_DIGIT.test(text)) return out;
  // spoken first: a run of digit words (and numerals), separated by spaces, hyphens or commas
  const words = [...text.matchAll(WORD)];
  let i = 0;
  while (i < words.length) {
    const run: RegExpExecArray[] = [];
    let spokenWords = 0;
    let j = i;
    while (j < words.length) {
      const w = (words[j] as RegExpExecArray)[0].toLowerCase();
      const next = words[j + 1]?.[0].toLowerCase();
      if (w in DIGIT_WORDS || /^\d+$/.test(w) || (w in REPEAT && next !== undefined && next in DIGIT_WORDS)) {
        if (w in DIGIT_WORDS || w in REPEAT) spokenWords++;
        run.push(words[j] as RegExpExecArray);
        j++;
      } else if ((w === ',' || w === '-' || w === '.') && run.length > 0) j++;
      else break;
    }
    const first = run[0];
    const last = run.at(-1);
    if (first && last && spokenWords > 0) {
      const raw = spokenToDigits(text.slice(first.index, last.index + last[0].length));
      const digits = raw.replace(/\D/g, '');
      const start = first.index;
      const end = last.index + last[0].length;
      if (digits.length >= minDigits)
        out.push({ start, end, raw: raw.replace(/[,.]/g, ' ').replace(/\s+/g, ' '), digits });
    }
    i = Math.max(j, i + 1);
  }
  for (const m of text.matchAll(WRITTEN)) {
    const digits = m[0].replace(/\D/g, '');
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].length;
    if (digits.length < minDigits || out.some((c) => c.start < end && start < c.end)) continue;
    out.push({ start, end, raw: m[0].trim(), digits });
  }
  return out.sort((a, b) => a.start - b.start);
}
