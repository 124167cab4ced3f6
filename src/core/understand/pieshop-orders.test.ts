import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

/**
 * Order readings found on the tuned venue restaurants/pieshop (a pizza chain, orders written like public
 * pizza-order corpora): each case stands for a kind of mechanism, not a dish.
 */
const pieshop = venueParser('pieshop');

describe('a dish implied by its options beside a dish named', () => {
  it('makes the options no named dish takes a dish of their own', () => {
    expect(pieshop.lines('a medium high rise with ham and olives and a 2 liter sprite')).toEqual([
      'pizza x1 [medium,high-rise,ham,black-olives] -[]',
      'sprite x1 [2-liter] -[]',
    ]);
  });

  it('reads a word that is a choice and a dish as the choice after "with" opened by choices', () => {
    expect(pieshop.lines('small thin crust with chicken and onions')).toEqual([
      'pizza x1 [small,thin-crust,grilled-chicken,onions] -[]',
    ]);
  });
});

describe('the dish the bare noun names', () => {
  it('is the unnamed dish when options follow "with", not a specialty its toppings match', () => {
    expect(pieshop.lines('a medium with pepperoni')).toEqual(['pizza x1 [medium,pepperoni] -[]']);
    expect(pieshop.lines('a small with ham and pineapple')).toEqual(['pizza x1 [small,ham,pineapple] -[]']);
  });

  it('leaves "a large pepperoni" (no "with") the dish called by its topping, as its own line', () => {
    expect(pieshop.lines('two medium cheese pizzas and a medium pepperoni')).toEqual([
      'pizza x2 [medium] -[]',
      'pepperoni-pizza x1 [medium] -[]',
    ]);
  });
});

describe('counts', () => {
  it('reads a number word as a count even when a choice has it as an alias', () => {
    expect(pieshop.lines('ten cans of pepsi')).toEqual(['pepsi x10 [can] -[]']);
    expect(pieshop.lines('six hot wings')).toEqual(['chicken-wings x1 [hot,6-wings] -[]']);
  });

  it('keeps a second counted drink its own dish over "of"', () => {
    expect(pieshop.lines('three cans of sprite and two cans of ginger ale')).toEqual([
      'sprite x3 [can] -[]',
      'ginger-ale x2 [can] -[]',
    ]);
  });

  it('reads "one of them with" as a share of the count', () => {
    expect(pieshop.lines('two small pizzas with sausage and one of them with extra onions')).toEqual([
      'pizza x1 [small,italian-sausage] -[]',
      'pizza x1 [small,italian-sausage,onions:extra] -[]',
    ]);
  });
});

describe('"just" the defaults', () => {
  it("rings up nothing for a list that is exactly the group's defaults", () => {
    expect(pieshop.lines('a large pizza with just cheese')).toEqual(['pizza x1 [large] -[]']);
  });
});
