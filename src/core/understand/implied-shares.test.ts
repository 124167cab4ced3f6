import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const pizzeria = venueParser('pizzeria');

describe('per-unit shares of a dish named by its options', () => {
  it('splits a count into the shares that say their own options, each with the options said first', () => {
    expect(pizzeria.lines('two mediums one with pepperoni and one with mushrooms')).toEqual([
      'pepperoni-pizza x1 [medium] -[]',
      'cheese-pizza x1 [medium,mushrooms] -[]',
    ]);
    expect(pizzeria.lines('2 mediums, one pepperoni one mushroom')).toHaveLength(2);
  });

  it('gives the units no share takes the options said first', () => {
    expect(pizzeria.lines('3 larges, one with ham, one with bacon')).toEqual([
      'cheese-pizza x1 [large,ham] -[]',
      'cheese-pizza x1 [large,bacon] -[]',
      'cheese-pizza x1 [large] -[]',
    ]);
  });

  it('leaves readings that already split, or that name no shares, as they were', () => {
    expect(pizzeria.lines('2 large cheese pizzas one with bacon one with ham')).toEqual([
      'cheese-pizza x1 [large,bacon] -[]',
      'cheese-pizza x1 [large,ham] -[]',
    ]);
    expect(pizzeria.lines('two large pepperoni pizzas')).toEqual(['pepperoni-pizza x2 [large] -[]']);
  });
});
