import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VenueValidationError } from '../errors/index.ts';
import { tinyMenu } from './fixtures/tiny-menu.ts';
import { loadMenuFile, loadVenue } from './load-venue.ts';

const VENUES = ['pizzeria', 'spice-route', 'burgers', 'coffee', 'subs'] as const;

describe('the sample venues publish structured facts', () => {
  it.each(VENUES)('%s has weekly hours for the venue and delivery, holidays, zones and payment', (name) => {
    const v = loadVenue(name).menu.venue;
    expect(v.hours?.some((h) => h.service === 'all')).toBe(true);
    expect(v.hours?.some((h) => h.service === 'delivery')).toBe(true);
    expect(v.specialHours?.some((h) => h.name === 'Christmas Day' && h.closed)).toBe(true);
    expect(
      v.specialHours?.some((h) => h.name === 'Thanksgiving Day' && h.rule === 'fourth thursday of november'),
    ).toBe(true);
    expect(v.delivery.zones?.flatMap((z) => z.postcodes).length).toBeGreaterThan(0);
    expect(v.payment?.cards).toEqual(['Visa', 'Mastercard', 'American Express', 'Discover']);
  });

  it('copies the documents faithfully where venues differ', () => {
    const pizzeria = loadVenue('pizzeria').menu.venue;
    expect(pizzeria.hours?.some((h) => h.dayOfWeek.includes('monday'))).toBe(false);
    expect(pizzeria.specialHours?.find((h) => h.name === 'Christmas Eve')).toMatchObject({ closes: '18:00' });
    expect(pizzeria.payment).toMatchObject({ cash: true, cashChangeLimit: 2000, checks: false });
    const spice = loadVenue('spice-route').menu.venue;
    expect(spice.delivery.excludedAreas).toEqual(['West Sacramento', 'Natomas', 'Arden-Arcade']);
    expect(spice.specialHours?.find((h) => h.name === 'Independence Day')).toMatchObject({
      date: '07-04',
      opens: '16:00',
      closes: '21:00',
    });
    expect(spice.lastOrdersMinutesBeforeClose).toBe(30);
    expect(loadVenue('burgers').menu.venue.hours?.find((h) => h.dayOfWeek.includes('friday'))?.closes).toBe(
      '00:00',
    );
    expect(loadVenue('coffee').menu.venue.payment).toMatchObject({ cash: false, checks: false });
    const subs = loadVenue('subs').menu.venue;
    expect(subs.specialHours?.find((h) => h.name === 'Easter Sunday')?.rule).toBe('easter sunday');
    expect(subs.payment?.wallets).toContain('Samsung Pay');
    expect(subs.payment?.checks).toBeUndefined();
  });

  it('names the file and the field of a bad fact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maitre-facts-'));
    const menu = tinyMenu();
    const file = join(dir, 'menu.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...menu,
        venue: { ...menu.venue, hours: [{ dayOfWeek: ['monday'], opens: '9am', closes: '17:00' }] },
      }),
    );
    try {
      loadMenuFile(file);
      expect.unreachable('a bad opening time must fail');
    } catch (error) {
      expect(error).toBeInstanceOf(VenueValidationError);
      expect((error as VenueValidationError).problems).toEqual([
        expect.objectContaining({
          path: 'venue.hours[0].opens',
          message: 'must be a 24-hour time "HH:MM" such as "09:30" or "22:00"',
        }),
      ]);
      expect((error as Error).message).toContain(file);
    }
  });
});
