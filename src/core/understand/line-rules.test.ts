import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const spice = venueParser('spice-route');
const actions = (text: string) =>
  spice.parse(text, { cart: ['chicken-tikka-masala'] }).lines.map((l) => `${l.itemId}:${l.action}`);

describe('the verb before a dish reaches it only up to "and" with a new article or count', () => {
  it('adds a dish said after "and a" / "and 2" though a change verb opened the message', () => {
    expect(actions('chicken tikka masala but make it mild, and a plain rice')).toEqual([
      'chicken-tikka-masala:add',
      'basmati-rice:add',
    ]);
    expect(actions('make it mild and 2 garlic naan')).toContain('garlic-naan:add');
    expect(actions('change it to a korma and a naan')).toContain('plain-naan:add');
    // a dish read from a choice said after its article ("an horchata": the Agua Fresca's flavour)
    const taqueria = venueParser('taqueria').parse('2 chicken tacos but make them spicy, and an horchata');
    expect(taqueria.lines.map((l) => `${l.itemId}:${l.action}`)).toEqual(['taco:add', 'agua-fresca:add']);
  });

  it('keeps a change verb over the dish it points at', () => {
    expect(actions('make the chicken tikka masala mild')).toEqual(['chicken-tikka-masala:update']);
  });
});
