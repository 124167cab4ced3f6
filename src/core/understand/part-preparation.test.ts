import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const grill = venueParser('grill');
const hoagies = venueParser('hoagies');
const deli = venueParser('deli');

describe('a preparation request of a part the menu has no option for', () => {
  it('is a kitchen note on the cart dish that has the part', () => {
    for (const text of ['please grill the bun', 'can the bun be toasted?', 'lightly toast the bun']) {
      const r = grill.parse(text, { cart: ['hamburger', 'fries'] });
      expect(r.intents[0]?.intent, text).toBe('order_update');
      expect(
        r.lines.map((l) => [l.itemId, l.action]),
        text,
      ).toEqual([['hamburger', 'update']]);
      expect(r.lines[0]?.note, text).toMatch(/bun/);
      expect(r.unresolved, text).toEqual([]);
    }
  });

  it('finds the part among a dish\'s option groups ("the roll" of a sub with a Bread group)', () => {
    const r = hoagies.parse('could you warm the roll', { cart: ['chips', 'turkey'] });
    expect(r.lines.map((l) => l.itemId)).toEqual(['turkey']);
    expect(r.lines[0]?.note).toBe('warm the roll');
  });

  it('with no dish that has the part, keeps the request to ask which dish (never an unknown dish)', () => {
    const r = grill.parse('toast the bun please');
    expect(r.noteWithoutDish).toBe('toast the bun');
    expect(r.unresolved).toEqual([]);
    expect(grill.parse('toast the bun', { cart: ['fries'] }).noteWithoutDish).toBe('toast the bun');
  });

  it('leaves a verb the menu offers as a choice to the menu', () => {
    const r = deli.parse('toast the bread', { cart: ['italian-combo'] });
    expect(r.noteWithoutDish).toBeUndefined();
    expect(r.lines.every((l) => !l.note)).toBe(true);
  });
});
