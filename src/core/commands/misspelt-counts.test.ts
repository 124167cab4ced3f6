import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { Menu } from '../../domain/menu-schema.ts';
import { scenarioPlayer } from '../../testing/scenario-player.ts';

const spiceRoute = scenarioPlayer(loadVenue('spice-route'));
const pizzeria = scenarioPlayer(loadVenue('pizzeria'));

/**
 * A venue whose words sit one letter from number words: "Fiv" (five) and "Tenn" (ten) are its own, a
 * wing count of 5 or 10 pieces is asked.
 */
const nearNumbers = scenarioPlayer({
  id: 'near-numbers',
  dir: '',
  moods: [],
  documents: [],
  menu: Menu.parse({
    version: 1,
    venue: {
      id: 'near-numbers',
      name: 'Near Numbers',
      currency: 'USD',
      taxRateBps: 0,
      delivery: { fee: 0 },
      pickup: true,
      paymentMethods: ['card'],
    },
    categories: [{ id: 'mains', name: 'Mains' }],
    optionGroups: [
      {
        id: 'wing-count',
        name: 'Pieces',
        selection: 'single',
        min: 1,
        max: 1,
        prompt: 'How many pieces: 5 or 10?',
        choices: [
          { id: '5-piece', name: '5 pieces' },
          { id: '10-piece', name: '10 pieces', priceDelta: 400 },
        ],
      },
    ],
    items: [
      { id: 'wings', name: 'Wings', optionGroups: ['wing-count'] },
      { id: 'fiv-wrap', name: 'Fiv Wrap', optionGroups: [] },
      { id: 'tenn-burger', name: 'Tenn Burger', optionGroups: [] },
    ].map((i) => ({
      ...i,
      category: 'mains',
      description: 'A dish.',
      ingredients: ['salt'],
      price: { amount: 900, currency: 'USD' },
      diet: 'non-vegetarian',
      allergens: [],
      spiceLevel: 0,
      tags: ['house'],
    })),
  }),
});

describe('a misspelt count in a correction sets the line', () => {
  it.each([
    ['make the samosas thre', 3],
    ['change the samosas to fiv', 5],
    ['make the samosas sevn please', 7],
    ['make the samosas fuor', 4],
  ])('"%s" → %i samosas', async (text, quantity) => {
    expect(
      await spiceRoute([
        { user: '2 samosas', expect: { cart: [{ item: 'samosa', quantity: 2 }] } },
        { user: text, expect: { cart: [{ item: 'samosa', quantity }] } },
      ]),
    ).toEqual([]);
  });

  it.each([
    ['make it fiv', 5],
    ['make that fuor', 4],
    ['actually sevn of them', 7],
  ])('"%s" sets the line in focus to %i', async (text, quantity) => {
    expect(
      await spiceRoute([
        { user: '2 samosas', expect: { cart: [{ item: 'samosa', quantity: 2 }] } },
        { user: text, expect: { cart: [{ item: 'samosa', quantity }] } },
      ]),
    ).toEqual([]);
  });
});

describe('a misspelt number answers a piece-count question', () => {
  it.each([
    ['tenn', '10-piece'],
    ['twnety', '20-piece'],
    ['tenn please', '10-piece'],
    ['sixx', '6-piece'],
  ])('"%s" picks %s', async (text, choice) => {
    expect(
      await pizzeria([
        { user: 'chicken wings', expect: { pending: 'option:wing-count' } },
        { user: text, expect: { pending: 'option:wing-sauce' } },
        { user: 'plain', expect: { cart: [{ item: 'chicken-wings', quantity: 1, options: [choice] }] } },
      ]),
    ).toEqual([]);
  });
});

describe('words near number words stay words in corrections and answers', () => {
  it('"make it fine" and "for there" change no count', async () => {
    for (const text of ['make it fine', 'for there'])
      expect(
        await spiceRoute([
          { user: '2 samosas', expect: { cart: [{ item: 'samosa', quantity: 2 }] } },
          { user: text, expect: { cart: [{ item: 'samosa', quantity: 2 }] } },
        ]),
      ).toEqual([]);
  });

  it('"change the samosas to tree nuts free" is no count of three', async () => {
    expect(
      await spiceRoute([
        { user: '2 samosas', expect: { cart: [{ item: 'samosa', quantity: 2 }] } },
        { user: 'change the samosas to tree', expect: { cart: [{ item: 'samosa', quantity: 2 }] } },
        { user: 'change it to tree nuts free', expect: { cart: [{ item: 'samosa', quantity: 2 }] } },
      ]),
    ).toEqual([]);
  });

  it("a menu word near a number word is the venue's, never a count in a correction", async () => {
    expect(
      await nearNumbers([
        { user: '2 wings 5 pieces', expect: { cart: [{ item: 'wings', quantity: 2 }] } },
        { user: 'make the wings fiv', expect: { cart_has: [{ item: 'wings', quantity: 2 }] } },
      ]),
    ).toEqual([]);
    // …while a misspelt number that is no menu word there still counts
    expect(
      await nearNumbers([
        { user: '2 wings 5 pieces', expect: { cart: [{ item: 'wings', quantity: 2 }] } },
        { user: 'make the wings thre', expect: { cart: [{ item: 'wings', quantity: 3 }] } },
      ]),
    ).toEqual([]);
  });

  it('a menu word near a number word never picks a count choice', async () => {
    expect(
      await nearNumbers([
        { user: 'wings', expect: { pending: 'option:wing-count' } },
        { user: 'tenn', expect: { cart_lacks: ['wings'] } },
      ]),
    ).toEqual([]);
    expect(
      await nearNumbers([
        { user: 'wings', expect: { pending: 'option:wing-count' } },
        { user: 'fvie', expect: { cart: [{ item: 'wings', options: ['5-piece'] }] } },
      ]),
    ).toEqual([]);
  });
});
