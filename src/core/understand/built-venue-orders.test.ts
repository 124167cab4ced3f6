import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

/**
 * Order readings on the venues built from a menu file alone (restaurants/burritos, cafe, deli): each
 * case stands for a kind of mechanism, not a dish.
 */
const burritos = venueParser('burritos');
const cafe = venueParser('cafe');
const deli = venueParser('deli');

describe('lengths, measures and servings', () => {
  it('reads an inch mark after a number as a length, not a count', () => {
    expect(deli.lines('12" chicken parm')).toEqual(['chicken-parm x1 [twelve-inch] -[]']);
    expect(deli.lines('two 6" tunas on wheat')).toEqual(['tuna x2 [six-inch,wheat] -[]']);
  });

  it('counts pumps and shots as the quantity of the option they measure', () => {
    const latte = cafe.parse('3 pumps caramel in a large iced latte');
    expect(latte.intents[0]?.intent).toBe('order_add');
    expect(latte.lines[0]?.options.find((o) => o.choice === 'caramel')?.quantity).toBe(3);
    expect(cafe.parse('a latte with two pumps of hazelnut').lines[0]?.options[0]?.quantity).toBe(2);
  });

  it('picks a count choice named in the dish\'s own word ("3 Tacos"), one only when said singular', () => {
    expect(burritos.lines('3 chicken tacos')).toEqual(['tacos x1 [chicken,three-tacos] -[]']);
    expect(burritos.lines('one chicken taco')).toEqual(['tacos x1 [chicken,one-taco] -[]']);
    expect(burritos.lines('1 order of tacos')).toEqual(['tacos x1 [] -[]']);
  });

  it('counts servings in bags', () => {
    expect(deli.lines('2 bags of bbq chips')).toEqual(['chips x2 [bbq] -[]']);
  });

  it('reads chain cup sizes as the menu size of the same volume', () => {
    expect(cafe.lines('a grande latte')).toEqual(['latte x1 [medium] -[]']);
    expect(cafe.lines('venti cappuccino')).toEqual(['cappuccino x1 [large] -[]']);
  });
});

describe('choices named with their dish', () => {
  it('splits a choice phrase that ends in the dish offering it', () => {
    expect(cafe.lines('everything bagel toasted')).toEqual(['bagel x1 [everything-bagel,toasted] -[]']);
    expect(cafe.lines('chamomile tea, large')).toEqual(['hot-tea x1 [chamomile,large] -[]']);
  });

  it('reads "on a X" after a dish as the dish\'s choice', () => {
    expect(cafe.lines('egg and cheese on a bagel with bacon')).toEqual([
      'breakfast-sandwich x1 [bagel-bread,bacon] -[]',
    ]);
  });

  it('orders the one-of choice an alias names, but not a kind word or an add-on', () => {
    expect(deli.lines('pastrami on rye')).toEqual(['pastrami x1 [rye] -[]']);
    expect(deli.lines('a veggie hero')).toEqual(['veggie x1 [] -[]']);
    expect(cafe.lines('a shot of espresso')).toEqual(['espresso x1 [] -[]']);
  });

  it('reads "with a X" after a dish offering X as a choice, per share', () => {
    expect(burritos.lines('2 kids meals, one with a quesadilla and one with tacos')).toEqual([
      'kids-meal x1 [kids-quesadilla] -[]',
      'kids-meal x1 [kids-tacos] -[]',
    ]);
  });

  it('reads choices only one dish offers, after a number or article, as that dish', () => {
    expect(cafe.lines('a doppio')).toEqual(['espresso x1 [doppio] -[]']);
    expect(cafe.lines('a latte and 2 doppios')).toEqual(['latte x1 [] -[]', 'espresso x2 [doppio] -[]']);
    expect(deli.lines('a peach snapple and a turkey')).toEqual([
      'snapple x1 [peach-tea] -[]',
      'turkey x1 [] -[]',
    ]);
    expect(cafe.parse('make it a doppio').lines).toEqual([]);
  });

  it('keeps "an extra shot of espresso" one choice', () => {
    expect(cafe.lines('large latte with an extra shot of espresso')).toEqual([
      'latte x1 [large,extra-shot] -[]',
    ]);
  });
});

describe('negation and qualifiers over groups', () => {
  it("takes a group word's default off and ends the negation at an added choice", () => {
    expect(burritos.lines('steak bowl no beans, brown rice, corn salsa')).toEqual([
      'burrito-bowl x1 [steak,brown-rice,corn-salsa] -[black-beans]',
    ]);
    expect(burritos.lines('chicken burrito no rice no beans extra cheese')).toEqual([
      'burrito x1 [chicken,cheese:extra] -[white-rice,black-beans]',
    ]);
  });

  it('reads "everything but X" as without X', () => {
    expect(deli.lines('footlong turkey, everything but onions')).toEqual([
      'turkey x1 [twelve-inch] -[onion]',
    ]);
  });

  it('keeps negating a comma list of defaults or of the negated group', () => {
    expect(deli.lines('turkey 6 inch no lettuce, tomato')).toEqual([
      'turkey x1 [six-inch] -[lettuce,tomato]',
    ]);
    expect(deli.lines('turkey 6 inch no lettuce no tomato, mayo and mustard')).toEqual([
      'turkey x1 [six-inch,mayo,mustard] -[lettuce,tomato]',
    ]);
  });

  it("puts a qualifier said with a group word on the dish's choice of that group", () => {
    expect(burritos.lines('barbacoa burrito w/ xtra rice')).toEqual([
      'burrito x1 [barbacoa,white-rice:extra] -[]',
    ]);
    expect(burritos.lines('steak burrito, extra beans')).toEqual([
      'burrito x1 [steak,black-beans:extra] -[]',
    ]);
    expect(burritos.lines('dbl steak bowl')).toEqual(['burrito-bowl x1 [steak:extra] -[]']);
  });

  it('drops a qualifier the group does not take (the line notes it) and merges a choice said twice', () => {
    expect(cafe.lines('large cappuccino extra dry')).toEqual(['cappuccino x1 [large,dry] -[]']);
    expect(cafe.parse('an extra hot large latte').lines[0]?.note).toBe('extra hot');
    expect(burritos.lines('chicken bowl extra chicken')).toEqual(['burrito-bowl x1 [chicken:extra] -[]']);
  });

  it('gives options after "both" and a share\'s "one on" to the right lines', () => {
    expect(deli.lines('a footlong turkey and a 6 inch ham, both on wheat')).toEqual([
      'turkey x1 [twelve-inch,wheat] -[]',
      'ham x1 [six-inch,wheat] -[]',
    ]);
    expect(deli.lines('two footlong turkeys, one on wheat and one on rye')).toEqual([
      'turkey x1 [twelve-inch,wheat] -[]',
      'turkey x1 [twelve-inch,rye] -[]',
    ]);
  });
});

describe('a group word taken off with no dish said', () => {
  it("takes the group's default off the dish in the cart or waiting on its option", () => {
    expect(burritos.lines('no beans', { cart: ['burrito'] })).toEqual(['burrito x1 [] -[black-beans]']);
    expect(burritos.lines('nah no rice please', { cart: ['burrito'] })).toEqual([
      'burrito x1 [] -[white-rice]',
    ]);
    expect(
      burritos.lines('hold the beans, chicken', { expecting: { group: 'protein', itemId: 'burrito' } }),
    ).toEqual(['burrito x1 [chicken] -[black-beans]']);
  });
});
