import { Menu, type MenuInput, type Venue } from '../../domain/index.ts';

/** A small menu exercising every pricing rule; tests use it instead of a real venue. */
export const fixtureMenuInput: MenuInput = {
  version: 1,
  venue: {
    id: 'fixture-diner',
    name: 'Fixture Diner',
    currency: 'USD',
    taxRateBps: 825,
    delivery: { available: true, fee: 499, freeAbove: 5000, minimumOrder: 1500 },
    pickup: true,
    paymentMethods: ['card', 'cash'],
  },
  categories: [
    { id: 'mains', name: 'Mains' },
    { id: 'drinks', name: 'Drinks' },
  ],
  optionGroups: [
    {
      id: 'size',
      name: 'Size',
      selection: 'single',
      min: 1,
      max: 1,
      prompt: 'Which size?',
      choices: [
        { id: 'regular', name: 'Regular' },
        { id: 'large', name: 'Large', priceDelta: 300 },
      ],
    },
    {
      id: 'toppings',
      name: 'Toppings',
      selection: 'multiple',
      min: 0,
      max: 4,
      qualifiers: ['light', 'extra'],
      choices: [
        { id: 'onions', name: 'Onions', default: true },
        { id: 'cheese', name: 'Cheese', priceDelta: 100, extraPriceDelta: 150, maxQuantity: 2 },
        { id: 'bacon', name: 'Bacon', priceDelta: 200, diet: 'non-vegetarian' },
        { id: 'truffle', name: 'Truffle', priceDelta: 900, available: false },
      ],
    },
    {
      id: 'shots',
      name: 'Espresso shots',
      selection: 'multiple',
      min: 0,
      max: 3,
      choices: [{ id: 'shot', name: 'Extra shot', priceDelta: 75, maxQuantity: 3 }],
    },
  ],
  items: [
    {
      id: 'veggie-burger',
      name: 'Veggie Burger',
      aliases: ['garden burger'],
      category: 'mains',
      description: 'A grilled black bean patty on a brioche bun.',
      ingredients: ['black beans', 'brioche bun', 'lettuce'],
      price: { amount: 1000, currency: 'USD' },
      diet: 'vegetarian',
      allergens: ['gluten', 'eggs'],
      spiceLevel: 0,
      tags: ['comfort'],
      optionGroups: ['size', 'toppings'],
      stock: 50,
    },
    {
      id: 'vegan-bowl',
      name: 'Vegan Bowl',
      category: 'mains',
      description: 'Quinoa, roasted chickpeas and tahini.',
      ingredients: ['quinoa', 'chickpeas', 'tahini'],
      price: { amount: 1250, currency: 'USD' },
      diet: 'vegan',
      dietFlags: ['gluten-free'],
      allergens: ['sesame'],
      spiceLevel: 1,
      tags: ['light'],
    },
    {
      id: 'chicken-wings',
      name: 'Chicken Wings',
      aliases: ['wings'],
      category: 'mains',
      description: 'Crispy wings with a hot glaze.',
      ingredients: ['chicken', 'chili glaze'],
      price: { amount: 899, currency: 'USD' },
      diet: 'non-vegetarian',
      allergens: ['celery'],
      spiceLevel: 3,
      tags: ['shareable'],
      stock: 20,
    },
    {
      id: 'latte',
      name: 'Latte',
      category: 'drinks',
      description: 'Espresso with steamed milk.',
      ingredients: ['espresso', 'milk'],
      price: { amount: 450, currency: 'USD' },
      diet: 'vegetarian',
      allergens: ['milk'],
      spiceLevel: 0,
      tags: ['comfort'],
      optionGroups: ['shots'],
    },
    {
      id: 'seasonal-pie',
      name: 'Seasonal Pie',
      category: 'mains',
      description: 'Off the menu until autumn.',
      ingredients: ['apples'],
      price: { amount: 700, currency: 'USD' },
      diet: 'vegan',
      allergens: ['gluten'],
      spiceLevel: 0,
      tags: ['seasonal'],
      available: false,
    },
  ],
};

export function fixtureMenu(): Menu {
  return Menu.parse(structuredClone(fixtureMenuInput));
}

export function fixtureVenue(): Venue {
  return { id: 'fixture-diner', dir: '(fixture)', menu: fixtureMenu(), moods: [], documents: [] };
}
