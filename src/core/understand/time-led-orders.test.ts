import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import { createUnderstanding } from './understanding.ts';

const venue = loadVenue('spice-route');
const understanding = createUnderstanding(venue.menu, venue.moods, venue.documents);

describe('an order with a time phrase is still an order', () => {
  it.each([
    ['at 8 pm please bring paneer tikka', 'paneer-tikka'],
    ['please bring paneer tikka at 8 pm', 'paneer-tikka'],
    ['at 8pm bring 2 samosas', 'samosa'],
    ['at 7 pm please bring me a mango lassi', 'mango-lassi'],
    ['bring butter chicken at 9 pm please', 'butter-chicken'],
    ['for 7:30 pm please bring one garlic naan', 'garlic-naan'],
  ])('"%s" orders %s', (text, item) => {
    const r = understanding.parse(text);
    expect(r.intents[0]?.intent).toBe('order_add');
    expect(r.lines.map((l) => l.itemId)).toEqual([item]);
  });

  it('a time phrase with no dish is no order', () => {
    expect(understanding.parse('at 8 pm please bring the car around').intents[0]?.intent).not.toBe(
      'order_add',
    );
  });
});

describe('a pickup or delivery with a time from now is still that detail', () => {
  it.each([
    ['ill pick it up in 10 min', 'pickup'],
    ["i'll collect it in half an hour", 'pickup'],
    ['deliver in an hour please', 'delivery'],
  ])('"%s" gives fulfillment %s', (text, fulfillment) => {
    const r = understanding.parse(text);
    expect(r.intents[0]?.intent).toBe('provide_info');
    expect(r.slots.fulfillment).toBe(fulfillment);
  });

  it("another domain's request with a time from now stays out of scope", () => {
    expect(understanding.parse('remind me in 10 min').intents[0]?.intent).toBe('out_of_scope');
    expect(understanding.parse('set a timer in 10 minutes').intents[0]?.intent).toBe('out_of_scope');
  });
});
