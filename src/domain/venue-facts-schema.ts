import { z } from 'zod';
import { parseHolidayRule, WEEKDAYS } from './holiday-rule.ts';

/**
 * Structured venue facts (the optional `hours`, `specialHours`, `delivery.zones` and `payment` fields of
 * `venue` in menu.json), modelled on schema.org's OpeningHoursSpecification. Answered exactly by
 * `src/core/facts/`. Times are local to `venue.timezone`; money is in minor units of `venue.currency`.
 */

const phrase = z.string().trim().min(1).max(120);

/** A local wall-clock time "HH:MM", 24-hour ("09:30", "22:00", "00:00" = midnight). */
export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time "HH:MM" such as "09:30" or "22:00"');

export const Weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

/** Which service an opening-hours row covers; `all` is the venue's own hours (dine-in, pickup, and delivery unless a delivery row exists). */
export const SERVICES = ['all', 'dine-in', 'pickup', 'delivery'] as const;
export const Service = z.enum(SERVICES);
export type Service = z.infer<typeof Service>;

/** Minutes since midnight of an "HH:MM" time. */
export function minutesOf(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/**
 * One row of the weekly table: open from `opens` to `closes` on each day of `dayOfWeek`. A `closes` at
 * or before `opens` ends after midnight ("11:00"–"01:00" ends at 1 am the next day). A day with no row
 * is closed.
 */
export const OpeningHours = z
  .strictObject({
    dayOfWeek: z.array(Weekday).min(1),
    opens: ClockTime,
    closes: ClockTime,
    service: Service.default('all'),
  })
  .refine((h) => h.opens !== h.closes, { message: 'opens and closes are the same time', path: ['closes'] });
export type OpeningHours = z.infer<typeof OpeningHours>;

/** "MM-DD", a date that recurs every year ("12-25"). */
export const MonthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date "MM-DD" such as "12-25"')
  .refine(
    (d) => Number(d.slice(3)) <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Number(d.slice(0, 2)) - 1]!,
    {
      message: 'no such day in that month',
    },
  );

/**
 * A holiday or other exception to the weekly table, on a fixed `date` ("12-25") or a `rule` ("fourth
 * thursday of november", "last monday of may", "easter sunday"). Either `closed: true`, or `opens`
 * and/or `closes` (a missing one is the usual time of that weekday).
 */
export const SpecialHours = z
  .strictObject({
    name: phrase,
    date: MonthDay.optional(),
    rule: z
      .string()
      .trim()
      .refine((r) => parseHolidayRule(r) !== undefined, {
        message: 'must read "<first|second|third|fourth|fifth|last> <weekday> of <month>" or "easter sunday"',
      })
      .optional(),
    closed: z.boolean().default(false),
    opens: ClockTime.optional(),
    closes: ClockTime.optional(),
  })
  .superRefine((s, ctx) => {
    if ((s.date === undefined) === (s.rule === undefined))
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'give exactly one of date or rule' });
    const timed = s.opens !== undefined || s.closes !== undefined;
    if (s.closed && timed)
      ctx.addIssue({ code: 'custom', path: ['closed'], message: 'a closed day has no opens or closes' });
    if (!s.closed && !timed)
      ctx.addIssue({ code: 'custom', path: ['opens'], message: 'give closed: true, or opens and/or closes' });
  });
export type SpecialHours = z.infer<typeof SpecialHours>;

/** A named delivery area: its neighbourhoods and its postal codes. */
export const DeliveryZone = z
  .strictObject({
    name: phrase,
    areas: z.array(phrase).default([]),
    postcodes: z
      .array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/, 'must be a postal code such as "78610"'))
      .default([]),
  })
  .refine((z) => z.areas.length + z.postcodes.length > 0, {
    message: 'a zone lists at least one area or postcode',
    path: ['areas'],
  });
export type DeliveryZone = z.infer<typeof DeliveryZone>;

/** How customers pay, as published (brand names as customers say them: "Visa", "Apple Pay"). */
export const PaymentFacts = z.strictObject({
  cards: z.array(phrase).optional(),
  wallets: z.array(phrase).optional(),
  /** Other accepted ways to pay ("UPI", "gift cards"). */
  other: z.array(phrase).optional(),
  /** Cash accepted; omitted means not stated. */
  cash: z.boolean().optional(),
  /** Most change a driver carries, in minor units. */
  cashChangeLimit: z.number().int().min(0).max(100_000_000).optional(),
  /** Personal checks accepted; omitted means not stated. */
  checks: z.boolean().optional(),
  /** Published conditions, one sentence each ("Cash is accepted for pickup and delivery."). */
  notes: z.array(z.string().trim().min(1).max(300)).optional(),
});
export type PaymentFacts = z.infer<typeof PaymentFacts>;

/** Overlapping rows for one day and service make the table ambiguous: each is reported at `hours[i]`. */
export function checkHoursOverlap(
  hours: readonly OpeningHours[],
  ctx: z.RefinementCtx,
  path: PropertyKey[],
): void {
  hours.forEach((a, i) => {
    hours.slice(0, i).forEach((b) => {
      if (a.service !== b.service || !a.dayOfWeek.some((d) => b.dayOfWeek.includes(d))) return;
      const span = (h: OpeningHours) => {
        const start = minutesOf(h.opens);
        const end = minutesOf(h.closes);
        return [start, end <= start ? end + 1440 : end] as const;
      };
      const [s1, e1] = span(a);
      const [s2, e2] = span(b);
      if (s1 < e2 && s2 < e1)
        ctx.addIssue({
          code: 'custom',
          path: [...path, i],
          message: 'overlaps another row for the same day and service',
        });
    });
  });
}
