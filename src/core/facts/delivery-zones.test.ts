import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import type { Venue } from '../../domain/venue.ts';
import { answerFact } from './answer-fact.ts';
import { addressZoneVerdict } from './delivery-zones.ts';

const pizzeria = loadVenue('pizzeria');
const spice = loadVenue('spice-route');
const NOW = new Date('2026-12-03T00:00:00Z');
const ask = (q: string, venue: Venue) => answerFact(q, venue, NOW);

describe('delivery areas from venue.delivery.zones', () => {
  it('says yes for a listed area or ZIP code, with the fees, citing the delivery document', () => {
    const a = ask('do you deliver to oak hollow?', pizzeria);
    expect(a).toEqual({
      topic: 'delivery-area',
      text:
        'Yes, we deliver to Oak Hollow. Delivery is $3.99 per order, free on orders of $35.00 or more. ' +
        'The minimum order for delivery is $15.00 (subtotal).',
      source: { document: 'delivery', title: 'Delivery Areas and Fees', section: 'Where we deliver' },
    });
    expect(ask('do you deliver to 78613', pizzeria)?.text).toMatch(/^Yes, we deliver to ZIP 78613\. /);
    expect(ask('can you bring it to Old Sacramento?', spice)?.text).toMatch(
      /^Yes, we deliver to Old Sacramento \(our Downtown and Old Sacramento area\)\. /,
    );
    expect(ask('do you deliver to midtown', spice)?.text).toMatch(
      /^Yes, we deliver to Midtown \(ZIP codes 95811 and 95816\)\. /,
    );
  });

  it('a place past a listed area is not in it: no promise past it, the area, pickup or a call', () => {
    const text = ask('i live out past cedar park east, can u still deliver', pizzeria)?.text ?? '';
    expect(text).toMatch(/^We deliver to Cedar Park East, but we can't promise past it\. /);
    expect(text).toContain('choose pickup or call us');
    expect(text).not.toMatch(/^Yes/);
    expect(ask("i'm beyond the riverton university campus, do you deliver?", pizzeria)?.text).toMatch(
      /can't promise past it/,
    );
    // in the area, or past something else, is still a yes
    expect(ask('do you deliver to cedar park east?', pizzeria)?.text).toMatch(/^Yes/);
  });

  it('tolerates a small typo in a long area name', () => {
    expect(ask('do you deliver to tahoe prak', spice)?.text).toMatch(/^Yes, we deliver to Tahoe Park/);
  });

  it('says no for an excluded area, with pickup and the areas we do serve', () => {
    expect(ask('do you deliver to natomas?', spice)?.text).toBe(
      "No, we don't deliver to Natomas. You can choose pickup instead. We deliver within about 4 miles of the " +
        'restaurant: Midtown (95811, 95816), Downtown and Old Sacramento (95814), East Sacramento (95819), ' +
        'Land Park and Curtis Park (95818), Oak Park (95817) and Tahoe Park (95820).',
    );
  });

  it('says an unknown place or ZIP is not listed, and gives the areas', () => {
    expect(ask('do you deliver to austin?', pizzeria)?.text).toBe(
      "We don't list Austin in our delivery area. You can choose pickup instead. We deliver up to 5 miles from the " +
        'restaurant: Riverton, Oak Hollow, Cedar Park East and Riverton University campus (ZIP codes 78610, 78612, ' +
        '78613 and 78617).',
    );
    expect(ask('do you deliver to 78701?', pizzeria)?.text).toMatch(
      /^We don't list ZIP 78701 in our delivery area\./,
    );
  });

  it('lists the area for "where do you deliver?" and "do you deliver to my house?"', () => {
    const where = ask('where do you deliver?', pizzeria)?.text;
    expect(where).toMatch(/^We deliver up to 5 miles from the restaurant: Riverton, Oak Hollow/);
    expect(ask('do you deliver to my house?', pizzeria)?.text).toBe(where);
  });
});

describe('delivery fee, free delivery and minimum order', () => {
  it('answers from venue.delivery in the venue currency', () => {
    expect(ask('how much is delivery?', pizzeria)?.text).toBe(
      'Delivery is $3.99 per order, free on orders of $35.00 or more.',
    );
    expect(ask('how much extra do you charge to bring it to my house?', spice)?.text).toBe(
      'Delivery is $3.99 per order, free on orders of $40.00 or more.',
    );
    expect(ask('free delivery?', pizzeria)?.text).toBe(
      "Yes, delivery is free on orders of $35.00 or more; below that it's $3.99.",
    );
    const min = ask('is there a minimum?', spice);
    expect(min?.text).toBe('The minimum order for delivery is $15.00 (subtotal).');
    expect(min?.source.section).toBe('Fees and minimum order');
  });

  it('says so when the venue does not deliver', () => {
    const noDelivery: Venue = {
      ...pizzeria,
      menu: {
        ...pizzeria.menu,
        venue: { ...pizzeria.menu.venue, delivery: { ...pizzeria.menu.venue.delivery, available: false } },
      },
    };
    expect(ask('how much is delivery?', noDelivery)?.text).toBe("We don't deliver; pickup is available.");
    expect(ask('do you deliver to oak hollow?', noDelivery)?.text).toBe(
      "We don't deliver; pickup is available.",
    );
  });
});

describe('a delivery address against venue.delivery.zones (addressZoneVerdict)', () => {
  const verdict = (address: string, venue: Venue) => addressZoneVerdict(address, venue.menu.venue).kind;

  it('decides by the postcode when the address has one, not by the street number', () => {
    expect(verdict('123 elm st, riverton 78610', pizzeria)).toBe('inside');
    expect(verdict('900 congress ave, austin tx 78701', pizzeria)).toBe('outside');
    expect(verdict('55 main st, natomas ca 95834', spice)).toBe('outside');
    expect(verdict('12 J Street, Sacramento CA 95814', spice)).toBe('inside');
    expect(verdict('12345 Main St', pizzeria)).toBe('unknown');
    expect(addressZoneVerdict('900 congress ave, austin tx 78701', pizzeria.menu.venue)).toMatchObject({
      place: 'ZIP 78701',
    });
  });

  it('without a postcode, an excluded area named exactly is outside, a listed one inside, others unknown', () => {
    expect(addressZoneVerdict('55 main st, natomas', spice.menu.venue)).toMatchObject({
      kind: 'outside',
      place: 'Natomas',
    });
    expect(verdict('8 Oak Street, Oak Park', spice)).toBe('inside');
    expect(verdict('12 natoma st', spice)).toBe('unknown');
    expect(verdict('31 Hill Road', pizzeria)).toBe('unknown');
  });
});
