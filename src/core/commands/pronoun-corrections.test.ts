import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { scenarioPlayer } from '../../testing/scenario-player.ts';

/** Plays the turns at spice-route; the failed expectations (empty when all held). */
const play = scenarioPlayer(loadVenue('spice-route'));

describe('a count said of "it", "that" or "those" changes the line it points at', () => {
  it.each([
    ['change it to five', 5],
    ['make it 3', 3],
    ['actually make that two', 2],
    ['change that to 4 please', 4],
    ['change those to 6', 6],
    ['could you change it to 2', 2],
    ['modify that to 4', 4],
    ['make those 3', 3],
  ])('"%s" sets the sole line to %i', async (text, quantity) => {
    expect(
      await play([
        { user: '1 samosa', expect: { cart: [{ item: 'samosa', quantity: 1 }] } },
        { user: text, expect: { cart: [{ item: 'samosa', quantity }] } },
      ]),
    ).toEqual([]);
  });

  it('the line last added is the one "it" points at', async () => {
    expect(
      await play([
        { user: '1 samosa' },
        { user: '1 mango lassi' },
        {
          user: 'change it to four',
          expect: {
            cart: [
              { item: 'samosa', quantity: 1 },
              { item: 'mango-lassi', quantity: 4 },
            ],
          },
        },
      ]),
    ).toEqual([]);
  });

  it('several lines and none in focus: the bot asks which, and changes nothing yet', async () => {
    expect(
      await play([
        { user: '1 samosa' },
        { user: '1 mango lassi' },
        { user: '1 coke' },
        { user: 'remove the coke', expect: { cart_lines: 2 } },
        {
          user: 'change it to 3',
          expect: {
            pending: 'clarify',
            cart: [
              { item: 'samosa', quantity: 1 },
              { item: 'mango-lassi', quantity: 1 },
            ],
          },
        },
        {
          user: 'the samosa',
          expect: {
            cart: [
              { item: 'samosa', quantity: 3 },
              { item: 'mango-lassi', quantity: 1 },
            ],
          },
        },
      ]),
    ).toEqual([]);
  });
});
