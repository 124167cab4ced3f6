import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import type { ParseResult } from './parse-result.ts';
import { fixtureUnderstanding } from './test-fixture.ts';
import { createUnderstanding } from './understanding.ts';

const fixture = fixtureUnderstanding();
const pizzeria = (() => {
  const v = loadVenue('pizzeria');
  return createUnderstanding(v.menu, v.moods, v.documents);
})();
const lines = (r: ParseResult) =>
  r.lines.map((l) => {
    const opts = l.options.map((o) => `${o.choice}${o.quantity > 1 ? `*${o.quantity}` : ''}`).sort();
    return `${l.itemId} x${l.quantity} [${opts.join(',')}]${l.quantityUnknown ? ' ?' : ''}${l.more ? ' more' : ''}`;
  });

describe('quantity phrases', () => {
  it('gives a number before a list of options to the item, never to the first option', () => {
    expect(lines(fixture.parse('three bacon and olive pepperoni pizzas'))).toEqual([
      'pepperoni-pizza x3 [bacon,olives]',
    ]);
    expect(lines(pizzeria.parse('three ham and pineapple pizzas'))).toEqual(['hawaiian-pizza x3 []']);
  });

  it('reads "3x", "x2" and servings', () => {
    expect(lines(fixture.parse('3x gulab jamun'))).toEqual(['gulab-jamun x3 []']);
    expect(lines(fixture.parse('gulab jamun x2 and a coke'))).toEqual(['gulab-jamun x2 []', 'coke x1 []']);
    expect(lines(fixture.parse('two orders of masala dosa'))).toEqual(['masala-dosa x2 []']);
    expect(lines(fixture.parse('2 plates of paneer tikka'))).toEqual(['paneer-tikka x2 []']);
  });

  it('marks "another" and "two more" as adding to the cart line', () => {
    expect(lines(fixture.parse('another coke', { cart: ['coke'] }))).toEqual(['coke x1 [] more']);
    expect(lines(fixture.parse('two more cokes'))).toEqual(['coke x2 [] more']);
    expect(lines(fixture.parse('and another one of those cokes', { cart: ['coke'] }))).toEqual([
      'coke x1 [] more',
    ]);
  });

  it('reads a bare "one more" as adding to the item in focus, not inside other talk', () => {
    expect(fixture.parse('one more please')).toMatchObject({ quantity: 1, more: true });
    expect(fixture.parse('can we get two more of those')).toMatchObject({ quantity: 2, more: true });
    expect(fixture.parse('tell me one more joke').more).toBeUndefined();
  });

  it('marks a count that is not a number as unknown', () => {
    expect(lines(fixture.parse('some cokes please'))).toEqual(['coke x1 [] ?']);
    expect(lines(fixture.parse('a few gulab jamun'))).toEqual(['gulab-jamun x1 [] ?']);
    expect(lines(fixture.parse('several lattes'))).toEqual(['latte x1 [] ?']);
    expect(fixture.parse('a bunch of cokes').unresolved).toEqual([]);
    expect(lines(fixture.parse('lots of cokes'))).toEqual(['coke x1 [] ?']);
    expect(lines(fixture.parse('3 or 4 cokes')).map((l) => l.endsWith('?'))).toEqual([true]);
    expect(lines(fixture.parse('two or three lattes')).map((l) => l.endsWith('?'))).toEqual([true]);
    // "some" before a singular is one portion
    expect(lines(fixture.parse('some water please'))).toEqual(['water x1 []']);
  });

  it("shares a counted head's options with the items that make up its count", () => {
    expect(lines(pizzeria.parse('2 large pizzas one pepperoni one hawaiian'))).toEqual([
      'pepperoni-pizza x1 [large]',
      'hawaiian-pizza x1 [large]',
    ]);
    expect(lines(pizzeria.parse('three small pizzas: two margherita and a white pizza'))).toEqual([
      'margherita x2 [small]',
      'white-pizza x1 [small]',
    ]);
  });

  it('gives options after "both" / "all" to every earlier line', () => {
    expect(lines(pizzeria.parse('a diet pepsi and a root beer, both 20 oz'))).toEqual([
      'diet-pepsi x1 [20-fl-oz]',
      'root-beer x1 [20-fl-oz]',
    ]);
    expect(lines(fixture.parse('two cokes and a sprite, all in bottles'))).toEqual([
      'coke x2 [bottle]',
      'sprite x1 [bottle]',
    ]);
  });

  it('resizes the line just said ("a pepperoni pizza and make it two")', () => {
    expect(lines(fixture.parse('a pepperoni pizza and make it two'))).toEqual(['pepperoni-pizza x2 []']);
    expect(lines(fixture.parse('a large margherita, actually make that 3'))).toEqual([
      'margherita-pizza x3 [large]',
    ]);
  });

  it('reads a number as a piece-count choice when the item is sold by piece count', () => {
    expect(lines(pizzeria.parse('10 wings'))).toEqual(['chicken-wings x1 [10-piece]']);
    expect(lines(pizzeria.parse('twenty boneless wings with bbq sauce'))).toEqual([
      'boneless-wings x1 [20-piece,bbq]',
    ]);
    // a number that is no piece count stays the quantity
    expect(lines(pizzeria.parse('2 wings'))).toEqual(['chicken-wings x2 []']);
  });
});
