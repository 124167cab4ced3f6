import { describe, expect, it } from 'vitest';
import { groupNoun } from './group-noun.ts';

describe('groupNoun', () => {
  it('makes a plural group name singular, lead words dropped', () => {
    expect(groupNoun('Syrups')).toBe('syrup');
    expect(groupNoun('Extra Toppings')).toBe('topping');
    expect(groupNoun('Add Cheese')).toBe('cheese');
    expect(groupNoun('Sauces')).toBe('sauce');
    expect(groupNoun('Patties')).toBe('patty');
  });

  it('keeps singular names and words that only look plural', () => {
    expect(groupNoun('Size')).toBe('size');
    expect(groupNoun('Hummus')).toBe('hummus');
    expect(groupNoun('Bread Choice')).toBe('bread choice');
  });
});
