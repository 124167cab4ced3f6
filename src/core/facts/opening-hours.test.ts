import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import type { Venue } from '../../domain/venue.ts';
import { answerFact } from './answer-fact.ts';

const pizzeria = loadVenue('pizzeria'); // America/Chicago, closed Mondays
const spice = loadVenue('spice-route'); // America/Los_Angeles
const burgers = loadVenue('burgers'); // America/Denver, Friday and Saturday until midnight
const subs = loadVenue('subs'); // America/New_York, closed Easter Sunday

const text = (q: string, venue: Venue, iso: string) => answerFact(q, venue, new Date(iso))?.text;

/** Wednesday 2 December 2026, 18:00 in Chicago (CST, UTC-6). */
const WED_1800_CHICAGO = '2026-12-03T00:00:00Z';

describe('opening hours from venue.hours in the venue time zone', () => {
  it('answers "are you open now?" and "what time do you close tonight?" on a Wednesday evening', () => {
    expect(text('are you open now?', pizzeria, WED_1800_CHICAGO)).toBe(
      "Yes, we're open now, until 10:00 pm today (Wednesday); delivery until 9:30 pm; last orders at 9:45 pm.",
    );
    expect(text('what time do you close tonight?', pizzeria, WED_1800_CHICAGO)).toBe(
      "We're open today (Wednesday) until 10:00 pm; delivery until 9:30 pm; last orders at 9:45 pm.",
    );
    const a = answerFact('what time do you close tonight?', pizzeria, new Date(WED_1800_CHICAGO));
    expect(a?.topic).toBe('opening-hours');
    expect(a?.source).toEqual({ document: 'hours', title: 'Opening Hours', section: 'Opening Hours' });
  });

  it('reads the same instant in each venue’s own zone', () => {
    // 18:00 in Chicago is 16:00 in Los Angeles and 19:00 in New York.
    expect(text('are you open now?', spice, WED_1800_CHICAGO)).toBe(
      "Yes, we're open now, until 9:30 pm today (Wednesday); delivery until 9:00 pm; last orders at 9:00 pm.",
    );
    expect(text('closing time?', subs, WED_1800_CHICAGO)).toBe(
      "We're open today (Wednesday) until 8:00 pm; delivery until 7:30 pm.",
    );
  });

  it('gives the same answer every time for the same clock', () => {
    const once = text('when do you open tomorrow?', pizzeria, WED_1800_CHICAGO);
    expect(text('when do you open tomorrow?', pizzeria, WED_1800_CHICAGO)).toBe(once);
    expect(once).toBe("Tomorrow (Thursday) we're open 11:00 am – 10:00 pm; delivery 11:30 am – 9:30 pm.");
  });

  it('says closed on a Monday, and when it opens again', () => {
    const monNoon = '2026-11-30T18:00:00Z';
    expect(text('are you open now?', pizzeria, monNoon)).toBe(
      "No, we're closed today (Monday). We open again tomorrow (Tuesday) at 11:00 am.",
    );
    expect(text('you guys open mondays?', pizzeria, WED_1800_CHICAGO)).toBe("No, we're closed on Mondays.");
  });

  it('after closing at 23:30 says when it closed and opens next', () => {
    expect(text('are you open?', pizzeria, '2026-12-03T05:30:00Z')).toBe(
      "No, we're closed now; we closed at 10:00 pm today (Wednesday). We open again tomorrow (Thursday) at 11:00 am.",
    );
    // a question that asked no yes or no gets no "No,"
    expect(text('what time do you close tonight?', pizzeria, '2026-12-03T05:30:00Z')).toBe(
      "We're closed now; we closed at 10:00 pm today (Wednesday). We open again tomorrow (Thursday) at 11:00 am.",
    );
  });

  it('before opening gives today’s opening time', () => {
    expect(text('are you open right now', pizzeria, '2026-12-02T15:00:00Z')).toBe(
      "No, we're closed right now; today (Wednesday) we open at 11:00 am.",
    );
  });

  it('answers holidays from specialHours: closed on Christmas Day, early close on Christmas Eve', () => {
    expect(text('open on christmas?', pizzeria, WED_1800_CHICAGO)).toBe(
      "We're closed on Christmas Day (Friday, December 25).",
    );
    const christmasNoon = '2026-12-25T18:00:00Z';
    expect(text('are you open now?', pizzeria, christmasNoon)).toBe(
      "No, we're closed today (Friday) for Christmas Day. We open again tomorrow (Saturday) at 11:00 am.",
    );
    expect(text('are you open now?', pizzeria, '2026-12-24T23:00:00Z')).toBe(
      "Yes, we're open now (Christmas Eve hours), until 6:00 pm today (Thursday); last orders at 5:45 pm.",
    );
    expect(text('what are your hours on christmas eve', spice, WED_1800_CHICAGO)).toBe(
      "On Christmas Eve (Thursday, December 24) we're open 11:30 am – 8:00 pm.",
    );
  });

  it('dates ruled holidays (Thanksgiving, Easter) and rolls past ones to next year', () => {
    expect(text('are you open on thanksgiving', pizzeria, '2026-11-20T18:00:00Z')).toBe(
      "We're closed on Thanksgiving Day (Thursday, November 26).",
    );
    expect(text('are you open on thanksgiving', pizzeria, WED_1800_CHICAGO)).toBe(
      "We're closed on Thanksgiving Day (Thursday, November 25, 2027).",
    );
    expect(text('open on easter?', subs, WED_1800_CHICAGO)).toBe(
      "We're closed on Easter Sunday (Sunday, March 28, 2027).",
    );
    // A weekday that falls on a holiday is answered as the holiday.
    expect(text('are you open thursday?', pizzeria, '2026-11-23T18:00:00Z')).toBe(
      "We're closed on Thanksgiving Day (Thursday, November 26).",
    );
  });

  it('says when a named holiday has no special hours, and leaves an undatable one to retrieval', () => {
    expect(text('open on labor day?', spice, '2026-08-01T18:00:00Z')).toBe(
      "We don't list special hours for Labor Day. Our usual Monday hours apply (Monday, September 7): 11:30 am – 9:30 pm.",
    );
    expect(answerFact('are you open on diwali?', spice, new Date(WED_1800_CHICAGO))).toBeUndefined();
  });

  it('answers a weekday, the weekly table and delivery hours', () => {
    expect(text('hours on sunday?', pizzeria, WED_1800_CHICAGO)).toBe(
      "On Sunday, December 6 we're open 12:00 pm – 9:00 pm; delivery 12:00 pm – 8:30 pm.",
    );
    expect(text('what are your hours', burgers, WED_1800_CHICAGO)).toBe(
      'Our hours: Monday – Thursday 11:00 am – 10:00 pm; Friday – Saturday 11:00 am – midnight; Sunday 11:00 am – 9:00 pm. ' +
        'Delivery: Monday – Thursday 11:00 am – 9:30 pm; Friday – Saturday 11:00 am – 11:30 pm; Sunday 11:00 am – 8:30 pm. ' +
        "We're closed on Thanksgiving Day and Christmas Day. Holiday hours: Christmas Eve: until 4:00 pm; New Year's Eve: until 4:00 pm.",
    );
    expect(text('until what time do you deliver on saturday', pizzeria, WED_1800_CHICAGO)).toBe(
      'On Saturday, December 5 we deliver 11:30 am – 10:30 pm.',
    );
    expect(text('are you delivering now?', pizzeria, '2026-12-03T03:45:00Z')).toBe(
      "No, we're not delivering right now. Delivery starts again tomorrow (Thursday) at 11:30 am.",
    );
  });

  it('answers last orders from lastOrdersMinutesBeforeClose', () => {
    expect(text('what time does the kitchen close', spice, WED_1800_CHICAGO)).toBe(
      'Last orders are 30 minutes before closing: 9:00 pm today (Wednesday), when we close at 9:30 pm.',
    );
    // how near closing an order is still taken
    for (const q of ['how close to closing can i still order?', 'can we still order before you close'])
      expect(text(q, spice, WED_1800_CHICAGO), q).toMatch(/^Last orders are 30 minutes before closing/);
  });

  it('keeps a span past midnight open into the next day', () => {
    const late: Venue = {
      ...burgers,
      menu: {
        ...burgers.menu,
        venue: {
          ...burgers.menu.venue,
          hours: [{ dayOfWeek: ['friday'], opens: '18:00', closes: '02:00', service: 'all' }],
          specialHours: [],
        },
      },
    };
    // Saturday 5 December 2026, 01:00 in Denver (MST, UTC-7).
    expect(text('are you open now?', late, '2026-12-05T08:00:00Z')).toBe(
      "Yes, we're open now, until 2:00 am tonight; last orders at 1:45 am.",
    );
    expect(text('are you open now?', late, '2026-12-05T09:30:00Z')).toBe(
      "No, we're closed today (Saturday). We open again Friday, December 11 at 6:00 pm.",
    );
  });

  it('keeps wall-clock hours across the DST changes', () => {
    // Sunday 1 November 2026: clocks fall back at 2 am in Chicago; 8:30 pm CST is 02:30 UTC the next day.
    expect(text('are you open now?', pizzeria, '2026-11-02T02:30:00Z')).toBe(
      "Yes, we're open now, until 9:00 pm today (Sunday); delivery has ended for today; last orders at 8:45 pm.",
    );
    // Saturday 31 October 2026, 11:30 pm CDT (UTC-5): closed, open Sunday at noon.
    expect(text('are you open now?', pizzeria, '2026-11-01T04:30:00Z')).toBe(
      "No, we're closed now; we closed at 11:00 pm today (Saturday). We open again tomorrow (Sunday) at 12:00 pm.",
    );
    // Sunday 8 March 2026: clocks spring forward; 12:30 pm CDT is 17:30 UTC.
    expect(text('are you open now?', pizzeria, '2026-03-08T17:30:00Z')).toBe(
      "Yes, we're open now, until 9:00 pm today (Sunday); delivery until 8:30 pm; last orders at 8:45 pm.",
    );
  });

  it('answers from remembered day schedules as from fresh ones, through the day, midnight and DST', () => {
    // a venue's day schedules are remembered per venue settings: a copy of the venue starts with none
    const questions = [
      'are you open now?',
      'what time do you close tonight?',
      'when do you open tomorrow?',
      'what are your hours on sunday?',
      'when are last orders?',
      'do you deliver now?',
      'what are your opening hours?',
    ];
    const instants = [
      '2026-10-31T16:00:00Z',
      '2026-11-01T04:30:00Z',
      '2026-11-01T07:30:00Z',
      '2026-11-02T02:30:00Z',
      '2026-11-02T05:59:00Z',
      '2026-11-02T06:01:00Z',
      '2026-03-08T07:30:00Z',
      '2026-03-08T17:30:00Z',
      '2026-12-25T18:00:00Z',
    ];
    for (const venue of [pizzeria, burgers, subs]) {
      for (const iso of instants) for (const q of questions) text(q, venue, iso); // remembered
      for (const iso of instants)
        for (const q of questions) {
          const fresh = structuredClone(venue);
          expect(text(q, venue, iso), `${venue.id} ${iso} ${q}`).toBe(text(q, fresh, iso));
        }
    }
  });
});
