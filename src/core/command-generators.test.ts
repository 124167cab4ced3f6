import { describe, expect, it } from 'vitest';
import { fixedClock } from '../testing/fixed-clock.ts';
import { fixtureVenue } from '../testing/fixture-venue.ts';
import { InMemoryBackend } from '../testing/in-memory-backend.ts';
import { scriptedUnderstanding } from '../testing/parse-result-builder.ts';
import { sequentialIds } from '../testing/sequential-ids.ts';
import { createDialogConfig } from './config/dialog-config.ts';
import type { TurnDeps } from './dialog/turn-deps.ts';
import { handleTurn } from './handle-turn.ts';
import type { CommandGenerator } from './ports/command-generator.ts';

const venue = fixtureVenue();

/** A stand-in for a language model: proposes whatever the script says for a message. */
function scripted(script: Record<string, unknown[]>): CommandGenerator {
  return {
    name: 'scripted',
    generate: async ({ message }) => ({
      source: 'scripted',
      commands: (script[message] ?? []).map((command) => ({ command, confidence: 0.8 })),
      notUnderstood: [],
    }),
  };
}

function setup(generator: CommandGenerator) {
  const backend = new InMemoryBackend(venue.menu);
  const deps: TurnDeps = {
    venue,
    understanding: scriptedUnderstanding({}),
    commandGenerators: [generator],
    backend,
    clock: fixedClock(),
    ids: sequentialIds(),
    config: createDialogConfig(),
  };
  return { deps, backend };
}

describe('command generators behind the port', () => {
  it('runs what a generator proposes through the processor: valid lines reach the cart, unknown dishes are asked about', async () => {
    const { deps, backend } = setup(
      scripted({
        'a coke and a lasagna': [
          { type: 'add_item', itemId: 'coke', quantity: 1 },
          { type: 'add_item', itemId: 'lasagna', quantity: 1 },
          { type: 'create_order' },
        ],
      }),
    );
    const turn = await handleTurn(undefined, 'a coke and a lasagna', deps);
    const cart = await backend.getCart(turn.state.customerId, turn.state.cartId as string);
    expect(cart.lines.map((l) => l.itemId)).toEqual(['coke']);
    expect(turn.trace.commands.map((c) => c.type)).toEqual(['add_item', 'clarify']);
    expect(turn.trace.refusals.map((r) => r.reason)).toEqual(['unknown_item', 'invalid']);
    expect(turn.trace.generations[0]?.source).toBe('scripted');
    const reply = turn.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
    expect(reply.toLowerCase()).toContain('lasagna');
    expect(turn.state.order).toBeUndefined();
  });

  it('a generator that proposes a yes with no summary asked places nothing', async () => {
    const { deps } = setup(
      scripted({
        'a coke': [{ type: 'add_item', itemId: 'coke', quantity: 1 }],
        go: [{ type: 'start_flow', flow: 'checkout' }, { type: 'confirm' }],
      }),
    );
    let state = (await handleTurn(undefined, 'a coke', deps)).state;
    state = (await handleTurn(state, 'go', deps)).state;
    expect(state.order).toBeUndefined();
  });
});
