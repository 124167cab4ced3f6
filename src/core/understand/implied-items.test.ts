import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const pizzeria = venueParser('pizzeria');
const pz = pizzeria.lines;
const sr = venueParser('spice-route').lines;

describe('an item implied by its options', () => {
  it('reads a number and options with no dish as the dish that needs the fewest changes', () => {
    expect(pz('one large with pepperoni and mushrooms')).toEqual([
      'pepperoni-pizza x1 [large,mushrooms] -[]',
    ]);
    expect(pz('two large with mushrooms and onions')).toEqual([
      'cheese-pizza x2 [large,mushrooms,onions] -[]',
    ]);
  });

  it('reads "a pizza with …" as the pizza the toppings fit best', () => {
    expect(pz('a large pizza with mushrooms and onions')).toEqual([
      'cheese-pizza x1 [large,mushrooms,onions] -[]',
    ]);
    expect(pz('three large pies with chicken and banana peppers')).toEqual([
      'cheese-pizza x3 [large,grilled-chicken,banana-peppers] -[]',
    ]);
    expect(pz('a pizza with pepperoni')).toEqual(['pepperoni-pizza x1 [] -[]']);
    expect(pz('one pizza with no cheese')).toEqual(['cheese-pizza x1 [] -[mozzarella]']);
  });

  it('reads a bare category word at the start or after an order word', () => {
    expect(pz('large pie with pineapple and jalapenos no onions')).toEqual([
      'cheese-pizza x1 [large,pineapple,jalapenos] -[onions]',
    ]);
    expect(pz('i want pizza with olives')).toEqual(['cheese-pizza x1 [black-olives] -[]']);
    expect(pizzeria.parse('do you have pizza with mushrooms?').lines).toEqual([]);
  });

  it('takes a dish named after "with" as the dish itself', () => {
    expect(pz('i want two medium pies with ham and pineapple')).toEqual(['hawaiian-pizza x2 [medium] -[]']);
  });

  it('still asks which dish when only size or crust was said', () => {
    const r = pizzeria.parse("i'd like a large pizza with thin crust");
    expect(r.lines).toEqual([]);
    expect(r.unresolved[0]?.text).toBe('pizza');
    expect(r.freeOptions?.map((o) => o.choice)).toEqual(['large', 'thin-crust']);
  });

  it('keeps a category word that goes with a named dish', () => {
    expect(pz('two pizzas margherita and four cokes')).toEqual([
      'margherita x2 [] -[]',
      'coca-cola x4 [] -[]',
    ]);
  });
});

describe('per-unit options split lines', () => {
  it('gives each unit its own options', () => {
    expect(sr('2 lattes, one with oat milk and one with almond milk')).toEqual([
      'latte x1 [oat-milk] -[]',
      'latte x1 [almond-milk] -[]',
    ]);
  });

  it('reads "and one with …" after one as another unit with the same size', () => {
    expect(pz('one large pizza with ham and one with bacon')).toEqual([
      'cheese-pizza x1 [large,ham] -[]',
      'cheese-pizza x1 [large,bacon] -[]',
    ]);
  });

  it('reads a count whose choice contradicts the whole’s choice said after its dish as a dish of its own', () => {
    const tq = venueParser('taqueria').lines;
    expect(tq('3 tacos al pastor and 2 carne asada')).toEqual([
      'taco x3 [al-pastor] -[]',
      'taco x2 [carne-asada] -[]',
    ]);
    // no choice on the whole: the count is shared out
    expect(tq('5 tacos, 2 carne asada')).toEqual(['taco x3 [] -[]', 'taco x2 [carne-asada] -[]']);
  });

  it('keeps the rest of the units with the shared options', () => {
    expect(pz('3 large pepperoni pizzas, one with extra cheese')).toEqual([
      'pepperoni-pizza x2 [large] -[]',
      'pepperoni-pizza x1 [large,mozzarella:extra] -[]',
    ]);
    expect(pz('4 cokes, two in cans')).toEqual(['coca-cola x2 [] -[]', 'coca-cola x2 [can] -[]']);
    expect(pz('two pizzas, one with pepperoni and one with sausage')).toEqual([
      'pepperoni-pizza x1 [] -[]',
      'cheese-pizza x1 [italian-sausage] -[]',
    ]);
  });
});

describe('a dish named by some of its words', () => {
  it('offers the one dish whose name has the words', () => {
    expect(pz('a bbq pizza')).toEqual(['bbq-chicken-pizza x1 [] -[]']);
    expect(pz('a large barbecue pizza')).toEqual(['bbq-chicken-pizza x1 [large] -[]']);
  });

  it('asks which when several dishes have the words', () => {
    const r = pizzeria.parse('a chicken pizza');
    expect(r.lines).toEqual([]);
    expect(r.unresolved[0]?.suggestions.map((s) => s.id)).toEqual([
      'bbq-chicken-pizza',
      'buffalo-chicken-pizza',
    ]);
  });

  it('reads an option phrase as a topping when no dish is named so', () => {
    expect(pz('a goat cheese pizza')).toEqual(['cheese-pizza x1 [goat-cheese] -[]']);
  });
});

describe('a counted category split into named dishes', () => {
  it('is the dishes that add up to its count', () => {
    expect(pz('two pizzas, one large pepperoni and one small cheese')).toEqual([
      'pepperoni-pizza x1 [large] -[]',
      'cheese-pizza x1 [small] -[]',
    ]);
    expect(pz('3 large pizzas - 2 pepperoni and 1 cheese')).toEqual([
      'pepperoni-pizza x2 [large] -[]',
      'cheese-pizza x1 [large] -[]',
    ]);
  });

  it('reads toppings joined by "and" before the category word', () => {
    expect(pz('a mushroom and onion pizza')).toEqual(['cheese-pizza x1 [mushrooms,onions] -[]']);
  });
});

describe('what a dish comes on', () => {
  const deli = venueParser('deli').lines;
  it('reads a category word that is also a choice, after "on a"/"in a" and a dish, as the choice', () => {
    // "hero" names the Cold Heroes category and the Italian Hero Roll bread
    expect(deli('a turkey on a hero')).toEqual(['turkey x1 [hero-roll] -[]']);
    expect(deli('a turkey on a hero and a ham in a wrap')).toEqual([
      'turkey x1 [hero-roll] -[]',
      'ham x1 [wrap] -[]',
    ]);
  });
});
