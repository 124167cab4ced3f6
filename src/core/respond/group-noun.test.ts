import { describe, expect, it } from 'vitest';
import { groupChoices, groupNoun } from './group-noun.ts';

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

describe('groupChoices', () => {
  it('a plural name is its choices as it is; a singular one takes "choices"', () => {
    expect(groupChoices('Syrups')).toBe('syrups');
    expect(groupChoices('Toppings')).toBe('toppings');
    expect(groupChoices('Size')).toBe('size choices');
    expect(groupChoices('Swiss')).toBe('swiss choices');
  });
});
