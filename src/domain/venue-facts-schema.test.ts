import { describe, expect, it } from 'vitest';
import { tinyMenu } from './fixtures/tiny-menu.ts';
import { holidayDate, parseHolidayRule } from './holiday-rule.ts';
import { Menu } from './menu-schema.ts';

/** The zod issues of a tiny menu whose venue gets `venue` merged in, as "path: message" lines. */
function issuesWith(venue: Record<string, unknown>): string[] {
  const menu = tinyMenu();
  const result = Menu.safeParse({ ...menu, venue: { ...menu.venue, ...venue } });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const weekdays = { dayOfWeek: ['monday', 'tuesday'], opens: '11:00', closes: '22:00' };

describe('venue facts schema', () => {
  it('accepts hours, special hours, zones and payment, with service defaulting to all', () => {
    const menu = tinyMenu();
    const parsed = Menu.parse({
      ...menu,
      venue: {
        ...menu.venue,
        timezone: 'America/Chicago',
        hours: [weekdays, { dayOfWeek: ['friday'], opens: '18:00', closes: '01:00', service: 'delivery' }],
        specialHours: [
          { name: 'Thanksgiving Day', rule: 'fourth thursday of november', closed: true },
          { name: 'Christmas Eve', date: '12-24', closes: '18:00' },
        ],
        lastOrdersMinutesBeforeClose: 15,
        delivery: { fee: 299, zones: [{ name: 'North', areas: ['Oak Hollow'], postcodes: ['78610'] }] },
        payment: { cards: ['Visa'], cash: true, cashChangeLimit: 2000, checks: false },
      },
    });
    expect(parsed.venue.hours?.[0]?.service).toBe('all');
    expect(parsed.venue.specialHours?.[1]?.closed).toBe(false);
    expect(parsed.venue.delivery.zones?.[0]?.postcodes).toEqual(['78610']);
  });

  it('names the field of a bad time, weekday, date or rule', () => {
    expect(issuesWith({ hours: [{ ...weekdays, opens: '25:00' }] })).toEqual([
      'venue.hours.0.opens: must be a 24-hour time "HH:MM" such as "09:30" or "22:00"',
    ]);
    expect(issuesWith({ hours: [{ ...weekdays, dayOfWeek: ['funday'] }] })[0]).toMatch(
      /^venue\.hours\.0\.dayOfWeek\.0: /,
    );
    expect(issuesWith({ specialHours: [{ name: 'X', date: '02-30', closed: true }] })).toEqual([
      'venue.specialHours.0.date: no such day in that month',
    ]);
    expect(
      issuesWith({ specialHours: [{ name: 'X', rule: 'the day after thanksgiving', closed: true }] })[0],
    ).toMatch(/^venue\.specialHours\.0\.rule: must read "<first\|second/);
  });

  it('refuses a special day with both date and rule, closed with times, or neither', () => {
    expect(
      issuesWith({ specialHours: [{ name: 'X', date: '12-25', rule: 'easter sunday', closed: true }] }),
    ).toEqual(['venue.specialHours.0.date: give exactly one of date or rule']);
    expect(
      issuesWith({ specialHours: [{ name: 'X', date: '12-25', closed: true, opens: '10:00' }] }),
    ).toEqual(['venue.specialHours.0.closed: a closed day has no opens or closes']);
    expect(issuesWith({ specialHours: [{ name: 'X', date: '12-25' }] })).toEqual([
      'venue.specialHours.0.opens: give closed: true, or opens and/or closes',
    ]);
  });

  it('refuses overlapping rows for one day and service, but not for different services', () => {
    expect(
      issuesWith({ hours: [weekdays, { dayOfWeek: ['tuesday'], opens: '21:00', closes: '23:00' }] }),
    ).toEqual(['venue.hours.1: overlaps another row for the same day and service']);
    expect(issuesWith({ hours: [weekdays, { ...weekdays, service: 'delivery' }] })).toEqual([]);
    expect(issuesWith({ hours: [{ ...weekdays, opens: '10:00', closes: '10:00' }] })).toEqual([
      'venue.hours.0.closes: opens and closes are the same time',
    ]);
  });

  it('refuses an empty zone, a bad postcode, a bad payment field and an unknown time zone', () => {
    expect(issuesWith({ delivery: { fee: 0, zones: [{ name: 'Empty' }] } })).toEqual([
      'venue.delivery.zones.0.areas: a zone lists at least one area or postcode',
    ]);
    expect(issuesWith({ delivery: { fee: 0, zones: [{ name: 'Z', postcodes: ['7!'] }] } })[0]).toMatch(
      /^venue\.delivery\.zones\.0\.postcodes\.0: must be a postal code/,
    );
    expect(issuesWith({ payment: { cashChangeLimit: 19.99 } })[0]).toMatch(
      /^venue\.payment\.cashChangeLimit: /,
    );
    expect(issuesWith({ payment: { bitcoin: true } })[0]).toMatch(/^venue\.payment: /);
    expect(issuesWith({ timezone: 'Mars/Olympus' })).toEqual([
      'venue.timezone: must be an IANA time zone such as "America/Chicago"',
    ]);
  });
});

describe('holiday rules', () => {
  it('dates nth and last weekdays of a month', () => {
    const thanksgiving = parseHolidayRule('fourth thursday of november')!;
    expect(holidayDate(thanksgiving, 2026)).toEqual({ month: 11, day: 26 });
    expect(holidayDate(thanksgiving, 2027)).toEqual({ month: 11, day: 25 });
    expect(holidayDate(parseHolidayRule('Last Monday of May')!, 2026)).toEqual({ month: 5, day: 25 });
    expect(holidayDate(parseHolidayRule('1st monday of september')!, 2026)).toEqual({ month: 9, day: 7 });
    expect(holidayDate(parseHolidayRule('fifth monday of february')!, 2026)).toBeUndefined();
  });

  it('dates Easter Sunday by the Gregorian computus', () => {
    const easter = parseHolidayRule('easter sunday')!;
    expect(holidayDate(easter, 2026)).toEqual({ month: 4, day: 5 });
    expect(holidayDate(easter, 2027)).toEqual({ month: 3, day: 28 });
    expect(holidayDate(easter, 2038)).toEqual({ month: 4, day: 25 });
  });

  it('reads nothing else', () => {
    expect(parseHolidayRule('the day after thanksgiving')).toBeUndefined();
    expect(parseHolidayRule('sixth monday of may')).toBeUndefined();
    expect(parseHolidayRule('first funday of may')).toBeUndefined();
  });
});
