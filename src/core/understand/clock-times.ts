import type { Token } from './normalize.ts';

/** Words that end a clock time ("8 pm", "7 30 am", "6 oclock"). */
const CLOCK_SUFFIXES = new Set(['am', 'pm', 'oclock']);
/** Words that are a clock time on their own ("at noon", "by midnight"). */
const CLOCK_WORDS = new Set(['noon', 'midnight']);
/** Prepositions that introduce a time ("for 8 pm", "before noon"). */
const TIME_PREPOSITIONS = new Set(['at', 'by', 'for', 'around', 'about', 'before', 'after', 'until', 'till']);
/** Prepositions after which a number with no "pm" is still a time ("at 8", "by 7:30"; not "for 2"). */
const CLOCK_PREPOSITIONS = new Set(['at', 'by', 'around']);

/** Units of a time from now ("in 10 min", "in half an hour"). */
const DURATION_UNITS = new Set(['min', 'mins', 'minute', 'minutes', 'hr', 'hrs', 'hour', 'hours']);
/** Words between "in" and a unit that say how long without a number ("in an hour", "in a few minutes"). */
const DURATION_AMOUNTS = new Set(['a', 'an', 'half', 'few', 'couple', 'of', 'quarter']);

/**
 * Per token, whether it is part of a time from now: "in", a number or amount words, then a unit ("in
 * 10 min", "in half an hour", "in a couple of minutes"). Marks nothing else.
 */
function markDurations(tokens: readonly Token[], at: boolean[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.norm !== 'in') continue;
    let j = i + 1;
    let amount = false;
    while (j < tokens.length && j <= i + 4) {
      const t = tokens[j] as Token;
      if (t.punct) break;
      if (t.num !== undefined || DURATION_AMOUNTS.has(t.norm)) {
        amount = true;
        j++;
        continue;
      }
      break;
    }
    if (!amount || !DURATION_UNITS.has(tokens[j]?.norm ?? '')) continue;
    for (let k = i; k <= j; k++) at[k] = true;
    i = j;
  }
}

/**
 * Per token, whether it is part of a clock time: a number (and its minutes) followed by "am", "pm"
 * ("p.m.") or "oclock", or after a time preposition ("at 8", "by 7:30"); "noon" and "midnight"; and
 * the preposition before any of them; and a time from now ("in 10 min", "in half an hour"). General
 * English, never a venue's words. Pure.
 */
export function clockTimeTokens(tokens: readonly Token[]): boolean[] {
  const at = tokens.map(() => false);
  const word = (i: number) => tokens[i]?.norm ?? '';
  const isNum = (i: number) => tokens[i]?.num !== undefined && !tokens[i]?.punct;
  for (let i = 0; i < tokens.length; i++) {
    if (CLOCK_WORDS.has(word(i))) {
      at[i] = true;
      if (TIME_PREPOSITIONS.has(word(i - 1))) at[i - 1] = true;
      continue;
    }
    if (!isNum(i)) continue;
    // "7 30": the minutes after the hour belong to it
    const end = isNum(i + 1) && (tokens[i + 1]?.num ?? 99) < 60 ? i + 1 : i;
    const suffix = suffixLength(tokens, end + 1);
    const led = TIME_PREPOSITIONS.has(word(i - 1)) && (tokens[i]?.num ?? 99) <= 24;
    const bareTime = CLOCK_PREPOSITIONS.has(word(i - 1)) && led && (end > i || clockEnd(tokens, end + 1));
    if (suffix === 0 && !bareTime) continue;
    for (let j = led ? i - 1 : i; j <= end + suffix; j++) at[j] = true;
    i = end + suffix;
  }
  markDurations(tokens, at);
  return at;
}

/** Tokens of a clock suffix at `i` ("pm": 1; "p . m .": 4), else 0. */
function suffixLength(tokens: readonly Token[], i: number): number {
  const w = tokens[i]?.norm ?? '';
  if (CLOCK_SUFFIXES.has(w)) return 1;
  if ((w === 'a' || w === 'p') && tokens[i + 1]?.punct && tokens[i + 2]?.norm === 'm')
    return tokens[i + 3]?.punct && tokens[i + 3]?.norm === '.' ? 4 : 3;
  return 0;
}

/** A led number with no suffix is a time only when the phrase ends there: "at 8 bring", "at 8," or the end. */
function clockEnd(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t === undefined || t.punct || ORDER_AFTER_TIME.has(t.norm);
}

/** Words that may follow a bare time ("at 8 please", "at 8 bring", "by 7 tonight"). */
const ORDER_AFTER_TIME = new Set([
  'please',
  'bring',
  'send',
  'deliver',
  'could',
  'can',
  'i',
  'we',
  'tonight',
  'today',
  'tomorrow',
  'and',
  'thanks',
]);
