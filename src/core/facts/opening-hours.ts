import type { DateTime } from 'luxon';
import { holidayDate } from '../../domain/holiday-rule.ts';
import { type SpecialHours, type VenueSettings, WEEKDAYS, type Weekday } from '../../domain/index.ts';
import type { Venue } from '../../domain/venue.ts';
import type { FactAnswer } from './fact-answer.ts';
import { factSource } from './fact-source.ts';
import { joinList } from './fact-text.ts';
import { holidayKey, parseHolidayWhen } from './holidays.ts';
import {
  clockText,
  dayLabel,
  monthDay,
  sameSpans,
  spansText,
  wallClockText,
  weekdayName,
} from './hours-text.ts';
import {
  type DaySchedule,
  daySchedule,
  hasHours,
  nextOpening,
  type OpenSpan,
  openSpanAt,
  usualSpans,
  venueNow,
  weekdayOf,
} from './venue-schedule.ts';

/** The day an hours question is about. `holiday`: a named holiday (its words and, when datable, its date). */
export type HoursWhen =
  | { kind: 'now' }
  | { kind: 'today' }
  | { kind: 'tomorrow' }
  | { kind: 'weekday'; weekday: Weekday }
  | { kind: 'holiday'; name: string; words: readonly string[]; when?: string }
  | { kind: 'holidays' }
  | { kind: 'week' };

/**
 * An hours question as the topic reader understood it. `service`: the venue's own hours or delivery's.
 * `aspect`: `open-now` ("are you open?"), `closing` ("what time do you close tonight?"), `last-orders`,
 * or `span` (the hours of the day asked).
 */
export interface HoursQuestion {
  when: HoursWhen;
  service: 'venue' | 'delivery';
  aspect: 'open-now' | 'closing' | 'last-orders' | 'span';
}

const DOCS = ['hours'] as const;

/**
 * Answers an hours question from `venue.hours`, `venue.specialHours` and
 * `venue.lastOrdersMinutesBeforeClose`, at `now` in `venue.timezone`. Undefined when the venue
 * publishes no weekly hours, or names a holiday this cannot date (retrieval answers those).
 */
export function answerOpeningHours(q: HoursQuestion, venue: Venue, now: Date): FactAnswer | undefined {
  const s = venue.menu.venue;
  if (!hasHours(s)) return undefined;
  const local = venueNow(s, now);
  const answer = (text: string, terms: readonly string[] = []): FactAnswer => ({
    topic: 'opening-hours',
    text,
    source: factSource(venue, DOCS, terms, 'venue.hours'),
  });
  const when = q.when;
  if (when.kind === 'week') return answer(weekText(s));
  if (when.kind === 'holidays') return answer(holidaysText(s), ['holiday']);
  if (when.kind === 'now' || when.kind === 'today') {
    if (q.aspect === 'last-orders') return answer(lastOrdersText(s, local, local));
    if (when.kind === 'now' && q.aspect === 'open-now') return answer(nowText(s, local, q.service));
    if (q.aspect === 'span' && when.kind === 'today')
      return answer(dayText(s, local, local, q.service, false));
    return answer(closingToday(s, local, q.service));
  }
  if (when.kind === 'holiday') {
    const resolved = resolveHoliday(s, when, local);
    if (!resolved) return undefined;
    const text =
      resolved.special === undefined
        ? `We don't list special hours for ${when.name}. ${dayText(s, resolved.date, local, q.service, true)}`
        : dayText(s, resolved.date, local, q.service, false);
    return answer(text, [...when.words, 'holiday']);
  }
  const date = when.kind === 'tomorrow' ? local.plus({ days: 1 }) : nextWeekday(local, when.weekday);
  if (q.aspect === 'last-orders') return answer(lastOrdersText(s, date, local));
  return answer(dayText(s, date, local, q.service, false));
}

/** Capitalises the first letter of a sentence. */
function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The first date on `weekday` from `local` on (today included): one date computed, not one per day tried. */
function nextWeekday(local: DateTime, weekday: Weekday): DateTime {
  const target = WEEKDAYS.indexOf(weekday);
  if (target < 0) return local;
  const days = (target - WEEKDAYS.indexOf(weekdayOf(local)) + 7) % 7;
  return days === 0 ? local : local.plus({ days });
}

/** The next date (today or later) of a holiday: the venue's own entry when it lists one, else the table's date. */
function resolveHoliday(
  s: VenueSettings,
  when: Extract<HoursWhen, { kind: 'holiday' }>,
  local: DateTime,
): { date: DateTime; special?: SpecialHours } | undefined {
  const keys = new Set([holidayKey(when.name), ...when.words.map(holidayKey)]);
  const special = (s.specialHours ?? []).find((h) => keys.has(holidayKey(h.name)));
  const parsed = special
    ? parseHolidayWhen(special.date, special.rule)
    : parseHolidayWhen(undefined, when.when);
  if (!parsed) return undefined;
  for (const year of [local.year, local.year + 1]) {
    const md = parsed.kind === 'date' ? parsed : holidayDate(parsed.rule, year);
    if (!md) continue;
    const date = local.set({ year, month: md.month, day: md.day }).startOf('day');
    if (date >= local.startOf('day')) return { date, ...(special ? { special } : {}) };
  }
  return undefined;
}

/** "Yes, we're open now, until 10:00 pm; delivery until 9:30 pm; last orders at 9:45 pm." or the closed form. */
function nowText(s: VenueSettings, local: DateTime, service: 'venue' | 'delivery'): string {
  if (service === 'delivery') {
    const d = openSpanAt(s, local, 'delivery');
    if (d) return `Yes, we're delivering now, until ${clockText(d.end)}.`;
    const next = nextOpening(s, local, 'delivery');
    const again = next
      ? ` Delivery starts again ${dayLabel(next.span.start, local)} at ${clockText(next.span.start)}.`
      : '';
    return `No, we're not delivering right now.${again}`;
  }
  const open = openSpanAt(s, local, 'venue');
  if (!open) return closedText(s, local);
  const today = daySchedule(s, open.start);
  const hoursName = today.special ? ` (${today.special.name} hours)` : '';
  const until = open.start < local.startOf('day') ? 'tonight' : dayLabel(local, local);
  const parts = [`Yes, we're open now${hoursName}, until ${clockText(open.end)} ${until}`];
  parts.push(...deliveryAndLastOrders(s, local, open, today));
  return `${parts.join('; ')}.`;
}

/** The delivery and last-orders clauses said after the venue's closing time (only when they differ from it). */
function deliveryAndLastOrders(
  s: VenueSettings,
  local: DateTime,
  open: OpenSpan,
  day: DaySchedule,
): string[] {
  const parts: string[] = [];
  if (s.delivery.available && day.delivery !== undefined) {
    const d = openSpanAt(s, local, 'delivery');
    const later = day.delivery.find((x) => x.start > local);
    if (d && !d.end.equals(open.end)) parts.push(`delivery until ${clockText(d.end)}`);
    else if (!d && later) parts.push(`delivery from ${clockText(later.start)} until ${clockText(later.end)}`);
    else if (!d && day.delivery.some((x) => x.end <= local)) parts.push('delivery has ended for today');
  }
  const minutes = s.lastOrdersMinutesBeforeClose;
  if (minutes && open.endKnown) parts.push(`last orders at ${clockText(open.end.minus({ minutes }))}`);
  return parts;
}

/** "No, we're closed today (Monday). We open again tomorrow (Tuesday) at 11:00 am." and the like. */
function closedText(s: VenueSettings, local: DateTime): string {
  const today = daySchedule(s, local);
  const label = dayLabel(local, local);
  const later = today.venue.find((x) => x.start > local && x.startKnown);
  const ended = [...today.venue].reverse().find((x) => x.end <= local);
  let first: string;
  if (later) return `No, we're closed right now; ${label} we open at ${clockText(later.start)}.`;
  if (today.venue.length === 0)
    first = today.special
      ? `No, we're closed ${label} for ${today.special.name}.`
      : `No, we're closed ${label}.`;
  else if (ended && ended.start >= local.startOf('day'))
    first = `No, we're closed now; we closed at ${clockText(ended.end)} ${label}.`;
  else first = `No, we're closed right now.`;
  const next = nextOpening(s, local, 'venue');
  if (!next) return first;
  return `${first} We open again ${dayLabel(next.span.start, local)} at ${clockText(next.span.start)}.`;
}

/** "We're open today (Wednesday) until 10:00 pm; delivery until 9:30 pm." and the closed or not-yet-open forms. */
function closingToday(s: VenueSettings, local: DateTime, service: 'venue' | 'delivery'): string {
  if (service === 'delivery') {
    const d = openSpanAt(s, local, 'delivery');
    if (d)
      return `We deliver ${d.start < local.startOf('day') ? 'tonight' : dayLabel(local, local)} until ${clockText(d.end)}.`;
    const today = daySchedule(s, local);
    const later = (today.delivery ?? []).find((x) => x.start > local);
    if (later) return `${cap(dayLabel(local, local))} we deliver ${spansText([later])}.`;
    const next = nextOpening(s, local, 'delivery');
    const again = next
      ? ` Delivery starts again ${dayLabel(next.span.start, local)} at ${clockText(next.span.start)}.`
      : '';
    return `We're not delivering any more ${dayLabel(local, local)}.${again}`;
  }
  const open = openSpanAt(s, local, 'venue');
  if (open) {
    const day = daySchedule(s, open.start);
    const label = open.start < local.startOf('day') ? 'tonight' : dayLabel(local, local);
    const hoursName = day.special ? ` (${day.special.name} hours)` : '';
    return (
      [
        `We're open ${label}${hoursName} until ${clockText(open.end)}`,
        ...deliveryAndLastOrders(s, local, open, day),
      ].join('; ') + '.'
    );
  }
  const today = daySchedule(s, local);
  if (today.venue.some((x) => x.start > local)) return dayText(s, local, local, 'venue', false);
  // "what time do you close?" asks no yes-or-no question: the closed answer without its "No,"
  return withoutNo(closedText(s, local));
}

/** The hours of one day: "On Sunday, December 6 we're open 12:00 pm – 9:00 pm; delivery 12:00 pm – 8:30 pm." */
function dayText(
  s: VenueSettings,
  date: DateTime,
  local: DateTime,
  service: 'venue' | 'delivery',
  usual: boolean,
): string {
  const day = daySchedule(s, date);
  const label = dayLabel(date, local);
  const relative = label.startsWith('today') || label.startsWith('tomorrow');
  const on = relative ? label : `on ${label}`;
  const wd = weekdayName(date);
  if (usual) {
    const spans = usualSpans(s, date, service);
    if (spans.length === 0) return `Our usual ${wd} hours: closed (${label}).`;
    return `Our usual ${wd} hours apply (${label}): ${spansText(spans)}.`;
  }
  if (day.special) {
    const year = date.year === local.year ? '' : `, ${date.year}`;
    const named = `${day.special.name} (${wd}, ${monthDay(date)}${year})`;
    if (day.venue.length === 0) return `We're closed on ${named}.`;
    const spans = spansText(day.venue);
    return `On ${named} we're open ${spans}${service === 'delivery' ? '; separate delivery hours for that day are not listed' : ''}.`;
  }
  if (service === 'delivery') {
    const d = day.delivery ?? [];
    if (d.length === 0) return `We don't deliver ${on}.`;
    return `${cap(on)} we deliver ${spansText(d)}.`;
  }
  if (day.venue.length === 0) {
    const everyWeek = usualSpans(s, date, 'venue').length === 0;
    return everyWeek ? `No, we're closed on ${wd}s.` : `We're closed ${on}.`;
  }
  const d = day.delivery;
  const delivery =
    s.delivery.available && d !== undefined && !sameSpans(d, day.venue)
      ? d.length > 0
        ? `; delivery ${spansText(d)}`
        : '; no delivery'
      : '';
  return `${cap(on)} we're open ${spansText(day.venue)}${delivery}.`;
}

/** "Last orders are 15 minutes before closing: 9:45 pm today (Wednesday)." */
function lastOrdersText(s: VenueSettings, date: DateTime, local: DateTime): string {
  const minutes = s.lastOrdersMinutesBeforeClose;
  const day = daySchedule(s, date);
  const last = day.venue[day.venue.length - 1];
  if (!minutes || !last?.endKnown) return dayText(s, date, local, 'venue', false);
  return `Last orders are ${minutes} minutes before closing: ${clockText(last.end.minus({ minutes }))} ${dayLabel(date, local)}, when we close at ${clockText(last.end)}.`;
}

/** The weekly table in one line per group of days, then delivery's if it differs, then holidays. */
function weekText(s: VenueSettings): string {
  const monday = venueNow(s, new Date(Date.UTC(2024, 0, 1, 12))).startOf('week');
  const table = (kind: 'venue' | 'delivery') => {
    const days = Array.from({ length: 7 }, (_, i) => monday.plus({ days: i }));
    const groups: { from: DateTime; to: DateTime; text: string }[] = [];
    for (const day of days) {
      const spans = usualSpans(s, day, kind);
      const text = spans.length > 0 ? spansText(spans) : 'closed';
      const last = groups[groups.length - 1];
      if (last && last.text === text) last.to = day;
      else groups.push({ from: day, to: day, text });
    }
    return groups
      .map((g) => `${weekdayName(g.from)}${g.to.equals(g.from) ? '' : ` – ${weekdayName(g.to)}`} ${g.text}`)
      .join('; ');
  };
  const venueTable = table('venue');
  const deliveryTable = s.delivery.available ? table('delivery') : '';
  const lines = [`Our hours: ${venueTable}.`];
  if (deliveryTable && deliveryTable !== venueTable) lines.push(`Delivery: ${deliveryTable}.`);
  const holidays = holidaysSentence(s);
  if (holidays) lines.push(holidays);
  return lines.join(' ');
}

function holidaysSentence(s: VenueSettings): string {
  const specials = s.specialHours ?? [];
  const closed = specials.filter((h) => h.closed).map((h) => h.name);
  const timed = specials.filter((h) => !h.closed).map((h) => `${h.name}: ${specialSpanText(h)}`);
  const parts: string[] = [];
  if (closed.length > 0) parts.push(`We're closed on ${joinList(closed)}.`);
  if (timed.length > 0) parts.push(`Holiday hours: ${timed.join('; ')}.`);
  return parts.join(' ');
}

function specialSpanText(h: SpecialHours): string {
  const t = wallClockText;
  if (h.opens && h.closes) return `${t(h.opens)} – ${t(h.closes)}`;
  if (h.closes) return `until ${t(h.closes)}`;
  return `from ${t(h.opens ?? '00:00')}`;
}

/** Holiday hours only ("do you close on holidays?"). */
function holidaysText(s: VenueSettings): string {
  return holidaysSentence(s) || "We don't list special holiday hours.";
}

/** "No, we're closed now; …" → "We're closed now; …", for a question that asked no yes or no. */
function withoutNo(text: string): string {
  return text.replace(/^No, (\w)/, (_m, c: string) => c.toUpperCase());
}
