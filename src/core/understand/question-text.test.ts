import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const pizzeria = venueParser('pizzeria');
const spice = venueParser('spice-route');

describe('the question clause of a message', () => {
  it('cuts the question from an order said with it', () => {
    const r = pizzeria.parse('add a 2 liter coke and what time do you close tonight?');
    expect(r.lines.map((l) => l.itemId)).toEqual(['coca-cola']);
    expect(r.question).toBe('what time do you close tonight?');
  });

  it('starts a question at an auxiliary verb and its subject after a joiner', () => {
    expect(spice.parse('one samosa and are you open on sunday?').question).toBe('are you open on sunday?');
    expect(pizzeria.parse('2 cokes, also do you deliver to oak hollow').question).toBe(
      'do you deliver to oak hollow',
    );
  });

  it('is the whole message when the message is one question', () => {
    expect(pizzeria.parse('is there a minimum for delivery?').question).toBe(
      'is there a minimum for delivery?',
    );
  });

  it('is absent when nothing asks, and a request is no question clause', () => {
    expect(pizzeria.parse('a large pepperoni pizza').question).toBeUndefined();
    expect(pizzeria.parse('a coke and can I get a pepperoni pizza').question).toBeUndefined();
  });

  it("reads the order beside a venue question without a question mark, the question's words no noise", () => {
    const r = spice.parse('one mango lassi, also what time does the kitchen close');
    expect(r.lines.map((l) => l.itemId)).toEqual(['mango-lassi']);
    expect(r.intents.map((i) => i.intent)).toEqual(['order_add', 'faq']);
  });

  it('takes no fulfillment from a question about delivery, but from a request', () => {
    expect(spice.parse('do you deliver to midtown?').slots.fulfillment).toBeUndefined();
    expect(
      pizzeria.parse('2 garlic knots, and how long does delivery take').slots.fulfillment,
    ).toBeUndefined();
    expect(pizzeria.parse('can you deliver it?').slots.fulfillment).toBe('delivery');
    expect(pizzeria.parse('a large pepperoni for delivery').slots.fulfillment).toBe('delivery');
  });
});
