import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

/**
 * Order readings found on the tuned venues restaurants/torpedo (a sub shop) and restaurants/diner
 * (breakfast and burgers), and on real-style pizza orders: each a kind, checked here in other words.
 */
const diner = venueParser('diner');
const torpedo = venueParser('torpedo');
const pizzeria = venueParser('pizzeria');

describe('a dish and a choice in one phrase, listed after a dish that must choose it', () => {
  it('fills the plate’s required choice instead of adding a side dish', () => {
    expect(diner.lines('two eggs over hard, bacon, hash browns, sourdough toast')).toEqual([
      'two-egg-breakfast x1 [over-hard,bacon,hash-browns,sourdough-toast] -[]',
    ]);
    expect(diner.lines('cheese omelet, home fries and no toast')).toEqual([
      'cheese-omelet x1 [home-fries,no-toast] -[]',
    ]);
  });

  it('keeps the side dish when a number or article says it is one', () => {
    expect(diner.lines('a cheese omelet with home fries and wheat toast, and a side of hash browns')).toEqual(
      ['cheese-omelet x1 [home-fries,wheat-toast] -[]', 'side-hash-browns x1 [] -[]'],
    );
    expect(diner.lines('pancakes and 2 sides of toast')).toEqual([
      'pancakes x1 [] -[]',
      'side-toast x2 [] -[]',
    ]);
  });
});

describe('shares of a count', () => {
  it('a number whose choice replaces the whole count’s single choice is a dish of its own', () => {
    expect(diner.lines('3 chocolate shakes and 1 strawberry')).toEqual([
      'milkshake x3 [chocolate] -[]',
      'milkshake x1 [strawberry] -[]',
    ]);
  });

  it('options right after a share belong to it, not to the share after them', () => {
    expect(torpedo.lines('4 cookies, 3 oatmeal raisin 1 chocolate chip')).toEqual([
      'cookie x3 [oatmeal-raisin] -[]',
      'cookie x1 [chocolate-chip] -[]',
    ]);
    expect(torpedo.lines('2 footlong hams one on sourdough one on flatbread')).toEqual([
      'black-forest-ham x1 [footlong,sourdough] -[]',
      'black-forest-ham x1 [footlong,flatbread] -[]',
    ]);
  });

  it('a count and choices alone, then counted dishes, is those dishes with the choices', () => {
    expect(pizzeria.lines('three smalls, two pepperoni and one hawaiian')).toEqual([
      'pepperoni-pizza x2 [small] -[]',
      'hawaiian-pizza x1 [small] -[]',
    ]);
  });

  it('"both" then a dish names what a counted category is', () => {
    expect(pizzeria.lines('two medium pies, both margherita')).toEqual(['margherita x2 [medium] -[]']);
  });

  it('"N topping" before a dish says its kind, not a count', () => {
    expect(pizzeria.lines('a large two topping pizza with ham and olives')).toEqual([
      'cheese-pizza x1 [large,ham,black-olives] -[]',
    ]);
  });
});

describe('implied dishes', () => {
  it('choices only one dish takes open the message: that dish', () => {
    expect(diner.lines('full stack with strawberries and a coffee')).toEqual([
      'pancakes x1 [full-stack,strawberries] -[]',
      'coffee x1 [] -[]',
    ]);
  });

  it('but with pancakes in the cart or a question pending, no second dish is added', () => {
    const inCart = diner.parse('full stack', { cart: ['pancakes'] });
    expect(inCart.lines.map((l) => `${l.itemId} ${l.action}`)).toEqual(['pancakes update']);
    const asked = diner.parse('full stack', { expecting: { group: 'stack', itemId: 'pancakes' } });
    expect(asked.lines.filter((l) => l.action === 'add')).toEqual([]);
  });

  it('after a dish, a counted size and topping alone are one more dish', () => {
    expect(pizzeria.lines('a medium pepperoni and a medium mushroom and onion')).toEqual([
      'pepperoni-pizza x1 [medium] -[]',
      'cheese-pizza x1 [medium,mushrooms,onions] -[]',
    ]);
    expect(pizzeria.lines('1 sm cheese 1 sm mushroom')).toEqual([
      'cheese-pizza x1 [small] -[]',
      'cheese-pizza x1 [small,mushrooms] -[]',
    ]);
  });

  it('without a number too, when the size repeats one said before: a list of parallel dishes', () => {
    expect(pizzeria.lines('medium pepperoni, medium ham and pineapple, medium mushroom')).toEqual([
      'pepperoni-pizza x1 [medium] -[]',
      'hawaiian-pizza x1 [medium] -[]',
      'cheese-pizza x1 [medium,mushrooms] -[]',
    ]);
  });

  it('a crust phrase ending in the category word leaves the word to imply the dish', () => {
    expect(pizzeria.lines('one small thin crust pizza with olives and a sprite')).toEqual([
      'cheese-pizza x1 [small,thin-crust,black-olives] -[]',
      'sprite x1 [] -[]',
    ]);
  });

  it('prefers additions to a plain dish over a dish with toppings nobody asked for', () => {
    expect(pizzeria.lines('a medium pizza with bacon, ham and beef')).toEqual([
      'cheese-pizza x1 [medium,bacon,ham,ground-beef] -[]',
    ]);
    expect(pizzeria.lines('a pizza with ham and pineapple')).toEqual(['hawaiian-pizza x1 [] -[]']);
  });

  it('a short alias opening the message before one of its own choices is the dish', () => {
    expect(torpedo.lines('cbr 6 inch on wheat')).toEqual([
      'chicken-bacon-ranch x1 [six-inch,nine-grain-wheat] -[]',
    ]);
  });
});

describe('option lists', () => {
  it('"+" adds: a negation before it stops there', () => {
    expect(torpedo.lines('footlong ham no tomatoes + pickles')).toEqual([
      'black-forest-ham x1 [footlong,pickles] -[tomatoes]',
    ]);
  });

  it('a two-part name is matched without its "and"', () => {
    expect(torpedo.lines('6 inch turkey with oil vinegar')).toEqual([
      'turkey-breast x1 [six-inch,oil-vinegar] -[]',
    ]);
  });

  it('a qualifier reaches a default said right after "and", not an add-on', () => {
    expect(torpedo.lines('footlong italian bmt, extra pickles and tomatoes')).toEqual([
      'italian-bmt x1 [footlong,pickles:extra,tomatoes:extra] -[]',
    ]);
    expect(torpedo.lines('footlong turkey, extra pickles and bacon')).toEqual([
      'turkey-breast x1 [footlong,pickles:extra,bacon] -[]',
    ]);
  });

  it('a group named by a list of its choices reads as those choices', () => {
    expect(diner.lines('a large coffee with cream and sweetener')).toEqual([
      'coffee x1 [large-coffee,cream,sweetener] -[]',
    ]);
    expect(diner.lines('a coffee with milk and sugar')).toEqual(['coffee x1 [milk,sugar] -[]']);
  });

  it('choices before "on both" go on every dish before them', () => {
    expect(torpedo.lines('a 6 inch tuna and a 6 inch ham, toasted on both')).toEqual([
      'tuna x1 [six-inch,toasted] -[]',
      'black-forest-ham x1 [six-inch,toasted] -[]',
    ]);
  });

  it('"for a party" after a size is an occasion, not a second size', () => {
    expect(pizzeria.lines('3 large cheese pizzas for a party')).toEqual(['cheese-pizza x3 [large] -[]']);
  });
});
