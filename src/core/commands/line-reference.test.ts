import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import { createSessionState } from '../state/session-state.ts';
import { createUnderstanding } from '../understand/index.ts';
import { generateCommands } from './generate-commands.ts';
import { readLineReference } from './line-reference.ts';

const pizzeria = loadVenue('pizzeria');
const understanding = createUnderstanding(pizzeria.menu, pizzeria.moods, pizzeria.documents);
const config = createDialogConfig();

/** The commands the rules propose for `text` with these items in the cart (the line last touched: line-2). */
function commandsFor(text: string, cart: string[]) {
  const state = createSessionState({ sessionId: 's', venueId: pizzeria.menu.venue.id, customerId: 'c' });
  state.cartItems = cart;
  state.lastLineId = 'line-2';
  return generateCommands(understanding.parse(text, { cart }), state, pizzeria, config);
}

describe('readLineReference', () => {
  it('reads an option the line carries as pointing, not as a change', () => {
    const r = readLineReference('change the large one to medium', pizzeria, [
      { choice: 'large' },
      { choice: 'medium' },
    ]);
    expect(r?.ref.has).toEqual(['large']);
    expect([...(r?.pointing ?? [])]).toEqual(['large']);
    expect(
      readLineReference('remove the one with mushrooms', pizzeria, [{ choice: 'mushrooms' }])?.ref.has,
    ).toEqual(['mushrooms']);
  });

  it('reads a position, one unit of a line, and every line', () => {
    expect(readLineReference('the second pizza without olives', pizzeria, [])?.ref.ordinal).toBe(2);
    expect(readLineReference('remove the last one', pizzeria, [])?.ref.ordinal).toBe(-1);
    expect(
      readLineReference('make one of them thin crust', pizzeria, [{ choice: 'thin-crust' }])?.ref,
    ).toEqual({
      has: [],
      one: true,
    });
    expect(readLineReference('thin crust on both', pizzeria, [{ choice: 'thin-crust' }])?.ref.all).toBe(true);
  });

  it('reads nothing when no line is pointed at', () => {
    expect(readLineReference('thin crust please', pizzeria, [{ choice: 'thin-crust' }])).toBeUndefined();
    expect(readLineReference('no mushrooms', pizzeria, [{ choice: 'mushrooms' }])).toBeUndefined();
    expect(readLineReference("that's all", pizzeria, [])).toBeUndefined();
  });
});

describe('line references in the rule generator', () => {
  const cart = ['pepperoni-pizza', 'cheese-pizza'];

  it('removes the line pointed at by its option instead of changing a topping', () => {
    expect(commandsFor('remove the mushroom one', cart)).toMatchObject([
      { type: 'remove_item', line: { has: ['mushrooms'] } },
    ]);
  });

  it('changes one unit of a line without taking "one" as a count', () => {
    const [cmd, ...rest] = commandsFor('make one of the pepperoni pizzas thin crust', cart);
    expect(rest).toEqual([]);
    expect(cmd).toMatchObject({ type: 'update_item', itemId: 'pepperoni-pizza', line: { one: true } });
    expect(cmd).not.toHaveProperty('quantity');
  });

  it('applies the new size, not the size that pointed at the line', () => {
    expect(commandsFor('change the large one to medium', cart)).toMatchObject([
      { type: 'update_item', options: [{ choice: 'medium' }], line: { has: ['large'] } },
    ]);
  });

  it('points "make it …" at the line last touched', () => {
    expect(commandsFor('make it thin crust', cart)).toMatchObject([
      { type: 'update_item', line: { lineId: 'line-2' } },
    ]);
  });

  it('never proposes an add, a yes or checkout for a reference to a cart line', () => {
    for (const text of [
      'remove the mushroom one',
      'make one of them thin crust',
      'the second pizza without olives',
      'change the large one to medium',
      'thin crust on both',
      'remove one of them',
    ])
      for (const cmd of commandsFor(text, cart))
        expect(['add_item', 'confirm', 'start_flow'], text).not.toContain(cmd.type);
  });

  it('marks a half-and-half order so the engine asks before adding', () => {
    expect(commandsFor('a large pizza half pepperoni half mushroom', [])).toMatchObject([
      {
        type: 'add_item',
        itemId: 'pepperoni-pizza',
        halves: true,
        options: [{ choice: 'mushrooms' }, { choice: 'large' }],
      },
    ]);
    expect(commandsFor('a large pepperoni pizza with mushrooms', [])[0]).not.toHaveProperty('halves');
  });

  it('reads a message seen before as the first time, whatever options it is read with', () => {
    for (let i = 0; i < 2; i++) {
      expect(readLineReference('remove the large one', pizzeria, [{ choice: 'large' }])?.ref).toEqual({
        has: ['large'],
      });
      expect(readLineReference('make the last one large', pizzeria, [])?.ref).toEqual({
        has: [],
        ordinal: -1,
      });
      expect(readLineReference('remove one of them', pizzeria, [])?.ref).toEqual({ has: [], one: true });
      expect(readLineReference('a margherita', pizzeria, [])).toBeUndefined();
    }
  });
});

describe('readLineReference: "for all", "on everything" point at every line', () => {
  it.each([
    'thin crust for all',
    'extra cheese on everything',
    'thin crust on all of em',
    'well done for everyone',
    'thin crust on all',
  ])('"%s" is every line', (text) => {
    expect(readLineReference(text, pizzeria, [])?.ref.all).toBe(true);
  });

  it.each(['thats all', 'is that all', 'thin crust please', 'how much in all'])('"%s" is not', (text) => {
    expect(readLineReference(text, pizzeria, [])?.ref.all).toBeUndefined();
  });
});
