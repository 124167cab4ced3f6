import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { venueParser } from './venue-fixture.ts';

/**
 * Order readings on the tuned venues restaurants/hoagies and restaurants/slices (and the sample
 * pizzeria): each case stands for a kind of mechanism, not a dish.
 */
const hoagies = venueParser('hoagies');
const slices = venueParser('slices');
const pizzeria = venueParser('pizzeria');
const deli = venueParser('deli');
const cafe = venueParser('cafe');
const FREE_VEGGIES = 'lettuce,tomatoes,onions,pickles,cucumbers,spinach,black-olives,green-peppers';

describe('menu numbers', () => {
  it('reads "#13", "num 13" and "no. 13" as "number 13", and a plural s glued to the digits away', () => {
    expect(normalize('giant #13 mikes way').normalized).toBe('giant number 13 mikes way');
    expect(normalize('num 5 and no. 7').normalized).toBe('number 5 and number 7');
    expect(normalize('2 #13s').normalized).toBe('2 number 13');
    expect(normalize('no 7 onions').normalized).toBe('no 7 onions');
  });

  it('orders the dish whose alias is its number, counting only the number before it', () => {
    expect(hoagies.lines('giant #13 mikes way no onions')).toEqual([
      'original-italian x1 [giant,mikes-way] -[onions]',
    ]);
    expect(hoagies.lines('2 giant #13s mikes way')).toEqual(['original-italian x2 [giant,mikes-way] -[]']);
  });
});

describe('"everything", "the works", "all the veggies"', () => {
  it("adds the free choices of the dish's toppings group when the group has no defaults", () => {
    expect(hoagies.lines('2 turkey subs on wheat with all the veggies')).toEqual([
      `turkey x2 [wheat,${FREE_VEGGIES}] -[]`,
    ]);
    expect(hoagies.lines('regular tuna with everything')).toEqual([`tuna x1 [regular,${FREE_VEGGIES}] -[]`]);
  });

  it('leaves out what is taken off, and adds nothing where the group has defaults', () => {
    expect(hoagies.lines('regular tuna with everything but tomatoes')).toEqual([
      'tuna x1 [regular,lettuce,onions,pickles,cucumbers,spinach,black-olives,green-peppers] -[tomatoes]',
    ]);
    expect(deli.lines('footlong turkey, everything but onions')).toEqual([
      'turkey x1 [twelve-inch] -[onion]',
    ]);
  });

  it('takes the group the words name ("all the peppers")', () => {
    expect(hoagies.lines('giant #5 all the peppers')).toEqual([
      'super-sub x1 [giant,banana-peppers,jalapenos,cherry-pepper-relish] -[]',
    ]);
  });
});

describe('extra of what the dish is made of', () => {
  it('puts "extra cheese" on the cheese the dish is made with when the group has no default', () => {
    expect(deli.lines('footlong italian with extra cheese')).toEqual([
      'italian-combo x1 [twelve-inch,provolone:extra] -[]',
    ]);
    // nothing to go by: no choice is made up
    expect(deli.lines('6 inch turkey on wheat with extra cheese')).toEqual([
      'turkey x1 [six-inch,wheat] -[]',
    ]);
  });

  it("is the dish's extra-portion choice, not a second dish", () => {
    expect(hoagies.lines('regular chipotle cheesesteak extra steak')).toEqual([
      'chipotle-cheesesteak x1 [regular,extra-meat] -[]',
    ]);
    expect(hoagies.lines('giant turkey extra turkey')).toEqual(['turkey x1 [giant,extra-meat] -[]']);
    expect(hoagies.parse('regular chipotle cheesesteak extra steak').unresolved).toEqual([]);
  });
});

describe('trailing counts', () => {
  it('reads "x2" after the dish\'s options as the dish\'s count, and counts no option with it', () => {
    expect(hoagies.lines('giant italian mikes way x2')).toEqual([
      'original-italian x2 [giant,mikes-way] -[]',
    ]);
    expect(hoagies.lines('giant italian x2 mikes way')).toEqual([
      'original-italian x2 [giant,mikes-way] -[]',
    ]);
  });
});

describe('shares', () => {
  it('reads "one plain" after a larger count as a unit of that dish, not a dish the choice names', () => {
    expect(hoagies.lines('2 regular turkeys, one mikes way and one plain')).toEqual([
      'turkey x1 [regular,mikes-way] -[]',
      'turkey x1 [regular] -[]',
    ]);
  });
});

describe('shares said back to back', () => {
  it('gives each "one with …" its own options with no separator between them', () => {
    expect(cafe.lines('2 lattes one with skim one with oat')).toEqual([
      'latte x1 [skim] -[]',
      'latte x1 [oat-milk] -[]',
    ]);
  });
});

describe('derived dish words', () => {
  it('reads a derived dish word right before a dish named in full as describing it ("hot coffees")', () => {
    expect(cafe.lines('2 large hot coffees, one black and one with cream and sugar')).toEqual([
      'drip-coffee x1 [large] -[]',
      'drip-coffee x1 [large,splash-cream,sugar] -[]',
    ]);
  });
});

describe('options alone', () => {
  it('is a dish to choose when a size and toppings are said with nothing in the cart', () => {
    expect(pizzeria.lines('large mushroom and onion')).toEqual([
      'cheese-pizza x1 [large,mushrooms,onions] -[]',
    ]);
    expect(pizzeria.lines('medium thin crust with sausage and mushrooms')).toEqual([
      'cheese-pizza x1 [medium,thin-crust,italian-sausage,mushrooms] -[]',
    ]);
  });

  it('is no new dish with a cart, at an option question, or with single choices only', () => {
    expect(
      pizzeria
        .parse('large mushroom and onion', { cart: ['cheese-pizza'] })
        .lines.every((l) => l.action !== 'add'),
    ).toBe(true);
    expect(
      pizzeria
        .parse('large mushroom and onion', { expecting: { group: 'size', itemId: 'cheese-pizza' } })
        .lines.every((l) => l.action !== 'add'),
    ).toBe(true);
    expect(pizzeria.lines('large or medium?')).toEqual([]);
    expect(cafe.lines('large oat milk')).toEqual([]);
  });
});

describe('counted category split', () => {
  it('reads a number and toppings alone after a counted category as one more dish of it', () => {
    expect(pizzeria.lines('three large pizzas: 1 cheese, 1 pepperoni, 1 sausage')).toEqual([
      'cheese-pizza x1 [large] -[]',
      'pepperoni-pizza x1 [large] -[]',
      'cheese-pizza x1 [large,italian-sausage] -[]',
    ]);
    expect(pizzeria.lines('2 large pizzas, one sausage and one mushroom')).toEqual([
      'cheese-pizza x1 [large,italian-sausage] -[]',
      'cheese-pizza x1 [large,mushrooms] -[]',
    ]);
  });
});

describe('pizza shorthand', () => {
  it('reads pep/pepp, saus and mush as pepperoni, sausage and mushroom', () => {
    expect(pizzeria.lines('lg pepp pizza')).toEqual(['pepperoni-pizza x1 [large] -[]']);
    expect(pizzeria.lines('large pep and saus')).toEqual(['pepperoni-pizza x1 [large,italian-sausage] -[]']);
  });
});

describe('dish words', () => {
  it('reads a stopword dish name ("can") after a number or its own choice', () => {
    expect(slices.lines('2 slices of pepperoni and a can of coke')).toEqual([
      'pepperoni-slice x2 [] -[]',
      'can-soda x1 [coke] -[]',
    ]);
    expect(slices.lines('a stromboli and a coke can')).toEqual([
      'stromboli x1 [] -[]',
      'can-soda x1 [coke] -[]',
    ]);
    expect(slices.lines('can i get a plain slice')).toEqual(['cheese-slice x1 [] -[]']);
  });

  it('keeps the choice reading of a misspelling nearer a dish\'s alias ("on a crossaint")', () => {
    expect(cafe.lines('egg and cheese on a crossaint with bacon')).toEqual([
      'breakfast-sandwich x1 [croissant-bread,bacon] -[]',
    ]);
  });

  it('reads a diet-word dish after one of its choices ("regular veggie")', () => {
    expect(hoagies.lines('regular veggie with avocado')).toEqual(['veggie x1 [regular,avocado] -[]']);
    expect(deli.lines('veggie footlong on wheat')).toEqual(['veggie x1 [twelve-inch,wheat] -[]']);
  });

  it('keeps a category word after a dish of that category with the dish ("sicilian pie")', () => {
    expect(slices.lines('a whole sicilian pie with pepperoni')).toEqual(['sicilian-pie x1 [pepperoni] -[]']);
  });

  it('says an alias without its category word ("a medium plain") and picks by the size said', () => {
    expect(pizzeria.lines('a large pepperoni and a medium plain')).toEqual([
      'pepperoni-pizza x1 [large] -[]',
      'cheese-pizza x1 [medium] -[]',
    ]);
    expect(slices.lines('a large pepperoni and a medium plain')).toEqual([
      'pepperoni-pie x1 [large] -[]',
      'cheese-pie x1 [medium] -[]',
    ]);
    expect(pizzeria.lines('2 large pizzas one plain one pepperoni')).toEqual([
      'cheese-pizza x1 [large] -[]',
      'pepperoni-pizza x1 [large] -[]',
    ]);
  });
});
