import { describe, expect, it } from 'vitest';
import { readHoursLine } from './hours-line.ts';

/** The rows as "mon,tue 09:00-17:00" strings, for short expectations. */
function rows(text: string): string[] | undefined {
  return readHoursLine(text)?.map(
    (r) => `${r.dayOfWeek.map((d) => d.slice(0, 3)).join(',')} ${r.opens}-${r.closes}`,
  );
}

describe('readHoursLine', () => {
  it('reads days then times, with ranges, lists and groups', () => {
    expect(rows('daily 6:30 am – 3 pm')).toEqual(['mon,tue,wed,thu,fri,sat,sun 06:30-15:00']);
    expect(rows('Mon–Sat 9 am – 9 pm, Sun 10 am – 6 pm')).toEqual([
      'mon,tue,wed,thu,fri,sat 09:00-21:00',
      'sun 10:00-18:00',
    ]);
    expect(rows('Mon, Wed & Fri 5–10 pm')).toEqual(['mon,wed,fri 17:00-22:00']);
    expect(rows('weekdays 7-3, weekends 8am to noon')).toEqual([
      'mon,tue,wed,thu,fri 07:00-15:00',
      'sat,sun 08:00-12:00',
    ]);
    expect(rows('Open 7 days a week 11am-11pm')).toEqual(['mon,tue,wed,thu,fri,sat,sun 11:00-23:00']);
  });

  it('reads times first, 24-hour times, and days lists after a time', () => {
    expect(rows('11:00–22:00 Tue-Sun')).toEqual(['tue,wed,thu,fri,sat,sun 11:00-22:00']);
    expect(rows('9-5 Mon, Wed, Fri')).toEqual(['mon,wed,fri 09:00-17:00']);
  });

  it('lets a later clause change an earlier one: "until", "closed", and a close past midnight', () => {
    expect(rows('Daily 11 am – 10 pm, Fri–Sat until 11 pm')).toEqual([
      'mon,tue,wed,thu,sun 11:00-22:00',
      'fri,sat 11:00-23:00',
    ]);
    expect(rows('Tue–Sun 5–10 pm, closed Mondays')).toEqual(['tue,wed,thu,fri,sat,sun 17:00-22:00']);
    expect(rows('Mon-Sat 9am-9pm; Sunday closed')).toEqual(['mon,tue,wed,thu,fri,sat 09:00-21:00']);
    expect(rows('Mon–Thu 10 am – 10 pm, Fri–Sat 10 am – midnight')).toEqual([
      'mon,tue,wed,thu 10:00-22:00',
      'fri,sat 10:00-00:00',
    ]);
    // a range wraps past Sunday
    expect(rows('Fri-Mon 12pm-2am')).toEqual(['mon,fri,sat,sun 12:00-02:00']);
  });

  it('reads a time without am/pm the way that runs forwards', () => {
    expect(rows('daily 11–3 pm')).toEqual(['mon,tue,wed,thu,fri,sat,sun 11:00-15:00']);
    expect(rows('daily 12–11pm')).toEqual(['mon,tue,wed,thu,fri,sat,sun 12:00-23:00']);
    expect(rows('daily 10am–10')).toEqual(['mon,tue,wed,thu,fri,sat,sun 10:00-22:00']);
  });

  it('refuses a line it reads only in part', () => {
    for (const text of [
      'closed mondays',
      'open every day from 8 till late',
      'Mon-Fri 11-3 & 5-10',
      'kitchen closes at 9',
      '24 hours',
      'Daily 11 am – 10 pm, Fri–Sat until 11',
      'Sat until 11 pm',
      'Mon-Fri',
    ])
      expect(rows(text), text).toBeUndefined();
  });
});
