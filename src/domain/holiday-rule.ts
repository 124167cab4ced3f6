import { wordTable } from './word-table.ts';

/**
 * Movable holidays written as text in the venue file (`specialHours[].rule`): "<nth|last> <weekday> of
 * <month>" ("fourth thursday of november", "last monday of may") and "easter sunday" (Western Easter,
 * the anonymous Gregorian computus). Pure; no time zone: a rule names a calendar date.
 */

/** Weekdays in ISO order (Monday = 1 … Sunday = 7 at index + 1). */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type WeekdayName = (typeof WEEKDAYS)[number];

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

const ORDINALS = wordTable<number>({ first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1 });
const ORDINAL_DIGITS = wordTable<number>({ '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5 });

/** A parsed rule: the nth (1..5, or -1 for last) weekday of a month (1..12), or Easter Sunday. */
export type HolidayRule =
  | { kind: 'nth-weekday'; nth: number; weekday: WeekdayName; month: number }
  | { kind: 'easter' };

/** Parses a rule; undefined when the text is not one of the two forms above. */
export function parseHolidayRule(text: string): HolidayRule | undefined {
  const words = text.trim().toLowerCase().split(/\s+/);
  if (words.join(' ') === 'easter sunday' || words.join(' ') === 'easter') return { kind: 'easter' };
  if (words.length !== 4 || words[2] !== 'of') return undefined;
  const [ordinal = '', day = '', , monthName = ''] = words;
  const nth = ORDINALS[ordinal] ?? ORDINAL_DIGITS[ordinal];
  const weekday = WEEKDAYS.find((d) => d === day);
  const month = MONTHS.indexOf(monthName as (typeof MONTHS)[number]) + 1;
  if (nth === undefined || weekday === undefined || month === 0) return undefined;
  return { kind: 'nth-weekday', nth, weekday, month };
}

/**
 * The calendar date of a rule in a year, as { month 1..12, day 1..31 }; undefined when a "fifth"
 * weekday does not exist that month.
 */
export function holidayDate(rule: HolidayRule, year: number): { month: number; day: number } | undefined {
  if (rule.kind === 'easter') return easterSunday(year);
  const daysInMonth = new Date(Date.UTC(year, rule.month, 0)).getUTCDate();
  const target = WEEKDAYS.indexOf(rule.weekday); // 0 = Monday
  const isoWeekday = (day: number) => (new Date(Date.UTC(year, rule.month - 1, day)).getUTCDay() + 6) % 7;
  if (rule.nth === -1) {
    const lastShift = (isoWeekday(daysInMonth) - target + 7) % 7;
    return { month: rule.month, day: daysInMonth - lastShift };
  }
  const first = 1 + ((target - isoWeekday(1) + 7) % 7);
  const day = first + (rule.nth - 1) * 7;
  return day <= daysInMonth ? { month: rule.month, day } : undefined;
}

/** Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}
