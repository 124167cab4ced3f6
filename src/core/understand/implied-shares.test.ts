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

  it('reads a misspelt lead count as the count to split', () => {
    expect(pizzeria.lines('thre larges, one with ham, one with bacon')).toEqual(
      pizzeria.lines('3 larges, one with ham, one with bacon'),
    );
    expect(pizzeria.lines('tow mediums one with pepperoni and one with mushrooms')).toEqual(
      pizzeria.lines('two mediums one with pepperoni and one with mushrooms'),
    );
    // "tree" is a word, not a misspelt "three": no count to split
    const units = (text: string) => pizzeria.parse(text).lines.reduce((sum, l) => sum + l.quantity, 0);
    expect(units('tree larges, one with ham, one with bacon')).toBeLessThan(3);
  });
});
