import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import type { Venue } from '../../domain/venue.ts';
import { fixtureVenue } from '../../testing/fixture-venue.ts';
import { contactRouteOf, contactSentence, findEmail, findHours, findPhone } from './contact-route.ts';

const CONTACT = `# Get in touch

Visit us at 42 Harbour Road, Portville 90210 (since 1998).

- **Catering:** +1 (303) 555-0199, parties@example.test
- **Phone:** 303.555.0100 (during opening hours)
- **E-mail**: hello@example.test; jobs: work@example.test
`;
const HOURS = `# When we're open

| Day | Kitchen | Bar |
|---|---|---|
| Monday | Closed | Closed |
| Tuesday | 5:00 pm – 10:00 pm | 5 pm – 11 pm |
| Wednesday | 5:00 pm – 10:00 pm | 5 pm – 11 pm |
| Sunday | 12:00 pm – 8:00 pm | 12 pm – 9 pm |

- Lunch specials at $12.99 from 11:30.
`;

function venueWith(documents: Venue['documents'], contact?: Venue['menu']['venue']['contact']): Venue {
  const base = fixtureVenue();
  return {
    ...base,
    documents,
    menu: { ...base.menu, venue: { ...base.menu.venue, ...(contact ? { contact } : {}) } },
  };
}

describe('contact route from the documents', () => {
  it('takes the labelled phone and e-mail lines first, and the hours table with equal days merged', () => {
    const route = contactRouteOf(
      venueWith([
        { id: 'hours', title: "When we're open", text: HOURS },
        { id: 'contact', title: 'Get in touch', text: CONTACT },
      ]),
    );
    expect(route).toEqual({
      phone: '303.555.0100',
      email: 'hello@example.test',
      hours: 'Monday: Closed; Tuesday – Wednesday: 5:00 pm – 10:00 pm; Sunday: 12:00 pm – 8:00 pm',
    });
    expect(contactSentence(route)).toBe(
      'call 303.555.0100 or e-mail hello@example.test. Opening hours: Monday: Closed; Tuesday – Wednesday: 5:00 pm – 10:00 pm; Sunday: 12:00 pm – 8:00 pm.',
    );
  });

  it('prefers the structured contact of the venue file, field by field', () => {
    const route = contactRouteOf(
      venueWith([{ id: 'contact', title: 'Contact', text: CONTACT }], { phone: '+44 20 7946 0000' }),
    );
    expect(route).toEqual({ phone: '+44 20 7946 0000', email: 'hello@example.test' });
  });

  it('ignores postcodes, prices, years and clock times; a bare 10-digit number counts', () => {
    expect(findPhone('42 Harbour Road, Portville 90210, since 1998, $12.99 at 11:30')).toBeUndefined();
    expect(findPhone('Ring 3035550100 any time')).toBe('3035550100');
    expect(findPhone('Call +49 30 1234567.')).toBe('+49 30 1234567');
  });

  it('reads hours from day lines when there is no table, and gives nothing when there is nothing', () => {
    expect(findHours('# Hours\n\n- Open daily from 8 am to 6 pm.\n- Parking behind.')).toBe(
      'Open daily from 8 am to 6 pm.',
    );
    expect(findHours('# Hours\n\nAsk us.')).toBeUndefined();
    expect(findEmail('no address here')).toBeUndefined();
    expect(contactSentence({})).toBeUndefined();
    expect(contactSentence({ email: 'a@b.test' })).toBe('e-mail a@b.test.');
  });

  it.each(['pizzeria', 'spice-route'])('finds a phone, an e-mail and the hours of %s', (name) => {
    const venue = loadVenue(name);
    const route = contactRouteOf(venue);
    const contact = venue.documents.find((d) => d.id === 'contact')?.text ?? '';
    expect(route.phone && contact.includes(route.phone)).toBe(true);
    expect(route.email && contact.includes(route.email)).toBe(true);
    expect(route.hours).toMatch(/Sunday: \d/);
  });
});
