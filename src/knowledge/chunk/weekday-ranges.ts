/** Weekday names, Sunday first (the index `Date#getDay` uses). */
export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

/**
 * A label's weekday ranges written out: "Tuesday – Thursday" → "Tuesday, Wednesday, Thursday"
 * ("Mon-Fri" and "Tuesday to Friday" too; a range may wrap past Sunday). Undefined when the label holds
 * no range. Used on table-row labels so a question about one day meets a row covering a range.
 */
export function expandWeekdayRanges(label: string): string | undefined {
  const day = '(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*';
  const range = new RegExp(`\\b${day}\\s*(?:–|—|-|to|through|thru|until)\\s*${day}\\b`, 'gi');
  let changed = false;
  const out = label.replace(range, (whole, a: string, b: string) => {
    const from = WEEKDAYS.findIndex((d) => d.startsWith(a.toLowerCase().slice(0, 3)));
    const to = WEEKDAYS.findIndex((d) => d.startsWith(b.toLowerCase().slice(0, 3)));
    if (from < 0 || to < 0) return whole;
    changed = true;
    const days: string[] = [];
    for (let i = from; ; i = (i + 1) % 7) {
      days.push(WEEKDAYS[i]![0]!.toUpperCase() + WEEKDAYS[i]!.slice(1));
      if (i === to || days.length > 7) break;
    }
    return days.join(', ');
  });
  return changed ? out : undefined;
}
