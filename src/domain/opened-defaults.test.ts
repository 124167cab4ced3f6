import { describe, expect, it } from 'vitest';
import { Menu } from './menu-schema.ts';
import { openedDefaults } from './opened-defaults.ts';

const menu = Menu.parse({
  version: 1,
  venue: {
    id: 'v',
    name: 'V',
    currency: 'USD',
    taxRateBps: 0,
    delivery: { fee: 0 },
    paymentMethods: ['card'],
  },
  categories: [{ id: 'mains', name: 'Mains' }],
  optionGroups: [
    {
      id: 'bun',
      name: 'Bun',
      selection: 'single',
      min: 1,
      max: 1,
      choices: [{ id: 'soft', name: 'Soft', default: true }],
    },
    {
      id: 'meal',
      name: 'Meal',
      selection: 'single',
      min: 0,
      max: 1,
      choices: [{ id: 'meal', name: 'Meal', priceDelta: 300 }],
    },
    {
      id: 'meal-side',
      name: 'Meal side',
      selection: 'single',
      min: 0,
      max: 1,
      offeredWith: { group: 'meal' },
      choices: [
        { id: 'chips', name: 'Chips', default: true },
        { id: 'salad', name: 'Salad' },
      ],
    },
  ],
  items: [
    {
      id: 'burger',
      name: 'Burger',
      category: 'mains',
      price: { amount: 900, currency: 'USD' },
      diet: 'non-vegetarian',
      allergens: [],
      optionGroups: ['bun', 'meal', 'meal-side'],
    },
  ],
});

const meal = { group: 'meal', choice: 'meal' };

describe('openedDefaults', () => {
  it('gives the default of a group the held choice opens, not the dish’s own defaults', () => {
    expect(
      openedDefaults(menu, { itemId: 'burger', options: [meal], without: [] }).map((c) => c.name),
    ).toEqual(['Chips']);
  });

  it('gives nothing without the gate choice, with a pick in the group, or with the default removed', () => {
    expect(openedDefaults(menu, { itemId: 'burger', options: [], without: [] })).toEqual([]);
    const salad = { group: 'meal-side', choice: 'salad' };
    expect(openedDefaults(menu, { itemId: 'burger', options: [meal, salad], without: [] })).toEqual([]);
    const noChips = { group: 'meal-side', choice: 'chips' };
    expect(openedDefaults(menu, { itemId: 'burger', options: [meal], without: [noChips] })).toEqual([]);
    expect(openedDefaults(menu, { itemId: 'nope', options: [meal], without: [] })).toEqual([]);
  });
});
