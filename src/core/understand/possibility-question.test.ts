import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import { createUnderstanding } from './understanding.ts';

const understandings = new Map(
  ['pizzeria', 'spice-route'].map((name) => {
    const v = loadVenue(name);
    return [name, createUnderstanding(v.menu, v.moods, v.documents)] as const;
  }),
);
const parse = (venue: string, text: string, cart: string[] = []) =>
  understandings.get(venue)!.parse(text, { cart });

describe('a question about what the kitchen can do is no order', () => {
  it('a dish then a diet it is to fit asks whether it can be made so, whatever the opener', () => {
    for (const text of [
      'can you make the chana masala jain',
      'is it possible to make the palak paneer jain?',
      'could you do the dal makhani jain for my parents',
      'hi, can you please make the chana masala vegan?',
    ]) {
      const r = parse('spice-route', text);
      expect(r.intents[0]?.intent, text).toBe('faq');
      expect(r.possibility, text).toBe('diet');
      expect(r.lines, text).toEqual([]);
    }
  });

  it('a swap with nothing in the cart asks whether it can be done; with a cart it is a change', () => {
    const r = parse('pizzeria', 'can you swap the cheese for vegan cheese');
    expect(r.intents[0]?.intent).toBe('faq');
    expect(r.possibility).toBe('swap');
    expect(r.lines).toEqual([]);
    expect(parse('pizzeria', 'can you swap the cheese for vegan cheese', ['cheese-pizza']).possibility).toBe(
      undefined,
    );
  });

  it('an order stays an order: a dish whose own name holds the diet word, or no diet word at all', () => {
    expect(parse('pizzeria', 'can you make me a vegan garden pizza').possibility).toBe(undefined);
    expect(parse('spice-route', 'can i get the chana masala').intents[0]?.intent).toBe('order_add');
    expect(parse('spice-route', 'can you make the chana masala extra spicy').possibility).toBe(undefined);
  });
});
