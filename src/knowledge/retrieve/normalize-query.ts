import { BoundedMemo } from '../../core/state/bounded-memo.ts';
import { wordTable } from '../../domain/word-table.ts';
import { WEEKDAYS } from '../chunk/weekday-ranges.ts';
import { normalizeText } from '../embed/text-features.ts';

/**
 * Chat spellings customers type for common words (text-speak, not typos of venue words): each key, a
 * whole word, reads as its value. Generic English; nothing venue-specific.
 */
export const CHAT_SPEAK = wordTable<string>({
  u: 'you',
  ya: 'you',
  r: 'are',
  ur: 'your',
  y: 'why',
  n: 'and',
  wat: 'what',
  wut: 'what',
  wen: 'when',
  wher: 'where',
  wich: 'which',
  hw: 'how',
  pls: 'please',
  plz: 'please',
  b4: 'before',
  cuz: 'because',
  bc: 'because',
  ppl: 'people',
  hrs: 'hours',
  hr: 'hour',
  mins: 'minutes',
  '2day': 'today',
  '2nite': 'tonight',
  '2night': 'tonight',
  tonite: 'tonight',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmrow: 'tomorrow',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  tomoro: 'tomorrow',
  tomorow: 'tomorrow',
  rn: 'right now',
  asap: 'now',
  w: 'with',
  wo: 'without',
  thru: 'through',
  nite: 'night',
});

/** Words that mean the day the question is asked on. */
const TODAY = new Set(['today', 'tonight', 'now', 'currently', 'still']);
const TOMORROW = new Set(['tomorrow']);
/** A part of the day after "this" ("this evening") means today too. */
const PART_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * Words that ask when the venue opens, closes or serves: only a question holding one reads a relative
 * day as its weekday ("close tonight" meets that day's hours row; "can we eat outside tonight" is about
 * the patio, not the hours table).
 */
const SCHEDULE_WORDS = new Set([
  'open',
  'opens',
  'opening',
  'close',
  'closes',
  'closing',
  'closed',
  'hours',
  'hour',
  'time',
  'when',
  'until',
  'till',
  'late',
  'later',
  'latest',
  'last',
  'early',
  'earliest',
  'kitchen',
]);

/** Object pronouns that may sit inside a phrasal verb ("pick it up"). */
const SPLITTING_OBJECTS = new Set(['it', 'them', 'this', 'that', 'one', 'everything']);
/** Particles of phrasal verbs ("pick up", "drop off", "send back"). */
const PARTICLES = new Set(['up', 'off', 'back', 'out', 'over']);

/** "pick it up" → "pick up it": a phrasal verb split by a pronoun object reads as the whole verb. */
function joinPhrasalVerbs(words: readonly string[]): string[] {
  const out = [...words];
  for (let i = 0; i + 2 < out.length; i++)
    if (SPLITTING_OBJECTS.has(out[i + 1] as string) && PARTICLES.has(out[i + 2] as string))
      [out[i + 1], out[i + 2]] = [out[i + 2] as string, out[i + 1] as string];
  return out;
}

/** When questions are asked: the clock's instant, read in the venue's IANA time zone. */
export interface QueryClock {
  now: Date;
  timeZone: string;
}

/**
 * The query as the retriever searches it: normalised (lower case, punctuation out; embed/text-features),
 * chat spellings read as words (CHAT_SPEAK), a phrasal verb split by a pronoun joined ("pick it up" →
 * "pick up it"), and, with a clock, a relative day ("today", "tonight",
 * "now", "this evening", "tomorrow") followed by the weekday it names in the venue's time zone, so "close tonight" on a
 * Wednesday also searches "wednesday" and meets that day's row of an hours table. The weekday is added only when the question asks
 * about a time (a word of SCHEDULE_WORDS: open, close, hours, time, when, until, last, …).
 */
export function normalizeQuery(text: string, clock?: QueryClock): string {
  const { words, joined, schedule } = queryWords(text);
  if (clock === undefined || !schedule) return joined;
  const today = weekdayIndex(clock.now, clock.timeZone);
  const out: string[] = [];
  for (const [i, w] of words.entries()) {
    out.push(w);
    if (TODAY.has(w) || (PART_OF_DAY.has(w) && words[i - 1] === 'this')) out.push(WEEKDAYS[today]!);
    else if (TOMORROW.has(w)) out.push(WEEKDAYS[(today + 1) % 7]!);
  }
  return out.join(' ');
}

/** A query's words before any relative day is named: they depend on its text alone. */
interface QueryWords {
  words: readonly string[];
  /** The words joined by spaces. */
  joined: string;
  /** Some word asks about a time (SCHEDULE_WORDS). */
  schedule: boolean;
}

/**
 * The words of recent queries: a turn searches its question several times (the answer, the rescue, the
 * passages), and customers ask the same few questions. Texts longer than QUERY_MEMO_MAX_TEXT are read afresh.
 */
const QUERY_WORDS = new BoundedMemo<QueryWords>(1_000);
const QUERY_MEMO_MAX_TEXT = 200;

function queryWords(text: string): QueryWords {
  const known = QUERY_WORDS.get(text);
  if (known !== undefined) return known;
  const words = joinPhrasalVerbs(
    normalizeText(text)
      .split(' ')
      .filter((w) => w.length > 0)
      .flatMap((w) => (CHAT_SPEAK[w] ?? w).split(' ')),
  );
  const read = { words, joined: words.join(' '), schedule: words.some((w) => SCHEDULE_WORDS.has(w)) };
  return text.length > QUERY_MEMO_MAX_TEXT ? read : QUERY_WORDS.set(text, read);
}

/** A weekday formatter per time zone: building one costs far more than using it. */
const WEEKDAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** 0 (Sunday) … 6 (Saturday) of an instant in a time zone. */
export function weekdayIndex(now: Date, timeZone: string): number {
  let format = WEEKDAY_FORMATS.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone });
    WEEKDAY_FORMATS.set(timeZone, format);
  }
  const name = format.format(now).toLowerCase();
  return WEEKDAYS.indexOf(name as (typeof WEEKDAYS)[number]);
}
