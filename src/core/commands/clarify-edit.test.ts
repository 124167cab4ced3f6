import { describe, expect, it } from 'vitest';
import { fixtureVenue } from '../../testing/fixture-venue.ts';
import { parsed } from '../../testing/parse-result-builder.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import { createSessionState } from '../state/session-state.ts';
import { generateCommands } from './generate-commands.ts';

const venue = fixtureVenue();
const config = createDialogConfig();
const ids = venue.menu.items.slice(0, 3).map((i) => i.id) as [string, string, string];
const state = (cart: string[]) => ({
  ...createSessionState({ sessionId: 's', venueId: venue.id, customerId: 'c' }),
  cartItems: cart,
});
const unresolved = [
  {
    text: 'x',
    suggestions: [
      { id: ids[0], name: 'X One', score: 1 },
      { id: ids[1], name: 'X Two', score: 1 },
    ],
  },
];

describe('clarifyCarriesEdit (through generateCommands)', () => {
  it('a removal whose dish is ambiguous between cart dishes asks which, carrying the removal', () => {
    const cmds = generateCommands(
      parsed('remove the x', { intents: ['order_remove'], unresolved }),
      state([ids[0], ids[1]]),
      venue,
      config,
    );
    const ask = cmds.find((c) => c.type === 'clarify');
    expect(ask?.type === 'clarify' && ask.edit).toEqual({ type: 'remove_item', target: 'named' });
    expect(cmds.some((c) => c.type === 'remove_item')).toBe(false);
  });
  it('the same question about dishes not all in the cart carries no edit', () => {
    const cmds = generateCommands(
      parsed('remove the x', { intents: ['order_remove'], unresolved }),
      state([ids[0], ids[2]]),
      venue,
      config,
    );
    const ask = cmds.find((c) => c.type === 'clarify');
    expect(ask?.type === 'clarify' && ask.edit).toBeUndefined();
  });
});
