import { WEEKDAYS } from './holiday-rule.ts';
import type { OpeningHours, Weekday } from './venue-facts-schema.ts';
import { wordTable } from './word-table.ts';

/**
 * Reads a venue's opening-hours line as people write it (menu.json `venue.contact.hours`) into the rows of
 * the weekly table (`venue.hours`, service `all`), so a venue whose menu file has only that line can have
 * requested times and "are you open" questions checked. Clauses are a set of days and a time span, in
 * either order, separated by commas or semicolons; a later clause overrides an earlier one's days:
 *
 *   "daily 6:30 am – 3 pm"                      → every day 06:30–15:00
 *   "Daily 11 am – 10 pm, Fri–Sat until 11 pm"  → Friday and Saturday close at 23:00
 *   "Mon–Sat 9 am – 9 pm, Sun closed"           → no row for Sunday (closed)
 *   "11:00–22:00 Tue-Sun", "Mon, Wed & Fri 5–10 pm", "weekdays 7-3, weekends 8am to noon"
 *
 * Days: names and their short forms (plural too), ranges ("Mon to Fri", "Tue–Sun", wrapping past Sunday),
 * lists, "daily", "every day", "7 days (a week)", "weekdays", "weekends". Times: "6:30 am", "11am",
 * "6.30pm", "noon", "midnight", 24-hour "17:00"; a time without am/pm takes the reading that makes the span
 * run forwards ("5–10 pm" is 5 pm, "11–3 pm" is 11 am, "9-5" is 9 am to 5 pm). A close at or before the
 * open runs past midnight, as in the table. Days no clause names are closed.
 *
 * Returns undefined when any word is not understood, a clause lacks its days or its time, or an "until"
 * clause names a day with no opening time: a line read only in part is never used as the table.
 */
export function readHoursLine(text: string): OpeningHours[] | undefined {
  const tokens = tokenize(text);
  if (tokens === undefined) return undefined;
  const clauses = readClauses(tokens);
  if (clauses === undefined || clauses.length === 0) return undefined;
  const week = new Map<Weekday, { opens: string; closes: string }>();
  for (const { days, span } of clauses) {
    if (span === undefined) return undefined;
    for (const day of days) {
      if (span === 'closed') week.delete(day);
      else if (span.opens !== undefined) week.set(day, { opens: span.opens, closes: span.closes });
      else {
        const open = week.get(day);
        if (open === undefined) return undefined;
        week.set(day, { opens: open.opens, closes: span.closes });
      }
    }
  }
  const rows: OpeningHours[] = [];
  for (const day of WEEKDAYS) {
    const span = week.get(day);
    if (span === undefined) continue;
    if (span.opens === span.closes) return undefined;
    const row = rows.find((r) => r.opens === span.opens && r.closes === span.closes);
    if (row) row.dayOfWeek.push(day);
    else rows.push({ dayOfWeek: [day], opens: span.opens, closes: span.closes, service: 'all' });
  }
  return rows.length > 0 ? rows : undefined;
}

type Token =
  | { kind: 'day'; day: Weekday }
  | { kind: 'days'; days: Weekday[] }
  | { kind: 'time'; time: ClockReading }
  | { kind: 'range' }
  | { kind: 'until' }
  | { kind: 'closed' }
  | { kind: 'list' }
  | { kind: 'end' };

/** A time as written: hour 0–23 (or 1–12 with a meridiem), minutes, and am/pm when said. */
interface ClockReading {
  hour: number;
  minute: number;
  meridiem?: 'am' | 'pm';
  /** Written with two hour digits or an hour past 12 ("09:00", "17:30"): a 24-hour time. */
  twentyFour: boolean;
}

type Span = { opens?: string; closes: string } | 'closed';
interface Clause {
  days: Weekday[];
  span?: Span;
  /** The time was written before the days ("11:00–22:00 Tue-Sun"). */
  timeFirst?: boolean;
}

const DAY_WORDS = wordTable<Weekday>({
  mon: 'monday',
  monday: 'monday',
  tue: 'tuesday',
  tues: 'tuesday',
  tuesday: 'tuesday',
  wed: 'wednesday',
  weds: 'wednesday',
  wednesday: 'wednesday',
  thu: 'thursday',
  thur: 'thursday',
  thurs: 'thursday',
  thursday: 'thursday',
  fri: 'friday',
  friday: 'friday',
  sat: 'saturday',
  saturday: 'saturday',
  sun: 'sunday',
  sunday: 'sunday',
});
const GROUPS = wordTable<Weekday[]>({
  daily: [...WEEKDAYS],
  everyday: [...WEEKDAYS],
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  weekends: ['saturday', 'sunday'],
  weekend: ['saturday', 'sunday'],
});
/** Words that carry nothing in an hours line ("open daily from 9 am", "we're open 7 days a week"). */
const FILLER = new Set([
  'open',
  'opening',
  'hours',
  'from',
  'we',
  're',
  'are',
  'is',
  'a',
  'the',
  'on',
  'at',
  'week',
]);
const RANGE_WORDS = new Set(['to', 'through', 'thru']);
const UNTIL_WORDS = new Set(['until', 'till', 'til']);
const LIST_WORDS = new Set(['and', ',']);

const TOKEN =
  /(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?![\d:])|(noon|midday|midnight)|([a-z]+)|([-,;])|(\S)/g;

function tokenize(text: string): Token[] | undefined {
  const source = text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212~]/g, '-')
    .replace(/&|\+/g, ' and ');
  const out: Token[] = [];
  const words = [...source.matchAll(TOKEN)];
  for (let i = 0; i < words.length; i++) {
    const [, hour, minute, meridiem, named, word, mark, other] = words[i] as RegExpExecArray;
    if (other !== undefined) return undefined;
    if (hour !== undefined) {
      // "7 days (a week)": the whole week, not a time
      if (hour === '7' && minute === undefined && meridiem === undefined && words[i + 1]?.[5] === 'days') {
        out.push({ kind: 'days', days: [...WEEKDAYS] });
        i++;
        continue;
      }
      const time = clockReading(hour, minute, meridiem);
      if (time === undefined) return undefined;
      out.push({ kind: 'time', time });
    } else if (named !== undefined) {
      out.push({
        kind: 'time',
        time: {
          hour: named === 'midnight' ? 0 : 12,
          minute: 0,
          meridiem: named === 'midnight' ? 'am' : 'pm',
          twentyFour: false,
        },
      });
    } else if (mark !== undefined) {
      out.push(mark === '-' ? { kind: 'range' } : mark === ',' ? { kind: 'list' } : { kind: 'end' });
    } else if (word !== undefined) {
      const token = wordToken(word, words[i + 1]?.[5]);
      if (token === undefined) return undefined;
      if (token === 'skip') continue;
      if (token === 'skip-next') {
        i++;
        out.push({ kind: 'days', days: [...WEEKDAYS] });
        continue;
      }
      out.push(token);
    }
  }
  return out;
}

function wordToken(word: string, next: string | undefined): Token | 'skip' | 'skip-next' | undefined {
  const day = DAY_WORDS[word] ?? (word.endsWith('s') ? DAY_WORDS[word.slice(0, -1)] : undefined);
  if (day !== undefined) return { kind: 'day', day };
  const group = GROUPS[word];
  if (group !== undefined) return { kind: 'days', days: [...group] };
  if (word === 'every' && next === 'day') return 'skip-next';
  if (word === 'all' && next === 'week') return 'skip-next';
  if (word === 'days' || FILLER.has(word)) return 'skip';
  if (RANGE_WORDS.has(word)) return { kind: 'range' };
  if (UNTIL_WORDS.has(word)) return { kind: 'until' };
  if (LIST_WORDS.has(word)) return { kind: 'list' };
  if (word === 'closed') return { kind: 'closed' };
  return undefined;
}

function clockReading(
  hour: string,
  minute: string | undefined,
  meridiem: string | undefined,
): ClockReading | undefined {
  const h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  if (m > 59) return undefined;
  if (meridiem !== undefined) {
    if (h < 1 || h > 12) return undefined;
    return { hour: h, minute: m, meridiem: meridiem.startsWith('a') ? 'am' : 'pm', twentyFour: false };
  }
  if (h > 23) return undefined;
  return { hour: h, minute: m, twentyFour: h > 12 || (hour.length === 2 && minute !== undefined) };
}

/** The tokens as clauses; undefined when they do not form whole clauses. */
function readClauses(tokens: Token[]): Clause[] | undefined {
  const clauses: Clause[] = [];
  let current: Clause = { days: [] };
  const complete = (c: Clause) => c.days.length > 0 && c.span !== undefined;
  const start = () => {
    if (current.days.length > 0 || current.span !== undefined) {
      if (!complete(current)) return false;
      clauses.push(current);
    }
    current = { days: [] };
    return true;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'day' || t.kind === 'days') {
      let days = t.kind === 'day' ? [t.day] : t.days;
      // a day range: "Mon to Fri", "Tue–Sun"
      const to = tokens[i + 2];
      if (t.kind === 'day' && tokens[i + 1]?.kind === 'range' && to?.kind === 'day') {
        days = dayRange(t.day, to.day);
        i += 2;
      }
      // days after a whole clause start the next one, unless they continue the list of a clause whose
      // time came first ("9-5 Mon, Wed, Fri"); days after a lone time complete its clause ("9-5 Mon-Fri")
      const continuesList = current.timeFirst === true && tokens[i - 1]?.kind === 'list';
      if (complete(current) && !continuesList && !start()) return undefined;
      current.days.push(...days);
    } else if (t.kind === 'time' || t.kind === 'until' || t.kind === 'closed') {
      let span: Span;
      if (t.kind === 'closed') span = 'closed';
      else if (t.kind === 'until') {
        const end = tokens[i + 1];
        // "until 11" says no half of the day: only "until 11 pm" or "until 23:00" is read
        if (end?.kind !== 'time' || (end.time.meridiem === undefined && !end.time.twentyFour))
          return undefined;
        span = { closes: wallClock(end.time) };
        i++;
      } else {
        const sep = tokens[i + 1];
        const end = tokens[i + 2];
        if ((sep?.kind !== 'range' && sep?.kind !== 'until') || end?.kind !== 'time') return undefined;
        span = timeSpan(t.time, end.time);
        i += 2;
      }
      if (current.span !== undefined && !start()) return undefined;
      current.span = span;
      if (current.days.length === 0) current.timeFirst = true;
    } else if (t.kind === 'end') {
      if (!start()) return undefined;
    } else if (t.kind === 'range') return undefined;
    // lists only join days; a comma between clauses is read by the rules above
  }
  if (!start()) return undefined;
  return clauses;
}

/** The days from `from` to `to`, wrapping past Sunday ("Fri–Mon"). */
function dayRange(from: Weekday, to: Weekday): Weekday[] {
  const a = WEEKDAYS.indexOf(from);
  const b = WEEKDAYS.indexOf(to);
  const out: Weekday[] = [];
  for (let k = a; ; k = (k + 1) % 7) {
    out.push(WEEKDAYS[k] as Weekday);
    if (k === b) break;
  }
  return out;
}

/** An opening span from two written times, each without am/pm read the way that runs forwards. */
function timeSpan(open: ClockReading, close: ClockReading): { opens: string; closes: string } {
  if (open.meridiem === undefined && !open.twentyFour) {
    const said = close.meridiem;
    // the close's am/pm when that runs forwards ("5–10 pm"), else the other ("11–3 pm")
    if (said !== undefined)
      open = {
        ...open,
        meridiem: minutes({ ...open, meridiem: said }) < minutes(close) ? said : said === 'am' ? 'pm' : 'am',
      };
    else if (close.twentyFour) open = { ...open, twentyFour: true };
    // neither said: a morning or noon opening hour (5–12) is am/noon, an earlier one the afternoon
    else open = { ...open, meridiem: open.hour >= 5 && open.hour < 12 ? 'am' : 'pm' };
  }
  const closes =
    close.meridiem !== undefined || close.twentyFour ? wallClock(close) : laterReading(close, minutes(open));
  return { opens: wallClock(open), closes };
}

/** A close time without am/pm: the first of its two readings after the opening. */
function laterReading(close: ClockReading, opensAt: number): string {
  const am = { ...close, meridiem: 'am' as const };
  const pm = { ...close, meridiem: 'pm' as const };
  return wallClock(minutes(am) > opensAt ? am : pm);
}

/** Minutes since midnight of a written time, read by its am/pm when said. */
function minutes(t: ClockReading): number {
  const m = t.meridiem;
  let hour = t.hour;
  if (m === 'am') hour = hour === 12 ? 0 : hour;
  else if (m === 'pm') hour = hour === 12 ? 12 : hour + 12;
  return hour * 60 + t.minute;
}

/** A written time as "HH:MM" (24-hour, "00:00" for midnight). */
function wallClock(t: ClockReading): string {
  const total = minutes(t);
  const hh = String(Math.floor(total / 60) % 24).padStart(2, '0');
  const mm = String(total % 60).padStart(2, '0');
  return `${hh}:${mm}`;
}
