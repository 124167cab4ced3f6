import { DateTime } from 'luxon';
import type { VenueSettings } from '../../domain/menu-schema.ts';
import { clockText, spansText, weekdayName } from './hours-text.ts';
import { daySchedule, hasHours, nextOpening, openSpanAt, venueNow } from './venue-schedule.ts';

/**
 * What a requested time (a canonical value of `readRequestedTime`: `asap`, `+45`, `19:30`, `7:30?`,
 * `tomorrow 12:30`) means on the venue's clock:
 * - `asap`: as soon as possible;
 * - `at`: the instant (`iso`, ISO 8601 with the venue's offset) and how to say it ("today at 7:30 pm");
 * - `past`: the time has gone by today;
 * - `closed`: the venue (or its delivery) is closed then; `hours` says its hours that day ("" when
 *   it is closed all day) and `at` how the time is said;
 * - `invalid`: not a canonical value.
 */
export type RequestedTimeVerdict =
  | { kind: 'asap' }
  | { kind: 'at'; iso: string; text: string }
  | { kind: 'past'; text: string }
  | { kind: 'closed'; text: string; hours: string }
  | { kind: 'invalid' };

const VALUE = /^(?:(tomorrow) )?(?:(\d{1,2}):(\d{2})(\?)?|\+(\d{1,3}))$/;

/** How a venue-local instant is said: "today at 7:30 pm", "tomorrow at 12:30 pm". */
export function requestedTimeText(at: DateTime, now: DateTime): string {
  const days = Math.round(at.startOf('day').diff(now.startOf('day'), 'days').days);
  const day = days === 0 ? 'today' : days === 1 ? 'tomorrow' : weekdayName(at);
  return `${day} at ${clockText(at)}`;
}

/**
 * Resolves a requested time against `now` in the venue's time zone (`venue.timezone`) and, when the
 * venue publishes hours, its opening hours for the order's fulfillment (delivery hours for delivery,
 * else the venue's). A time said without am or pm is the first of its two readings that is still
 * ahead and open (else the first still ahead). Pure.
 */
export function resolveRequestedTime(
  value: string,
  settings: VenueSettings,
  fulfillment: 'delivery' | 'pickup' | undefined,
  now: Date,
): RequestedTimeVerdict {
  if (value.trim().toLowerCase() === 'asap') return { kind: 'asap' };
  const m = value.trim().toLowerCase().match(VALUE);
  if (!m) return { kind: 'invalid' };
  const local = venueNow(settings, now).set({ second: 0, millisecond: 0 });
  const kind = fulfillment === 'delivery' ? 'delivery' : 'venue';
  // a special day listing the venue's hours only: delivery runs in them
  const open = (t: DateTime) =>
    !hasHours(settings) ||
    openSpanAt(settings, t, kind) !== undefined ||
    (kind === 'delivery' &&
      daySchedule(settings, t).delivery === undefined &&
      openSpanAt(settings, t, 'venue') !== undefined);
  let candidates: DateTime[];
  if (m[5] !== undefined) {
    const minutes = Number(m[5]);
    if (minutes < 1 || minutes > 720) return { kind: 'invalid' };
    candidates = [local.plus({ minutes })];
  } else {
    const hour = Number(m[2]);
    const minute = Number(m[3]);
    if (hour > 23 || minute > 59 || (m[4] && (hour < 1 || hour > 12))) return { kind: 'invalid' };
    const day = m[1] ? local.plus({ days: 1 }) : local;
    const hours = m[4] ? (hour === 12 ? [12, 0] : [hour, hour + 12]) : [hour];
    candidates = hours.map((h) => day.set({ hour: h, minute }));
  }
  const ahead = candidates.filter((t) => t >= local.minus({ minutes: 1 }));
  const pick = ahead.find(open) ?? ahead[0];
  if (!pick) return { kind: 'past', text: requestedTimeText(candidates.at(-1) as DateTime, local) };
  const text = requestedTimeText(pick, local);
  if (!open(pick)) return { kind: 'closed', text, hours: hoursThatDay(settings, pick, kind) };
  return { kind: 'at', iso: pick.toISO({ suppressMilliseconds: true }) ?? pick.toString(), text };
}

/** The venue's spans on the local day of `at` ("11:30 am–9:30 pm"); else its next opening; else "". */
function hoursThatDay(settings: VenueSettings, at: DateTime, kind: 'venue' | 'delivery'): string {
  const schedule = daySchedule(settings, at);
  const spans = kind === 'venue' ? schedule.venue : (schedule.delivery ?? schedule.venue);
  if (spans.length > 0) return `that day we're open ${spansText(spans)}`;
  const next = nextOpening(settings, at, kind);
  return next ? `we're closed that day and open again ${requestedTimeText(next.span.start, at)}` : '';
}

/** The venue-local instant of a stored requested time (ISO 8601), for saying it again. */
export function storedTimeText(iso: string, settings: VenueSettings, now: Date): string {
  const at = DateTime.fromISO(iso, { zone: settings.timezone }).setLocale('en-US');
  return at.isValid ? requestedTimeText(at, venueNow(settings, now)) : iso;
}

/**
 * A stored requested time (ISO 8601) as the canonical value `resolveRequestedTime` reads ("19:30",
 * "tomorrow 12:30"), on the venue's clock; undefined when it is no instant or is neither today nor
 * tomorrow there.
 */
export function storedTimeValue(iso: string, settings: VenueSettings, now: Date): string | undefined {
  const at = DateTime.fromISO(iso, { zone: settings.timezone });
  if (!at.isValid) return undefined;
  const today = venueNow(settings, now).startOf('day');
  const days = Math.round(at.startOf('day').diff(today, 'days').days);
  if (days !== 0 && days !== 1) return undefined;
  return `${days === 1 ? 'tomorrow ' : ''}${at.toFormat('HH:mm')}`;
}
