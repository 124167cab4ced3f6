import { type HolidayRule, parseHolidayRule } from '../../domain/holiday-rule.ts';

/**
 * Holidays customers name, with the words they use and the date when it is fixed or ruled (US civil
 * and common observances). A venue's own `specialHours` name wins: this table only dates a holiday the
 * venue lists no special hours for, and links the words to the venue's entries ("xmas" → "Christmas
 * Day"). A holiday with no `when` (Diwali: a lunar date) cannot be dated and is left to retrieval.
 */
export interface HolidayWords {
  /** Canonical name, as venues write it. */
  name: string;
  /** Ways customers say it, lowercase. */
  words: readonly string[];
  /** "MM-DD" or a rule text (see parseHolidayRule); absent: not datable here. */
  when?: string;
}

export const HOLIDAYS: readonly HolidayWords[] = [
  { name: 'Christmas Eve', words: ['christmas eve', 'xmas eve', 'christmas eve day'], when: '12-24' },
  {
    name: 'Christmas Day',
    words: ['christmas', 'christmas day', 'xmas', 'xmas day', 'x-mas'],
    when: '12-25',
  },
  { name: "New Year's Eve", words: ['new years eve', 'new year eve', 'nye'], when: '12-31' },
  {
    name: "New Year's Day",
    words: ['new years day', 'new years', 'new year', 'new year day', 'jan 1st', 'january 1st'],
    when: '01-01',
  },
  {
    name: 'Thanksgiving Day',
    words: ['thanksgiving', 'thanksgiving day', 'turkey day'],
    when: 'fourth thursday of november',
  },
  { name: 'Easter Sunday', words: ['easter', 'easter sunday'], when: 'easter sunday' },
  {
    name: 'Independence Day',
    words: ['independence day', 'july 4th', '4th of july', 'fourth of july', 'july fourth', 'july 4'],
    when: '07-04',
  },
  { name: 'Memorial Day', words: ['memorial day'], when: 'last monday of may' },
  { name: 'Labor Day', words: ['labor day', 'labour day'], when: 'first monday of september' },
  {
    name: 'Martin Luther King Jr. Day',
    words: ['mlk day', 'martin luther king day'],
    when: 'third monday of january',
  },
  { name: "Presidents' Day", words: ['presidents day'], when: 'third monday of february' },
  { name: 'Halloween', words: ['halloween'], when: '10-31' },
  { name: "Valentine's Day", words: ['valentines day', 'valentines'], when: '02-14' },
  { name: "Mother's Day", words: ['mothers day'], when: 'second sunday of may' },
  { name: "Father's Day", words: ['fathers day'], when: 'third sunday of june' },
  { name: 'Diwali', words: ['diwali', 'deepavali'] },
  { name: 'Eid', words: ['eid'] },
  { name: 'Lunar New Year', words: ['lunar new year', 'chinese new year'] },
];

/** Words that mean "a holiday" without naming one. */
export const GENERIC_HOLIDAY_WORDS = [
  'holiday',
  'holidays',
  'public holiday',
  'public holidays',
  'bank holiday',
] as const;

/** A holiday date as a fixed month-day or a rule; undefined for undated text. */
export type HolidayWhen = { kind: 'date'; month: number; day: number } | { kind: 'rule'; rule: HolidayRule };

/** Reads "MM-DD" or a rule text into a HolidayWhen. */
export function parseHolidayWhen(
  date: string | undefined,
  rule: string | undefined,
): HolidayWhen | undefined {
  if (date) return { kind: 'date', month: Number(date.slice(0, 2)), day: Number(date.slice(3)) };
  const parsed = rule ? parseHolidayRule(rule) : undefined;
  if (parsed) return { kind: 'rule', rule: parsed };
  if (rule && /^\d\d-\d\d$/.test(rule)) return parseHolidayWhen(rule, undefined);
  return undefined;
}

/** Canonical key for a holiday name ("New Year's Day" → "new years day"). */
export function holidayKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
