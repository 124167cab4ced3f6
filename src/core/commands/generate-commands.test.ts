import { describe, expect, it } from 'vitest';
import { fixtureVenue } from '../../testing/fixture-venue.ts';
import { parsed } from '../../testing/parse-result-builder.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import { createSessionState, type SessionState } from '../state/session-state.ts';
import { generateCommands } from './generate-commands.ts';

const venue = fixtureVenue();
const config = createDialogConfig();
const fresh = (): SessionState => createSessionState({ sessionId: 's', venueId: venue.id, customerId: 'c' });
const types = (cmds: { type: string }[]) => cmds.map((c) => c.type);

describe('generateCommands', () => {
  it('turns order lines into add_item commands in the order they were said', () => {
    const cmds = generateCommands(
      parsed('a coke and two margheritas', {
        intents: ['order_add'],
        lines: [
          { itemId: 'margherita', quantity: 2, span: [12, 22] },
          { itemId: 'coke', quantity: 1, span: [2, 6] },
        ],
      }),
      fresh(),
      venue,
      config,
    );
    expect(cmds.map((c) => (c.type === 'add_item' ? `${c.quantity}×${c.itemId}` : c.type))).toEqual([
      '1×coke',
      '2×margherita',
    ]);
  });

  it('carries a qualified removal, "another" and an unknown count into add_item', () => {
    const cmds = generateCommands(
      parsed('x', {
        intents: ['order_add'],
        lines: [
          {
            itemId: 'margherita',
            span: [1, 2],
            without: [{ group: 'toppings', choice: 'cheese', choiceName: 'Cheese', qualifier: 'extra' }],
          },
          { itemId: 'coke', more: true, span: [3, 4] },
          { itemId: 'pepsi', quantityUnknown: true, quantityExplicit: false, span: [5, 6] },
        ],
      }),
      fresh(),
      venue,
      config,
    );
    expect(cmds).toMatchObject([
      { type: 'add_item', itemId: 'margherita', without: [{ choice: 'cheese', qualifier: 'extra' }] },
      { type: 'add_item', itemId: 'coke', more: true },
      { type: 'add_item', itemId: 'pepsi', quantityUnknown: true },
    ]);
  });

  it('maps remove, replace and update line actions', () => {
    const cmds = generateCommands(
      parsed('x', {
        intents: ['order_update', 'order_remove'],
        lines: [
          { itemId: 'coke', action: 'remove', span: [1, 2] },
          { itemId: 'pepsi', action: 'replace', quantityExplicit: false, span: [3, 4] },
          {
            itemId: 'margherita',
            action: 'update',
            quantityExplicit: false,
            span: [5, 6],
            options: [{ group: 'pizza-size', choice: 'large', choiceName: 'Large', quantity: 1 }],
          },
        ],
      }),
      fresh(),
      venue,
      config,
    );
    expect(cmds).toMatchObject([
      { type: 'remove_item', itemId: 'coke' },
      { type: 'update_item', replaceWith: 'pepsi' },
      { type: 'update_item', itemId: 'margherita', options: [{ group: 'pizza-size', choice: 'large' }] },
    ]);
  });

  it('reads a bare quantity as a correction of the last line', () => {
    const cmds = generateCommands(
      parsed('make that two', { intents: ['order_update'], quantity: 2 }),
      fresh(),
      venue,
      config,
    );
    expect(cmds).toEqual([{ type: 'update_item', quantity: 2 }]);
  });

  it('answers a pending option question from the text when understanding found no item', () => {
    const state = fresh();
    state.pending = { kind: 'option', group: 'pizza-size', itemId: 'margherita', question: 'Which size?' };
    expect(generateCommands(parsed('large please'), state, venue, config)).toEqual([
      { type: 'choose_option', group: 'pizza-size', choice: 'large' },
    ]);
  });

  it('fills the pending slot, or corrects it when already filled', () => {
    const state = fresh();
    state.pending = { kind: 'slot', slot: 'name', question: 'Name?' };
    expect(
      generateCommands(
        parsed('Priya', { intents: ['provide_info'], slots: { name: 'Priya' } }),
        state,
        venue,
        config,
      ),
    ).toEqual([{ type: 'set_slot', slot: 'name', value: 'Priya' }]);
    state.slots.fulfillment = 'delivery';
    const cmds = generateCommands(
      parsed('pickup', { intents: ['provide_info'], slots: { fulfillment: 'pickup' } }),
      state,
      venue,
      config,
    );
    expect(cmds).toContainEqual({ type: 'correct_slot', slot: 'fulfillment', value: 'pickup' });
  });

  it('takes only the value understanding validated as the pending slot, never the whole message', () => {
    const state = fresh();
    state.pending = { kind: 'slot', slot: 'address', question: 'Address?' };
    // "555-0100" at the address question: understanding read a phone, so the phone is set, not the address
    const cmds = generateCommands(
      parsed('555-0100', { intents: ['provide_info'], slots: { phone: '555-0100' } }),
      state,
      venue,
      config,
    );
    expect(cmds).toEqual([{ type: 'set_slot', slot: 'phone', value: '555-0100' }]);
    // a question at the name question sets nothing
    state.pending = { kind: 'slot', slot: 'name', question: 'Name?' };
    const asked = generateCommands(
      parsed('how much is it so far?', { intents: ['item_info'] }),
      state,
      venue,
      config,
    );
    expect(asked.filter((c) => c.type === 'set_slot')).toEqual([]);
  });

  it('skips an optional slot but never turns "skip" into a name', () => {
    const state = fresh();
    state.pending = { kind: 'slot', slot: 'name', question: 'Name?' };
    expect(
      types(generateCommands(parsed('skip', { slots: { name: 'skip' } }), state, venue, config)),
    ).toEqual(['skip']);
  });

  it('puts stated constraints first and does not browse for "I\'m vegan"', () => {
    const cmds = generateCommands(
      parsed("I'm vegan", {
        intents: ['provide_info', 'browse_menu'],
        constraints: { diet: 'vegan', allergies: [] },
        filters: { diet: 'vegan', allergenFree: [] },
      }),
      fresh(),
      venue,
      config,
    );
    expect(cmds).toEqual([{ type: 'set_constraint', diet: 'vegan', allergies: [] }]);
  });

  it('offers the closest names for an unknown item and never guesses it into the cart', () => {
    const cmds = generateCommands(
      parsed('a margarita', {
        intents: ['order_add'],
        unresolved: [
          { text: 'margarita', suggestions: [{ id: 'margherita', name: 'Margherita', score: 0.5 }] },
        ],
      }),
      fresh(),
      venue,
      config,
    );
    expect(cmds).toEqual([
      {
        type: 'clarify',
        reason: 'unknown_item',
        heard: 'margarita',
        choices: [{ id: 'margherita', name: 'Margherita' }],
      },
    ]);
  });

  it('asks which one when a category or a shared word was named', () => {
    const cmds = generateCommands(
      parsed('two pizzas', {
        intents: ['order_add'],
        quantity: 2,
        unresolved: [
          {
            text: 'pizza',
            suggestions: [
              { id: 'margherita', name: 'Margherita', score: 0.5 },
              { id: 'pepperoni-pizza', name: 'Pepperoni Pizza', score: 0.5 },
            ],
          },
        ],
      }),
      fresh(),
      venue,
      config,
    );
    expect(cmds).toMatchObject([{ type: 'clarify', reason: 'ambiguous', quantity: 2 }]);
  });

  it('reads out of scope as such, and an unsure parse as not understood', () => {
    expect(generateCommands(parsed('how is the dow'), fresh(), venue, config)).toEqual([
      { type: 'chitchat', kind: 'out_of_scope' },
    ]);
    const unsure = parsed('hmm', { intents: ['order_add'] });
    unsure.intents[0]!.confidence = 0.1;
    expect(types(generateCommands(unsure, fresh(), venue, config))).toEqual(['clarify']);
  });

  it('treats "yes" as confirm and a faq as ask_knowledge', () => {
    expect(types(generateCommands(parsed('yes', { intents: ['affirm'] }), fresh(), venue, config))).toEqual([
      'confirm',
    ]);
    expect(generateCommands(parsed('open sunday?', { intents: ['faq'] }), fresh(), venue, config)).toEqual([
      { type: 'ask_knowledge', question: 'open sunday?' },
    ]);
  });

  it('never lets a count below 1 become an add or a change: it becomes an invalid_quantity clarify', () => {
    for (const quantity of [0, -3]) {
      const cmds = generateCommands(
        parsed('x', { intents: ['order_add'], lines: [{ itemId: 'coke', quantity }] }),
        fresh(),
        venue,
        config,
      );
      expect(cmds).toEqual([
        expect.objectContaining({ type: 'clarify', reason: 'invalid_quantity', heard: 'coke' }),
      ]);
    }
    const change = generateCommands(
      parsed('make that 0', { intents: ['order_update'], quantity: 0 }),
      fresh(),
      venue,
      config,
    );
    expect(change).toEqual([expect.objectContaining({ type: 'clarify', reason: 'invalid_quantity' })]);
  });

  it('does not read a number inside a detail given in the same message as a quantity', () => {
    const cmds = generateCommands(
      parsed('make it delivery to 12 Elm Street', {
        intents: ['order_update', 'provide_info'],
        quantity: 12,
        slots: { fulfillment: 'delivery', address: '12 Elm Street' },
      }),
      fresh(),
      venue,
      config,
    );
    expect(types(cmds)).not.toContain('update_item');
    expect(types(cmds)).toContain('set_slot');
  });

  describe('a count names its line', () => {
    const withCart = (...items: string[]): SessionState => ({ ...fresh(), cartItems: items });
    const update = (cmds: ReturnType<typeof generateCommands>) =>
      cmds.map((c) => (c.type === 'update_item' ? `update ${c.quantity}×${c.itemId}` : c.type));

    it('reads the count said after the dish a change names', () => {
      const cmds = generateCommands(
        parsed('make the margheritas 3', {
          intents: ['order_update'],
          lines: [{ itemId: 'margherita', action: 'update', quantityExplicit: false, span: [9, 20] }],
        }),
        withCart('margherita', 'coke'),
        venue,
        config,
      );
      expect(update(cmds)).toEqual(['update 3×margherita']);
    });

    it('takes no count when more words follow the number', () => {
      const cmds = generateCommands(
        parsed('make the margheritas 12 inch', {
          intents: ['order_update'],
          lines: [{ itemId: 'margherita', action: 'update', quantityExplicit: false, span: [9, 20] }],
        }),
        withCart('margherita'),
        venue,
        config,
      );
      expect(update(cmds)).toEqual(['update undefined×margherita']);
    });

    it('reads "N of the X" for a dish in the cart as its count, and "N more of the X" as an addition', () => {
      const of = (text: string, start: number, more = false) =>
        generateCommands(
          parsed(text, {
            intents: ['order_add'],
            lines: [
              { itemId: 'margherita', quantity: 3, span: [start, text.length], ...(more ? { more } : {}) },
            ],
          }),
          withCart('margherita'),
          venue,
          config,
        );
      expect(update(of('i want 3 of the margheritas', 16))).toEqual(['update 3×margherita']);
      expect(update(of('i want 3 more of the margheritas', 21))).toEqual(['add_item']);
      expect(types(of('3 of the margheritas', 9).slice(0, 1))).toEqual(['update_item']);
      // not in the cart: "3 of the margheritas" is an order
      const fresh3 = generateCommands(
        parsed('i want 3 of the margheritas', {
          intents: ['order_add'],
          lines: [{ itemId: 'margherita', quantity: 3, span: [16, 27] }],
        }),
        fresh(),
        venue,
        config,
      );
      expect(types(fresh3)).toEqual(['add_item']);
    });
  });
});
