import { ALLERGENS, DIETS, Menu, type MenuInput } from '../src/domain/menu-schema.ts';
import { Moods } from '../src/domain/moods-schema.ts';
import type { Venue } from '../src/domain/venue.ts';

const ADJECTIVES = [
  'Smoky',
  'Crispy',
  'Golden',
  'Spicy',
  'Tangy',
  'Herbed',
  'Roasted',
  'Charred',
  'Zesty',
  'Creamy',
];
const BASES = [
  'Paprika',
  'Lemon',
  'Garlic',
  'Ginger',
  'Basil',
  'Chipotle',
  'Sesame',
  'Mango',
  'Truffle',
  'Pepper',
];
const PROTEINS = [
  'Chicken',
  'Tofu',
  'Paneer',
  'Beef',
  'Prawn',
  'Mushroom',
  'Lentil',
  'Lamb',
  'Salmon',
  'Halloumi',
];
const DISHES = [
  'Bowl',
  'Wrap',
  'Salad',
  'Curry',
  'Burger',
  'Flatbread',
  'Noodles',
  'Skewers',
  'Soup',
  'Taco',
];
const TAGS = ['comfort', 'light', 'shareable', 'celebratory', 'spicy', 'classic'];

/**
 * A deterministic 200-item venue for benchmarks: ten categories, a required size on half of them,
 * add-ons, varied diets, allergens and spice. Names are combinations, so the lexicon is realistically large.
 */
export function syntheticVenue(count = 200): Venue {
  const items: MenuInput['items'] = [];
  for (let i = 0; i < count; i++) {
    const dish = DISHES[i % DISHES.length]!;
    const protein = PROTEINS[Math.floor(i / DISHES.length) % PROTEINS.length]!;
    const adjective = ADJECTIVES[Math.floor(i / 100) % ADJECTIVES.length]!;
    const base = BASES[(i * 7) % BASES.length]!;
    const name = `${adjective} ${base} ${protein} ${dish}`;
    const diet = ['Tofu', 'Mushroom', 'Lentil'].includes(protein)
      ? 'vegan'
      : ['Paneer', 'Halloumi'].includes(protein)
        ? 'vegetarian'
        : DIETS[2];
    items.push({
      id: name.toLowerCase().replaceAll(' ', '-'),
      name,
      category: dish.toLowerCase(),
      description: `${adjective} ${protein.toLowerCase()} ${dish.toLowerCase()} with ${base.toLowerCase()}.`,
      ingredients: [protein.toLowerCase(), base.toLowerCase(), 'salt'],
      price: { amount: 700 + ((i * 37) % 1500), currency: 'USD' },
      diet,
      allergens: [ALLERGENS[i % ALLERGENS.length]!],
      spiceLevel: i % 5,
      tags: [TAGS[i % TAGS.length]!, TAGS[(i + 2) % TAGS.length]!],
      optionGroups: i % 2 === 0 ? ['size', 'add-ons'] : ['add-ons'],
      ...(i % 50 === 7 ? { stock: 3 } : {}),
    });
  }
  const menu = Menu.parse({
    version: 1,
    venue: {
      id: 'synthetic',
      name: 'Synthetic Kitchen',
      currency: 'USD',
      taxRateBps: 800,
      delivery: { available: true, fee: 299, freeAbove: 4000, minimumOrder: 0 },
      pickup: true,
      paymentMethods: ['card', 'cash'],
    },
    categories: DISHES.map((d) => ({ id: d.toLowerCase(), name: `${d}s` })),
    optionGroups: [
      {
        id: 'size',
        name: 'Size',
        selection: 'single',
        min: 1,
        max: 1,
        prompt: 'Which size: regular or large?',
        choices: [
          { id: 'regular', name: 'Regular' },
          { id: 'large', name: 'Large', priceDelta: 300 },
        ],
      },
      {
        id: 'add-ons',
        name: 'Add-ons',
        selection: 'multiple',
        min: 0,
        max: 4,
        qualifiers: ['extra'],
        choices: [
          { id: 'avocado', name: 'Avocado', priceDelta: 150 },
          { id: 'fried-egg', name: 'Fried Egg', priceDelta: 100, diet: 'vegetarian', allergens: ['eggs'] },
          { id: 'bacon', name: 'Bacon', priceDelta: 200, diet: 'non-vegetarian' },
          { id: 'pickled-onions', name: 'Pickled Onions', priceDelta: 50 },
        ],
      },
    ],
    items,
  } satisfies MenuInput);
  const moods = Moods.parse({
    version: 1,
    moods: [
      {
        id: 'stressed',
        name: 'Stressed',
        aliases: ['stressed', 'long day'],
        tags: ['comfort'],
        maxSpice: 1,
        explanation: 'Mild and comforting.',
      },
      {
        id: 'happy',
        name: 'Happy',
        aliases: ['celebrating'],
        tags: ['celebratory', 'shareable'],
        explanation: 'Made for sharing.',
      },
    ],
  }).moods;
  return {
    id: 'synthetic',
    dir: '(generated)',
    menu,
    moods,
    documents: [
      {
        id: 'hours',
        title: 'Opening hours',
        text: '# Opening hours\n\nOpen every day from 11am to 11pm.\n\nOn holidays we close at 8pm.\n',
      },
      {
        id: 'delivery',
        title: 'Delivery',
        text: '# Delivery\n\nWe deliver within 6 km; delivery is free above $40.\n',
      },
    ],
  };
}
