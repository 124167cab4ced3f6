import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { nameCarriesChoice } from './choice-named-dish.ts';
import { MenuIndex } from './menu-index.ts';
import { venueParser } from './venue-fixture.ts';

const pieshop = venueParser('pieshop');
const heroes = venueParser('heroes');

describe('nameCarriesChoice', () => {
  const index = new MenuIndex(loadVenue('pieshop').menu);
  it('is true for a choice whose phrase is a word of the dish name, not the whole name', () => {
    expect(
      nameCarriesChoice(index, 'pepperoni-pizza', [{ group: 'pizza-toppings', choice: 'pepperoni' }]),
    ).toBe(true);
    expect(nameCarriesChoice(index, 'pizza', [{ group: 'pizza-toppings', choice: 'pepperoni' }])).toBe(false);
    expect(nameCarriesChoice(index, 'pepperoni-pizza', [{ group: 'size', choice: 'large' }])).toBe(false);
    expect(nameCarriesChoice(index, 'pepperoni-pizza', [])).toBe(false);
  });
});

describe('a dish named by its distinctive word with options of its own', () => {
  it('is that dish with the options, not the dish the bare noun names', () => {
    expect(pieshop.lines('a large pepperoni with mushrooms')).toEqual([
      'pepperoni-pizza x1 [large,mushrooms] -[]',
    ]);
    expect(pieshop.lines('two medium pepperoni with onions and pineapple')).toEqual([
      'pepperoni-pizza x2 [medium,onions,pineapple] -[]',
    ]);
  });

  it('orders the dish named by a topping word alone before "with", not a question about it', () => {
    const r = pieshop.parse('pepperoni with extra cheese');
    expect(r.intents[0]?.intent).toBe('order_add');
    expect(pieshop.lines('pepperoni with extra cheese')).toEqual([
      'pepperoni-pizza x1 [mozzarella:extra] -[]',
    ]);
  });

  it('keeps options said only after "with" for the dish the bare noun names', () => {
    expect(pieshop.lines('a medium with pepperoni')).toEqual(['pizza x1 [medium,pepperoni] -[]']);
  });
});

describe('a dish name that is also a choice, pointing at a cart dish', () => {
  it('adds the options to the dish and chooses no bread by the name', () => {
    expect(heroes.lines('add hot peppers to the italian', { cart: ['godfather'] })).toEqual([
      'godfather x1 [hot-cherry-peppers] -[]',
    ]);
    expect(heroes.lines('put banana peppers on the italian hero', { cart: ['godfather'] })).toEqual([
      'godfather x1 [banana-peppers] -[]',
    ]);
  });

  it('still reads a choice an alias says the dish comes on', () => {
    const deli = venueParser('deli');
    expect(deli.lines('pastrami on rye')).toEqual(['pastrami x1 [rye] -[]']);
  });
});
