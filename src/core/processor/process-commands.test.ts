import { describe, expect, it } from 'vitest';
import { fixtureVenue } from '../../testing/fixture-venue.ts';
import type { Generation } from '../ports/command-generator.ts';
import { createSessionState, type SessionState } from '../state/session-state.ts';
import { processCommands } from './process-commands.ts';

const venue = fixtureVenue();
const fresh = (): SessionState => createSessionState({ sessionId: 's', venueId: venue.id, customerId: 'c' });
const gen = (source: string, ...commands: unknown[]): Generation => ({
  source,
  commands: commands.map((command) => ({ command, confidence: 0.9 })),
  notUnderstood: [],
});
const add = (itemId: string, extra: object = {}) => ({ type: 'add_item', itemId, quantity: 1, ...extra });

describe('processCommands', () => {
  it('refuses what is not a command of the closed language', () => {
    const out = processCommands(
      [gen('llm', { type: 'place_order_now' }, add('coke', { quantity: -3 }))],
      fresh(),
      venue,
    );
    expect(out.refusals.map((r) => r.reason)).toEqual(['invalid', 'invalid']);
    expect(out.commands).toEqual([{ type: 'clarify', reason: 'not_understood', choices: [] }]);
  });

  it('turns an unknown item into a clarifying question with the nearest names, never a cart line', () => {
    const out = processCommands([gen('llm', add('chicken-lasagna'))], fresh(), venue);
    expect(out.commands).toHaveLength(1);
    expect(out.commands[0]).toMatchObject({
      type: 'clarify',
      reason: 'unknown_item',
      heard: 'chicken lasagna',
    });
    const choices = (out.commands[0] as { choices: { id: string }[] }).choices.map((c) => c.id);
    expect(choices).toContain('satay-chicken');
    expect(out.commands.some((c) => c.type === 'add_item')).toBe(false);
    expect(out.refusals[0]).toMatchObject({ reason: 'unknown_item', detail: 'chicken-lasagna' });
  });

  it('takes an option the item cannot have off the line and says so', () => {
    const out = processCommands(
      [
        gen(
          'llm',
          add('margherita', {
            options: [
              { group: 'toppings', choice: 'truffle' },
              { group: 'pizza-size', choice: 'large' },
            ],
          }),
        ),
      ],
      fresh(),
      venue,
    );
    expect(out.commands[0]).toMatchObject({
      type: 'add_item',
      options: [{ group: 'pizza-size', choice: 'large' }],
    });
    expect(out.commands[1]).toMatchObject({ type: 'clarify', reason: 'unknown_item', heard: 'truffle' });
    // a size on a drink that has no sizes
    const drink = processCommands(
      [gen('llm', add('coke', { options: [{ group: 'pizza-size', choice: 'large' }] }))],
      fresh(),
      venue,
    );
    expect(drink.commands[0]).toMatchObject({ type: 'add_item', itemId: 'coke', options: [] });
  });

  it('counts the same command from two generators once, and sums two adds from one reading', () => {
    const twice = processCommands([gen('rules', add('coke')), gen('llm', add('coke'))], fresh(), venue);
    expect(twice.commands).toHaveLength(1);
    expect(twice.refusals[0]).toMatchObject({ reason: 'duplicate', source: 'llm' });
    const same = processCommands([gen('rules', add('coke'), add('pepsi'), add('coke'))], fresh(), venue);
    expect(same.commands).toMatchObject([
      { type: 'add_item', itemId: 'coke', quantity: 2 },
      { type: 'add_item', itemId: 'pepsi', quantity: 1 },
    ]);
    const browse = processCommands(
      [gen('rules', { type: 'show_cart' }, { type: 'show_cart' })],
      fresh(),
      venue,
    );
    expect(browse.commands).toHaveLength(1);
  });

  it('settles an add and a remove of one item in one message: the later one stands', () => {
    const out = processCommands(
      [gen('rules', add('coke'), { type: 'remove_item', itemId: 'coke' }, add('pepsi'))],
      fresh(),
      venue,
    );
    expect(out.commands.map((c) => c.type)).toEqual(['remove_item', 'add_item']);
    expect(out.refusals[0]).toMatchObject({ reason: 'conflict' });
  });

  it('never infers a yes from a message that also says no', () => {
    const out = processCommands([gen('rules', { type: 'confirm' }, { type: 'deny' })], fresh(), venue);
    expect(out.commands.map((c) => c.type)).toEqual(['deny']);
  });

  it('keeps the later of two values for one slot', () => {
    const out = processCommands(
      [
        gen(
          'rules',
          { type: 'set_slot', slot: 'name', value: 'Sam' },
          { type: 'set_slot', slot: 'name', value: 'Ana' },
        ),
      ],
      fresh(),
      venue,
    );
    expect(out.commands).toEqual([{ type: 'set_slot', slot: 'name', value: 'Ana' }]);
  });

  it('refuses choosing when nothing was offered', () => {
    const out = processCommands(
      [gen('rules', { type: 'choose', itemId: 'coke' }, { type: 'skip' })],
      fresh(),
      venue,
    );
    expect(out.refusals.map((r) => r.reason)).toEqual(['not_allowed', 'not_allowed']);
  });

  it('drops an unknown category or mood but keeps the request', () => {
    const out = processCommands(
      [gen('llm', { type: 'browse', category: 'sushi' }, { type: 'recommend', mood: 'sleepy' })],
      fresh(),
      venue,
    );
    expect(out.commands).toEqual([
      { type: 'browse', allergenFree: [] },
      { type: 'recommend', exclude: [] },
    ]);
  });
});
