import { DateTime } from 'luxon';
import type { OpenSpan } from './venue-schedule.ts';

/** A local time as customers read it: "10:00 pm", "12:00 pm", "midnight". */
export function clockText(time: DateTime): string {
  if (time.hour === 0 && time.minute === 0) return 'midnight';
  return time.toFormat('h:mm a', { locale: 'en-US' }).toLowerCase();
}

/** An "HH:MM" wall-clock time as customers read it ("18:00" → "6:00 pm"). */
export function wallClockText(time: string): string {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return clockText(DateTime.fromObject({ hour, minute }, { zone: 'UTC' }));
}

/** "Wednesday" for a luxon date. */
export function weekdayName(date: DateTime): string {
  return date.toFormat('cccc', { locale: 'en-US' });
}

/** "December 25". */
export function monthDay(date: DateTime): string {
  return date.toFormat('LLLL d', { locale: 'en-US' });
}

/**
 * A day relative to `today` (both local): "today (Wednesday)", "tomorrow (Thursday)", or
 * "Sunday, December 6".
 */
export function dayLabel(day: DateTime, today: DateTime): string {
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
