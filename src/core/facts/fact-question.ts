import { distance } from 'fastest-levenshtein';
import type { VenueSettings } from '../../domain/index.ts';
import { WEEKDAYS, type Weekday } from '../../domain/index.ts';
import { findPlace } from './delivery-zones.ts';
import type { FactTopic } from './fact-answer.ts';
import { factText, firstPhrase, hasPhrase } from './fact-text.ts';
import { GENERIC_HOLIDAY_WORDS, HOLIDAYS, holidayKey } from './holidays.ts';
import type { HoursQuestion, HoursWhen } from './opening-hours.ts';
import { PAYMENT_GENERIC_WORDS, PAYMENT_WORDS, type PaymentWord } from './payment-words.ts';
import { readVenueSelf, type VenueSelfAsk } from './venue-self.ts';

/**
 * The topic reader: which structured fact a question asks for, from a small lexicon of generic
 * restaurant words (below) plus the venue's own delivery areas, postcodes and special-day names.
 * Undefined when the question is none of these topics, or touches a detail the fields do not hold
 * (delivery time, tipping, lunch specials, card security): retrieval answers those. A question about
 * the venue itself (`readVenueSelf`: its name, pickup, its people) is read too; `venue-about` is a
 * venue question no field answers, for the venue's documents alone.
 */
export type FactQuestion =
  | { topic: 'opening-hours'; hours: HoursQuestion }
  | { topic: 'delivery-area' }
  | { topic: 'delivery-fee' }
  | { topic: 'delivery-minimum' }
  | { topic: 'free-delivery' }
  | { topic: 'payment'; method?: PaymentWord }
  | { topic: VenueSelfAsk };

const DELIVER_WORDS = [
  'deliver',
  'delivers',
  'delivery',
  'deliveries',
  'delivering',
  'delivered',
  'bring it',
  'bring them',
  'bring the food',
  'bring food',
  'bring my order',
  'bring over',
  'brought over',
  'brought to',
  'brought round',
  'have it brought',
  'drop off',
  'drop it off',
  'ship',
  'shipping',
];
const HOURS_WORDS = [
  'open',
  'opens',
  'opening',
  'close',
  'closes',
  'closing',
  'closed',
  'hours',
  'shut',
  'how late',
  'until when',
  'till when',
  'last order',
  'last orders',
  'last call',
  'stay open',
];
const CLOSING_WORDS = [
  'close',
  'closes',
  'closing',
  'shut',
  'how late',
  'until when',
  'till when',
  'until what time',
  'till what time',
  'til what time',
  'open until',
  'open till',
  'open til',
  'open late',
  'stay open',
];
const LAST_ORDER_WORDS = [
  'last order',
  'last orders',
  'last call',
  'kitchen close',
  'kitchen closes',
  'stop taking orders',
  'still order',
  'close to closing',
  'before closing',
  'before you close',
];
const WHEN_WORDS = ['what time', 'when', 'until', 'till', 'how late', 'hours', 'late', 'early'];
const NOW_WORDS = ['now', 'right now', 'currently', 'at the moment', 'still open', 'yet'];
const TODAY_WORDS = ['today', 'tonight', 'this evening', 'this afternoon', 'this morning', 'later today'];
const TOMORROW_WORDS = ['tomorrow', 'tmrw', 'tmr', 'tomorrow night', 'tomorrow morning'];
const WEEK_WORDS = ['weekend', 'weekends', 'weekdays', 'every day', 'week', 'days'];
const WEEKDAY_WORDS: Record<Weekday, readonly string[]> = {
  monday: ['monday', 'mondays', 'mon'],
  tuesday: ['tuesday', 'tuesdays', 'tues', 'tue'],
  wednesday: ['wednesday', 'wednesdays', 'wed', 'weds'],
  thursday: ['thursday', 'thursdays', 'thurs', 'thu', 'thur'],
  friday: ['friday', 'fridays', 'fri'],
  saturday: ['saturday', 'saturdays', 'sat'],
  sunday: ['sunday', 'sundays', 'sun'],
};
const FEE_WORDS = [
  'fee',
  'fees',
  'charge',
  'charges',
  'cost',
  'costs',
  'how much',
  'price',
  'extra',
  'expensive',
  'pay for',
];
const FREE_WORDS = ['free'];
const MINIMUM_WORDS = ['minimum', 'minimums', 'min order', 'minimum order', 'minimum spend', 'min spend'];
const LEAST_WORDS = ['at least', 'least'];
const ORDER_WORDS = ['order', 'spend', 'buy', 'purchase'];
/** Details of delivery the fields do not hold (time, tipping, drivers, tracking): left to retrieval. */
const DELIVERY_DETAIL_WORDS = [
  'how long',
  'take',
  'takes',
  'minutes',
  'wait',
  'eta',
  'arrive',
  'contactless',
  'tip',
  'tips',
  'tipping',
  'driver',
  'drivers',
  'track',
  'tracking',
  'packaging',
  'doordash',
  'uber eats',
  'grubhub',
  'third party',
  'refund',
  'cold',
  'wrong',
  'missing',
  'schedule',
  'scheduled',
  'ahead',
  'catering',
  'tax',
  'deal',
  'deals',
  'special',
  'specials',
];
/** Details of payment the fields do not hold (card security, splitting, tips, receipts): left to retrieval. */
const PAYMENT_DETAIL_WORDS = [
  'number',
  'safe',
  'secure',
  'details',
  'split',
  'tip',
  'tips',
  'refund',
  'receipt',
  'invoice',
  'declined',
  'charged twice',
  'buy',
  'sell',
  'purchase',
  'link',
  'tax',
  'service charge',
  'loyalty',
  'rewards',
  'points',
  // gift card terms: expiry, balance, cash value, denominations
  'expire',
  'expires',
  'expiry',
  'expiration',
  'run out',
  'cash out',
  'balance',
  'amounts',
  'exchange',
  'chat',
];
/** Hours of a part of the menu or an offer (lunch special, brunch): left to retrieval. */
const HOURS_DETAIL_WORDS = [
  'lunch',
  'brunch',
  'breakfast',
  'happy hour',
  'special',
  'specials',
  'soup',
  'soups',
  'pickup ready',
  'deal',
  'deals',
  'time zone',
  'timezone',
];

/** Words that make the subject of "is/does <subject> open" this venue (its name's words are added per venue). */
const VENUE_SUBJECT_WORDS = new Set([
  ...'you u ya yall guys your ur y all folks the this that it its here there and a an'.split(' '),
  ...'still even usually ever currently normally really actually'.split(' '),
  ...'restaurant restaurants place shop store kitchen cafe diner spot joint location team grill bakery pizzeria truck'.split(
    ' ',
  ),
  ...'delivery deliveries anybody anyone somebody someone everyone'.split(' '),
]);

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'your', 'ur', 'its']);

/** Verbs whose subject says whose hours or payment a question is about. */
const SUBJECT_VERB =
  /\b(?:is|are|does|do|will|did|would|can)\s+((?:[a-z0-9'-]+\s+){1,4}?)(?:open|opens|opened|close|closes|closed|closing|shut|deliver|delivers|take|takes|accept|accepts)\b/g;

/**
 * Whether the question is about another business ("is the bank open on sunday?", "what time does
 * walmart close"): the head of the subject of its open/close/deliver/take verb (its first word after
 * a determiner) is neither a word pointing at the venue nor a word of the venue's name.
 */
function namesAnotherSubject(text: string, venue: VenueSettings): boolean {
  const own = new Set(factText(venue.name).trim().split(' '));
  for (const match of text.matchAll(SUBJECT_VERB)) {
    const head = (match[1] ?? '')
      .trim()
      .split(' ')
      .find((w) => !DETERMINERS.has(w));
    if (head !== undefined && !VENUE_SUBJECT_WORDS.has(head) && !own.has(head)) return true;
  }
  return false;
}

/** Question words that make a bare "pay" a question about ways to pay ("how can I pay?"), not "pay my phone bill". */
const PAYMENT_QUESTION_WORDS = [
  'how',
  'what',
  'which',
  'accept',
  'take',
  'ways',
  'options',
  'methods',
  'forms',
  'kinds',
  'types',
];

/** Readings kept per venue settings (the oldest dropped first), and the longest question kept. */
const READING_MEMO_ENTRIES = 1_000;
const READING_MEMO_MAX_TEXT = 200;
const READINGS = new WeakMap<VenueSettings, Map<string, FactQuestion | null>>();

/**
 * Reads the fact question against the venue's settings (`menu.venue`), or undefined when it is not one
 * `answerFact` answers. A turn reads its message twice (understanding asks whether it is a fact
 * question, answering asks which) and messages recur across sessions, so the latest readings are kept
 * per venue settings (the reading depends on nothing else). The reading returned is shared: not to be
 * changed.
 */
export function readFactQuestion(question: string, venue: VenueSettings): FactQuestion | undefined {
  if (question.length > READING_MEMO_MAX_TEXT) return readFresh(question, venue);
  let memo = READINGS.get(venue);
  if (!memo) {
    memo = new Map();
    READINGS.set(venue, memo);
  }
  const known = memo.get(question);
  if (known !== undefined) {
    memo.delete(question);
    memo.set(question, known);
    return known ?? undefined;
  }
  const read = readFresh(question, venue);
  if (memo.size >= READING_MEMO_ENTRIES) memo.delete(memo.keys().next().value as string);
  memo.set(question, read ?? null);
  return read;
}

function readFresh(question: string, venue: VenueSettings): FactQuestion | undefined {
  // "my last order" is the customer's own order, never last orders at the kitchen
  const text = correctTopicTypos(factText(question))
    .replace(/ close to /g, ' near to ')
    .replace(/\b(?:my|our) (?:last|latest|previous|most recent) orders?\b/g, ' my order ');
  if (namesAnotherSubject(text, venue)) return undefined;
  const has = (words: readonly string[]) => words.some((w) => hasPhrase(text, w));
  const method = paymentMethod(text);
  const deliver = has(DELIVER_WORDS);
  const fee = has(FEE_WORDS);
  if (method || (has(PAYMENT_GENERIC_WORDS) && has(PAYMENT_QUESTION_WORDS) && !(deliver && fee))) {
    if (has(PAYMENT_DETAIL_WORDS)) return undefined;
    return method ? { topic: 'payment', method } : { topic: 'payment' };
  }
  const minimum = has(MINIMUM_WORDS) || (has(LEAST_WORDS) && has(ORDER_WORDS));
  if (minimum && !has(['pickup', 'pick up', 'catering'])) return { topic: 'delivery-minimum' };
  const hoursWords = has(HOURS_WORDS) || has(LAST_ORDER_WORDS) || asksOrderBy(has);
  const when = readWhen(text, venue);
  if (deliver) {
    if (has(DELIVERY_DETAIL_WORDS)) return undefined;
    if (has(FREE_WORDS)) return { topic: 'free-delivery' };
    if (fee) return { topic: 'delivery-fee' };
    const place = findPlace(question, venue);
    const timed = hoursWords || when !== undefined || has(WHEN_WORDS) || CLOCK_TIME.test(text);
    if (timed && (!place || (place.kind === 'unlisted' && when !== undefined)))
      return { topic: 'opening-hours', hours: hoursQuestion(text, when, 'delivery') };
    return { topic: 'delivery-area' };
  }
  if (hoursWords || (when?.kind === 'holiday' && !has(['menu', 'special', 'specials']))) {
    if (has(HOURS_DETAIL_WORDS)) return undefined;
    return { topic: 'opening-hours', hours: hoursQuestion(text, when, 'venue') };
  }
  // the venue itself: its name, pickup, its people ("what is this place called", "who owns it")
  const self = readVenueSelf(text);
  return self ? { topic: self } : undefined;
}

/** A clock time said ("10pm", "9:30 am", "21:00"): "do you deliver at 10pm?" asks about hours. */
const CLOCK_TIME = /\b\d{1,2}(?::\d{2})? ?(?:am|pm)\b|\b\d{1,2}:\d{2}\b/;

/** Words asking for the latest time of something ("the latest I can put an order in"), never "my latest order". */
const LATEST_TIME_WORDS = [
  'latest i can',
  'latest we can',
  'latest time',
  'latest you',
  'last time i can',
  'how late',
];

/** An order said with a closing or a latest time: a last-orders question ("how late can I order"). */
function asksOrderBy(has: (words: readonly string[]) => boolean): boolean {
  return has(['order', 'orders', 'ordering']) && (has(CLOSING_WORDS) || has(LATEST_TIME_WORDS));
}

function hoursQuestion(
  text: string,
  when: HoursWhen | undefined,
  service: 'venue' | 'delivery',
): HoursQuestion {
  const has = (words: readonly string[]) => words.some((w) => hasPhrase(text, w));
  // an order said with a closing or a latest time is last orders too ("the latest I can put an order in")
  const orderBy = has(['order', 'orders', 'ordering']) && (has(CLOSING_WORDS) || has(['latest', 'last']));
  const aspect: HoursQuestion['aspect'] =
    has(LAST_ORDER_WORDS) || orderBy
      ? 'last-orders'
      : has(CLOSING_WORDS)
        ? 'closing'
        : has(['hours', 'what time', 'when']) || when?.kind === 'week'
          ? 'span'
          : 'open-now';
  if (when) return { when, service, aspect };
  // No day named: "are you open?" is about now, "what time do you close?" about today, "what are your hours?" the week.
  if (aspect === 'open-now') return { when: { kind: 'now' }, service, aspect };
  if (aspect === 'closing' || aspect === 'last-orders') return { when: { kind: 'today' }, service, aspect };
  if (has(['hours'])) return { when: { kind: 'week' }, service, aspect };
  return { when: { kind: 'today' }, service, aspect };
}

/**
 * Whether a question names a day or a moment ("today", "tomorrow", "friday", "now", "this weekend"): it
 * asks about one day's row of an hours table, not the whole table. Lower-case text expected.
 */
export function namesDay(text: string): boolean {
  const has = (words: readonly string[]) => words.some((w) => hasPhrase(text, w));
  return (
    has(TOMORROW_WORDS) ||
    has(TODAY_WORDS) ||
    has(NOW_WORDS) ||
    has(['weekend', 'weekends']) ||
    WEEKDAYS.some((d) => has(WEEKDAY_WORDS[d]))
  );
}

/** The day a question names: a holiday (the table's or the venue's), a weekday, tomorrow, today, now, the week. */
function readWhen(text: string, venue: VenueSettings): HoursWhen | undefined {
  const vocabulary = holidayVocabulary(venue);
  let best: { holiday: (typeof vocabulary)[number]; length: number } | undefined;
  for (const holiday of vocabulary) {
    const word = firstPhrase(text, holiday.words);
    if (word && (!best || word.length > best.length)) best = { holiday, length: word.length };
  }
  if (best) {
    const h = best.holiday;
    return { kind: 'holiday', name: h.name, words: h.words, ...(h.when ? { when: h.when } : {}) };
  }
  if (GENERIC_HOLIDAY_WORDS.some((w) => hasPhrase(text, w))) return { kind: 'holidays' };
  const has = (words: readonly string[]) => words.some((w) => hasPhrase(text, w));
  if (has(TOMORROW_WORDS)) return { kind: 'tomorrow' };
  const weekday = WEEKDAYS.find((d) => has(WEEKDAY_WORDS[d]));
  if (weekday) return { kind: 'weekday', weekday };
  if (has(TODAY_WORDS)) return { kind: 'today' };
  if (has(NOW_WORDS)) return { kind: 'now' };
  if (has(WEEK_WORDS)) return { kind: 'week' };
  return undefined;
}

type HolidayWord = { name: string; words: readonly string[]; when?: string | undefined };

/** The holidays a question may name, by venue settings (built once per venue: every fact question reads them). */
const VOCABULARIES = new WeakMap<VenueSettings, readonly HolidayWord[]>();

/** The table's holidays, then the venue's special days the table does not know. */
function holidayVocabulary(venue: VenueSettings): readonly HolidayWord[] {
  let vocabulary = VOCABULARIES.get(venue);
  if (!vocabulary) {
    vocabulary = [
      ...HOLIDAYS,
      ...(venue.specialHours ?? [])
        .filter((h) => !HOLIDAYS.some((t) => holidayKey(t.name) === holidayKey(h.name)))
        .map((h) => ({ name: h.name, words: [holidayKey(h.name)], when: h.date ?? h.rule })),
    ];
    VOCABULARIES.set(venue, vocabulary);
  }
  return vocabulary;
}

/** The way to pay the text names (longest phrase wins: "cash app" over "cash", "gift card" over "card"). */
function paymentMethod(text: string): PaymentWord | undefined {
  let best: { method: PaymentWord; length: number } | undefined;
  for (const method of PAYMENT_WORDS) {
    const word = firstPhrase(text, method.words);
    if (word && (!best || word.length > best.length)) best = { method, length: word.length };
  }
  return best?.method;
}

export type { FactTopic };

/** The single words of the topic lists, 6 letters or more: what a typo is corrected to. */
const TOPIC_WORDS: readonly string[] = [
  ...new Set(
    [
      DELIVER_WORDS,
      HOURS_WORDS,
      CLOSING_WORDS,
      LAST_ORDER_WORDS,
      FEE_WORDS,
      MINIMUM_WORDS,
      PAYMENT_QUESTION_WORDS,
    ]
      .flat()
      .filter((w) => !w.includes(' ') && w.length >= 6),
  ),
];

/**
 * A word of 6 letters or more one edit away from exactly one topic word is read as that word
 * ("minimun" → "minimum", "delivry" → "delivery"); known words and short ones stay as typed.
 */
function correctTopicTypos(text: string): string {
  return text.replace(/[a-z]{6,}/g, (word) => {
    if (TOPIC_WORDS.includes(word)) return word;
    const near = TOPIC_WORDS.filter((t) => Math.abs(t.length - word.length) <= 1 && distance(t, word) === 1);
    return near.length === 1 ? (near[0] as string) : word;
  });
}
