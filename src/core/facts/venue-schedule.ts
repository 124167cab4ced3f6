import { DateTime } from 'luxon';
import { holidayDate } from '../../domain/holiday-rule.ts';
import { type OpeningHours, type SpecialHours, WEEKDAYS, type Weekday } from '../../domain/index.ts';
import type { VenueSettings } from '../../domain/menu-schema.ts';
import { BoundedMemo } from '../state/bounded-memo.ts';
import { parseHolidayWhen } from './holidays.ts';

/**
 * The venue's opening hours on a given local day, computed from `venue.hours` and `venue.specialHours`
 * in `venue.timezone` with luxon (DST-safe: a span is built from wall-clock times of its own day).
 */

/** One open period. `startKnown`/`endKnown` are false when a special day gives only one bound and the weekday has no usual row. */
export interface OpenSpan {
  start: DateTime;
  end: DateTime;
  startKnown: boolean;
  endKnown: boolean;
}

/** What a local day holds. `delivery` is undefined on a special day that lists the venue's hours only. */
export interface DaySchedule {
  /** Start of the local day in the venue's zone. */
  date: DateTime;
  weekday: Weekday;
  special?: SpecialHours;
  venue: readonly OpenSpan[];
  delivery: readonly OpenSpan[] | undefined;
}

/** "now" in the venue's zone (`venue.timezone`, an IANA name). */
export function venueNow(settings: VenueSettings, now: Date): DateTime {
  return DateTime.fromJSDate(now, { zone: settings.timezone }).setLocale('en-US');
}

/** The weekday name of a luxon date (Monday … Sunday). */
export function weekdayOf(date: DateTime): Weekday {
  return WEEKDAYS[date.weekday - 1]!;
}

/** The special-hours entry falling on a local date, if any (first listed wins). */
export function specialOn(settings: VenueSettings, date: DateTime): SpecialHours | undefined {
  // remembered per venue and calendar day: working out each holiday's date is most of a schedule's cost
  let days = specialByDay.get(settings);
  if (days === undefined) {
    days = new Map();
    specialByDay.set(settings, days);
  }
  const key = `${date.year}-${date.month}-${date.day}`;
  const known = days.get(key);
  if (known !== undefined) return known ?? undefined;
  const found = findSpecial(settings, date);
  if (days.size >= SPECIAL_DAYS_KEPT) days.clear();
  days.set(key, found ?? null);
  return found;
}

/** Calendar days whose special hours are remembered per venue (then the memo starts again). */
const SPECIAL_DAYS_KEPT = 1_000;
const specialByDay = new WeakMap<VenueSettings, Map<string, SpecialHours | null>>();

/**
 * What `build` makes of the local day holding `date` (`what` names it), remembered per venue settings and
 * local day: a day's spans depend only on the settings and the calendar day in the venue's zone, and
 * building them costs a few luxon date computations each (about 2 % of a turn's CPU in the core's profile,
 * for the turns that ask about hours). The day is the date's calendar day in its own zone, with its
 * zone and locale in the key, so a change of day, of zone or of DST offset is a different entry.
 */
function byLocalDay<T>(settings: VenueSettings, date: DateTime, what: string, build: () => T): T {
  let days = builtByDay.get(settings);
  if (days === undefined) {
    days = new BoundedMemo<unknown>(BUILT_DAYS_KEPT);
    builtByDay.set(settings, days);
  }
  const key = `${what} ${date.year}-${date.month}-${date.day} ${date.zoneName} ${date.locale} ${date.numberingSystem} ${date.outputCalendar}`;
  return (days.get(key) as T | undefined) ?? (days.set(key, build()) as T);
}

/** Day schedules and spans remembered per venue (then the memo starts again). */
const BUILT_DAYS_KEPT = 1_000;
const builtByDay = new WeakMap<VenueSettings, BoundedMemo<unknown>>();

/** Freezes spans handed out shared (a DateTime is immutable already). */
function freezeSpans(spans: readonly OpenSpan[]): readonly OpenSpan[] {
  for (const span of spans) Object.freeze(span);
  return Object.freeze(spans);
}

function findSpecial(settings: VenueSettings, date: DateTime): SpecialHours | undefined {
  return (settings.specialHours ?? []).find((s) => {
    const when = parseHolidayWhen(s.date, s.rule);
    if (!when) return false;
    const md = when.kind === 'date' ? when : holidayDate(when.rule, date.year);
    return md !== undefined && md.month === date.month && md.day === date.day;
  });
}

/** Whether the venue publishes weekly hours at all. */
export function hasHours(settings: VenueSettings): boolean {
  return (settings.hours ?? []).length > 0;
}

/** Rows of the weekly table for the venue's own hours: `all` rows, else dine-in, else pickup. */
function venueRows(settings: VenueSettings): OpeningHours[] {
  const rows = settings.hours ?? [];
  for (const service of ['all', 'dine-in', 'pickup'] as const) {
    const found = rows.filter((r) => r.service === service);
    if (found.length > 0) return found;
  }
  return [];
}

/** Rows for delivery: `delivery` rows when the table has any, else the venue's rows; none when delivery is off. */
function deliveryRows(settings: VenueSettings): OpeningHours[] {
  if (!settings.delivery.available) return [];
  const rows = (settings.hours ?? []).filter((r) => r.service === 'delivery');
  return rows.length > 0 ? rows : venueRows(settings);
}

function at(date: DateTime, time: string): DateTime {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return date.set({ hour, minute, second: 0, millisecond: 0 });
}

function spanOf(date: DateTime, opens: string, closes: string): OpenSpan {
  const start = at(date, opens);
  let end = at(date, closes);
  if (closes <= opens) end = at(date.plus({ days: 1 }), closes);
  return { start, end, startKnown: true, endKnown: true };
}

/** The usual (weekly-table) spans of a date, ignoring special hours (shared and frozen: copy to change). */
export function usualSpans(
  settings: VenueSettings,
  date: DateTime,
  kind: 'venue' | 'delivery',
): readonly OpenSpan[] {
  return byLocalDay(settings, date, kind, () =>
    freezeSpans(
      regularSpans(kind === 'venue' ? venueRows(settings) : deliveryRows(settings), date.startOf('day')),
    ),
  );
}

function regularSpans(rows: OpeningHours[], date: DateTime): OpenSpan[] {
  const weekday = weekdayOf(date);
  return rows
    .filter((r) => r.dayOfWeek.includes(weekday))
    .map((r) => spanOf(date, r.opens, r.closes))
    .sort((a, b) => a.start.toMillis() - b.start.toMillis());
}

/**
 * The schedule of the local day holding `date` (any time of that day): shared and frozen, one per venue
 * and local day (`byLocalDay`).
 */
export function daySchedule(settings: VenueSettings, date: DateTime): DaySchedule {
  return byLocalDay(settings, date, 'schedule', () => {
    const schedule = buildDaySchedule(settings, date);
    freezeSpans(schedule.venue);
    if (schedule.delivery) freezeSpans(schedule.delivery);
    return Object.freeze(schedule);
  });
}

function buildDaySchedule(settings: VenueSettings, date: DateTime): DaySchedule {
  const day = date.startOf('day');
  const weekday = weekdayOf(day);
  const special = specialOn(settings, day);
  const usual = regularSpans(venueRows(settings), day);
  if (!special)
    return { date: day, weekday, venue: usual, delivery: regularSpans(deliveryRows(settings), day) };
  if (special.closed) return { date: day, weekday, special, venue: [], delivery: [] };
  const first = usual[0];
  const last = usual[usual.length - 1];
  const start = special.opens ? at(day, special.opens) : (first?.start ?? day);
  let end = special.closes ? at(day, special.closes) : (last?.end ?? day.endOf('day'));
  if (end <= start) end = end.plus({ days: 1 });
  const span: OpenSpan = {
    start,
    end,
    startKnown: special.opens !== undefined || first !== undefined,
    endKnown: special.closes !== undefined || last !== undefined,
  };
  return { date: day, weekday, special, venue: [span], delivery: undefined };
}

/** The span of `kind` open at `now` (checking spans that began the day before, past midnight). */
export function openSpanAt(
  settings: VenueSettings,
  now: DateTime,
  kind: 'venue' | 'delivery',
): OpenSpan | undefined {
  for (const day of [now.minus({ days: 1 }), now]) {
    const schedule = daySchedule(settings, day);
    const spans = kind === 'venue' ? schedule.venue : (schedule.delivery ?? []);
    const hit = spans.find((s) => s.start <= now && now < s.end);
    if (hit) return hit;
  }
  return undefined;
}

/** The next time the venue (or delivery) opens after `now`, within two weeks; undefined if none is listed. */
export function nextOpening(
  settings: VenueSettings,
  now: DateTime,
  kind: 'venue' | 'delivery',
): { span: OpenSpan; schedule: DaySchedule } | undefined {
  for (let i = 0; i < 15; i++) {
    const schedule = daySchedule(settings, now.plus({ days: i }));
    const spans = kind === 'venue' ? schedule.venue : (schedule.delivery ?? schedule.venue);
    const span = spans.find((s) => s.startKnown && s.start > now);
    if (span) return { span, schedule };
  }
  return undefined;
}
