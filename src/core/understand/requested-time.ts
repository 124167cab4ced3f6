import type { Token } from './normalize.ts';
import { cardinal } from './quantity.ts';

/**
 * The time the customer wants the order for, read from a message: "pickup at 7:30", "around 8pm",
 * "for 19:00", "asap", "in 45 minutes", "half past 7", "for tomorrow lunch". Deterministic, general
 * English, no clock: the reading is a canonical value that `resolveRequestedTime`
 * (core/facts/requested-time-verdict.ts) turns into an instant on the venue's clock.
 *
 * Canonical values (also what a model may propose as `set_slot` `when`):
 * - `asap`: as soon as possible (the default when nothing is said);
 * - `+N`: N minutes from now (1 to 720);
 * - `HH:MM`: a 24-hour wall-clock time today ("19:00", "7 pm" → `19:00`);
 * - `H:MM?`: an hour of 1 to 12 said without am or pm ("at 7:30" → `7:30?`), the next such time
 *   the venue is open;
 * - either clock form after `tomorrow ` for the next day ("tomorrow 12:30").
 */

/** Number words for hours and minutes (their values read by `cardinal`). */
const NUMBER_WORDS = [
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  ...['fifteen', 'twenty', 'twenty five', 'twenty-five', 'thirty', 'forty', 'forty five', 'forty-five'],
  ...['fifty', 'sixty', 'ninety'],
];
const NUM = `(?:\\d{1,3}|${[...NUMBER_WORDS].sort((a, b) => b.length - a.length).join('|')})`;

/** Meals said with "tomorrow", as wall-clock times ("for tomorrow lunch" → 12:30). */
const MEALS: Record<string, string> = {
  breakfast: '08:30',
  brunch: '11:00',
  lunch: '12:30',
  lunchtime: '12:30',
  dinner: '19:00',
  dinnertime: '19:00',
  supper: '19:00',
};

const ASAP =
  /\b(?:asap|a s a p|as soon as (?:possible|poss|you can|u can|it'?s ready|its ready)|as quick(?:ly)? as (?:possible|you can)|soonest|right away|straight away|whenever (?:it'?s|its|it is) ready|no rush|earliest (?:possible|you can))\b/;
/** A phrase of "is fine" after a wish of time ("whenever it's ready is fine", "asap is fine"). */
const FINE = /^(?:(?:is|would be|will be|is totally|is perfectly) (?:fine|ok|okay|good|great)|works)\b/;

/**
 * The indices of the words that say "as soon as possible" ("asap", "whenever it's ready is fine", "no
 * rush"): when the order is wanted, ordering talk and no other domain's words. Pure.
 */
export function asapTokens(tokens: readonly Token[]): Set<number> {
  const at = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    for (let j = Math.min(tokens.length, i + 6); j > i; j--) {
      const phrase = tokens
        .slice(i, j)
        .map((t) => t.norm)
        .join(' ');
      const m = phrase.match(ASAP);
      if (m?.index !== 0 || m[0].length !== phrase.length) continue;
      let end = j;
      const rest = tokens
        .slice(j, j + 4)
        .map((t) => t.norm)
        .join(' ');
      const fine = rest.match(FINE);
      if (fine) end += fine[0].split(' ').length;
      for (let k = i; k < end; k++) at.add(k);
      i = end - 1;
      break;
    }
  }
  return at;
}

/** Words before a clock time that make it the order's time. */
const LEAD =
  '(?:at|by|around|about|for|before|till|until|ready|collect|pick(?:ing)? (?:it |them )?up|pickup)';
/** A bare hour ("at 8") is a time only before these (or the end, or punctuation). */
const AFTER_BARE =
  /^(?:$|[,.!?;)]|please|pls|plz|tonight|today|tomorrow|then|thanks|thank|and|if|ok|for|pickup|delivery|this|instead|sharp|latest|at the latest|or|on|-?ish|in the (?:morning|evening|afternoon))/;

// the patterns built from `NUM` and `LEAD`, compiled once (none is global: `match` keeps no state)
/** "in 45 minutes", "in half an hour", "in an hour and a half". */
const RELATIVE = new RegExp(
  `\\bin (?:about |around |like |roughly )?(${NUM}(?:\\.5)?|an?|half an?|a half|a couple of|a couple|couple of|a few|few)( and a half)? (min|mins|minutes?|hrs?|hours?)( and a half)?\\b`,
);
/** "half past 7", "quarter to 9 pm", "twenty past seven". */
const PAST_TO = new RegExp(
  `\\b(half|quarter|${NUM})(?: minutes)? (past|after|to|till) (${NUM})(?: ?(am|pm|oclock))?\\b`,
);
/** "at half 8" (British). */
const BRITISH_HALF = new RegExp(`\\b(?:at|by|for|around) half (${NUM})(?: ?(am|pm))?\\b`);
/** "seven pm", "eight oclock". */
const WORDY_HOUR = new RegExp(`\\b(${NUM}) (am|pm|oclock)\\b`);
/** "at 8", "around 7 tonight" (what follows is checked against `AFTER_BARE`). */
const LED_HOUR = new RegExp(`\\b(?:at|by|around|about|ready for) (${NUM})(?= |$)(.*)$`);
/** A bare hour when the time was asked for: "8", "7 30", "at 8 please". */
const BARE_HOUR = new RegExp(
  `^(?:${LEAD} )?(${NUM})(?: ?(\\d{2}))?(?: (?:please|pls|tonight|today|tomorrow|then))*$`,
);

function numberOf(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return cardinal(word.trim().replace(/\s+/g, '-'));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A clock reading, hour 0–23 when the half of the day is known, else 1–12 with `ambiguous`. */
interface ClockReading {
  hour: number;
  minute: number;
  ambiguous: boolean;
}

function clock(hour: number, minute: number, meridiem: string | undefined): ClockReading | undefined {
  if (!Number.isInteger(hour) || minute < 0 || minute > 59) return undefined;
  if (meridiem === 'am' || meridiem === 'pm') {
    if (hour < 1 || hour > 12) return undefined;
    const h = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
    return { hour: h, minute, ambiguous: false };
  }
  if (hour < 0 || hour > 23) return undefined;
  if (hour === 0 || hour > 12) return { hour, minute, ambiguous: false };
  return { hour, minute, ambiguous: true };
}

/** Lower case, "p.m." → "pm", "o'clock" → "oclock", curly quotes straightened. */
function simplify(text: string): string {
  return ` ${text.toLowerCase().replace(/[’‘]/g, "'")} `
    .replace(/\b([ap])\.\s?m\b\.?/g, '$1m')
    .replace(/\bo'?\s?clock\b/g, 'oclock')
    .replace(/\s+/g, ' ');
}

/** "in 45 minutes", "in half an hour", "in an hour and a half", "in 1.5 hours" → minutes. */
function readRelative(s: string): number | undefined {
  const m = s.match(RELATIVE);
  if (!m) return undefined;
  const amount = m[1] as string;
  const hours = /^h/.test(m[3] as string);
  let n: number;
  if (amount === 'a' || amount === 'an') n = 1;
  else if (amount.startsWith('half')) n = 0.5;
  else if (amount.includes('couple')) n = 2;
  else if (amount.includes('few')) n = hours ? 3 : 10;
  else if (amount === 'a half') n = 0.5;
  else n = /^\d/.test(amount) ? Number(amount) : (numberOf(amount) ?? Number.NaN);
  if (m[2] || m[4]) n += 0.5;
  const minutes = Math.round(hours ? n * 60 : n);
  return minutes >= 1 && minutes <= 720 ? minutes : undefined;
}

/** A clock time in the message, with its lead word when it needs one. `bare`: the time was asked for. */
function readClock(s: string, bare: boolean): ClockReading | undefined {
  // "half past 7", "quarter to 9 pm", "twenty past seven", "half 8" (British)
  const rel = s.match(PAST_TO);
  if (rel) {
    const of = rel[1] as string;
    const mins = of === 'half' ? 30 : of === 'quarter' ? 15 : numberOf(of);
    const hour = numberOf(rel[3] as string);
    if (
      mins !== undefined &&
      hour !== undefined &&
      mins < 60 &&
      hour <= 12 &&
      !(of === 'half' && rel[2] === 'to')
    ) {
      const before = rel[2] === 'to' || rel[2] === 'till';
      const h = before ? (hour + 11) % 12 || 12 : hour;
      const got = clock(h, before ? 60 - mins : mins, rel[4] === 'oclock' ? undefined : rel[4]);
      if (got) return got;
    }
  }
  const british = s.match(BRITISH_HALF);
  if (british) {
    const hour = numberOf(british[1] as string);
    const got = hour !== undefined && hour <= 12 ? clock(hour, 30, british[2]) : undefined;
    if (got) return got;
  }
  // "7:30", "19:00", "7.30pm", "7 30 pm", "8pm", "8 oclock"
  const colon =
    s.match(/(?:^|[^\d$£€.,])(\d{1,2}):(\d{2})(?: ?([ap]m))?\b/) ??
    s.match(/(?:^|[^\d$£€.,])(\d{1,2})\.(\d{2}) ?([ap]m)\b/) ??
    s.match(/\b(?:at|by|around) (\d{1,2})\.(\d{2})()(?![\d.])/);
  if (colon) {
    const got = clock(Number(colon[1]), Number(colon[2]), colon[3] || undefined);
    if (got) return got;
  }
  const suffixed = s.match(/(?:^|[^\d$£€.,:])(\d{1,2})(?: (\d{2}))? ?(am|pm|oclock)\b/);
  if (suffixed) {
    const got = clock(Number(suffixed[1]), Number(suffixed[2] ?? 0), suffixed[3]);
    if (got) return got;
  }
  const wordy = s.match(WORDY_HOUR);
  if (wordy) {
    const hour = numberOf(wordy[1] as string);
    const got = hour !== undefined ? clock(hour, 0, wordy[2]) : undefined;
    if (got) return got;
  }
  if (
    /\b(?:12 |twelve )?(?:noon|midday)\b/.test(s) &&
    (bare || /\b(?:at|by|for|around|about|before|till|until|12|twelve) (?:noon|midday)\b/.test(s))
  )
    return { hour: 12, minute: 0, ambiguous: false };
  if (/\b(?:at|by|for|around|before|till|until) midnight\b/.test(s))
    return { hour: 0, minute: 0, ambiguous: false };
  // "at 8", "around 7 tonight"; never "for 2" (people) nor "at 8 samosas"
  const led = s.match(LED_HOUR);
  if (led && AFTER_BARE.test((led[2] as string).trim())) {
    const hour = numberOf(led[1] as string);
    const got = hour !== undefined && hour <= 24 ? clock(hour % 24, 0, undefined) : undefined;
    if (got) return got;
  }
  if (bare) {
    const only = s.trim().match(BARE_HOUR);
    if (only) {
      const hour = numberOf(only[1] as string);
      const got = hour !== undefined ? clock(hour, Number(only[2] ?? 0), undefined) : undefined;
      if (got) return got;
    }
  }
  return undefined;
}

/**
 * The requested time in `text` as a canonical value (see above), or undefined when the message says
 * none. `bare` (the bot asked for the time) also takes a bare hour ("8", "7 30") and "now". Pure.
 */
export function readRequestedTime(text: string, bare = false): string | undefined {
  const s = simplify(text);
  if (ASAP.test(s) || (bare && /^ ?(?:now|right now|soon|whenever|any ?time|as soon as)[ .!]*$/.test(s)))
    return 'asap';
  const minutes = readRelative(s);
  if (minutes !== undefined) return `+${minutes}`;
  const tomorrow = /\btomorrow\b|\btmrw?\b|\btmr\b/.test(s);
  const got = readClock(s, bare);
  if (got) {
    let { hour, ambiguous } = got;
    // "7:30 tonight", "at 6 this evening": the later half of the day; "at 9 in the morning": the earlier
    if (ambiguous && /\b(?:tonight|this evening|in the evening|this afternoon|in the afternoon)\b/.test(s)) {
      hour = hour === 12 ? 12 : hour + 12;
      ambiguous = false;
    } else if (ambiguous && /\b(?:this morning|in the morning)\b/.test(s)) {
      hour = hour === 12 ? 0 : hour;
      ambiguous = false;
    }
    const value = ambiguous ? `${hour}:${pad(got.minute)}?` : `${pad(hour)}:${pad(got.minute)}`;
    return tomorrow ? `tomorrow ${value}` : value;
  }
  if (tomorrow) {
    const meal = s.match(/\b(breakfast|brunch|lunch|lunchtime|dinner|dinnertime|supper)\b/);
    if (
      meal &&
      /\b(?:for|at|by|around) (?:tomorrow'?s? |tomorrow at )?(?:breakfast|brunch|lunch|lunchtime|dinner|dinnertime|supper)\b/.test(
        s,
      )
    )
      return `tomorrow ${MEALS[meal[1] as string]}`;
  }
  return undefined;
}
