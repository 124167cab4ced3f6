import { DateTime } from 'luxon';
import { BoundedMemo } from '../state/bounded-memo.ts';
import type { OpenSpan } from './venue-schedule.ts';

/**
 * The texts below depend on a few calendar fields of a date only, while luxon's formatting of a date in
 * an IANA zone costs tens of microseconds (each new date works out its zone offset with Intl): each text
 * is made once per key, as luxon writes it, and remembered (`remembered`).
 */
/** Texts remembered (then the memo starts again): a week of days and the clock times of a menu need far fewer. */
const texts = new BoundedMemo<string>(4_096);

function remembered(key: string, make: () => string): string {
  return texts.get(key) ?? texts.set(key, make());
}

/** A local time as customers read it: "10:00 pm", "12:00 pm", "midnight". */
export function clockText(time: DateTime): string {
  if (time.hour === 0 && time.minute === 0) return 'midnight';
  return remembered(`clock ${time.hour}:${time.minute} ${time.numberingSystem}`, () =>
    time.toFormat('h:mm a', { locale: 'en-US' }).toLowerCase(),
  );
}

/** An "HH:MM" wall-clock time as customers read it ("18:00" → "6:00 pm"). */
export function wallClockText(time: string): string {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return clockText(DateTime.fromObject({ hour, minute }, { zone: 'UTC' }));
}

/** "Wednesday" for a luxon date. */
export function weekdayName(date: DateTime): string {
  return remembered(`weekday ${date.weekday} ${date.numberingSystem} ${date.outputCalendar}`, () =>
    date.toFormat('cccc', { locale: 'en-US' }),
  );
}

/** "December 25". */
export function monthDay(date: DateTime): string {
  return remembered(`monthDay ${dateKey(date)}`, () => date.toFormat('LLLL d', { locale: 'en-US' }));
}

/** A date's calendar day in its zone, with what else its formatting reads (numbering, calendar). */
function dateKey(date: DateTime): string {
  return `${date.year}-${date.month}-${date.day} ${date.zoneName} ${date.numberingSystem} ${date.outputCalendar}`;
}

/**
 * A day relative to `today` (both local): "today (Wednesday)", "tomorrow (Thursday)", or
 * "Sunday, December 6".
 */
export function dayLabel(day: DateTime, today: DateTime): string {
  return remembered(`dayLabel ${dateKey(day)} ${dateKey(today)}`, () => freshDayLabel(day, today));
}

function freshDayLabel(day: DateTime, today: DateTime): string {
  const diff = Math.round(day.startOf('day').diff(today.startOf('day'), 'days').days);
  if (diff === 0) return `today (${weekdayName(day)})`;
  if (diff === 1) return `tomorrow (${weekdayName(day)})`;
  return `${weekdayName(day)}, ${monthDay(day)}`;
}

/** "11:00 am – 10:00 pm", several spans joined by "and"; a missing bound reads "until 6:00 pm" / "from 4:00 pm". */
export function spansText(spans: readonly OpenSpan[]): string {
  return spans
    .map((s) => {
      if (!s.startKnown) return `until ${clockText(s.end)}`;
      if (!s.endKnown) return `from ${clockText(s.start)}`;
      return `${clockText(s.start)} – ${clockText(s.end)}`;
    })
    .join(' and ');
}

/** Whether two span lists read the same (same wall-clock bounds). */
export function sameSpans(a: readonly OpenSpan[], b: readonly OpenSpan[]): boolean {
  return spansText(a) === spansText(b);
}
