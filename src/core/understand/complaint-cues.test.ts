import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const pizzeria = venueParser('pizzeria');
const spice = venueParser('spice-route');

describe('complaints about an order received', () => {
  it('are questions for the venue, and the dish named orders nothing', () => {
    for (const [parser, text] of [
      [pizzeria, 'you forgot my garlic knots'],
      [spice, 'the naan was missing from my bag'],
      [spice, 'the biryani was cold and mushy'],
    ] as const) {
      const r = parser.parse(text);
      expect(r.intents[0]?.intent, text).toBe('faq');
      expect(r.lines, text).toEqual([]);
      expect(r.complaint, text).toBe(true);
    }
  });

  it("leave the customer's own correction an order", () => {
    const r = pizzeria.parse('I forgot to add a coke');
    expect(r.intents[0]?.intent).toBe('order_add');
    expect(r.lines.map((l) => l.itemId)).toEqual(['coca-cola']);
    expect(r.complaint).toBeUndefined();
  });
});
