import { describe, expect, it } from 'vitest';
import type { Cart } from '../contract/backend-api.ts';
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

/** Proposes whatever the script says for a message. */
const scripted = (script: Record<string, unknown[]>): CommandGenerator => ({
  name: 'scripted',
  generate: async ({ message }) => ({
    source: 'scripted',
    commands: (script[message] ?? []).map((command) => ({ command, confidence: 0.95 })),
    notUnderstood: [],
  }),
});

const SCRIPT = {
  'a coke': [{ type: 'add_item', itemId: 'coke', quantity: 1 }],
  checkout: [{ type: 'start_flow', flow: 'checkout' }],
  pickup: [{ type: 'set_slot', slot: 'fulfillment', value: 'pickup' }],
  'show my cart': [{ type: 'show_cart' }],
};

function setup() {
  const backend = new InMemoryBackend(venue.menu);
  let reads = 0;
  const getCart = backend.getCart.bind(backend);
  backend.getCart = async (customerId, cartId) => {
    reads += 1;
    return getCart(customerId, cartId);
  };
  const deps: TurnDeps = {
    venue,
    understanding: scriptedUnderstanding({}),
    commandGenerators: [scripted(SCRIPT)],
    backend,
    clock: fixedClock(),
    ids: sequentialIds(),
    config: createDialogConfig(),
  };
  return { deps, backend, reads: () => reads };
}

describe('a cart carried from an earlier turn (TurnOptions.carriedCart)', () => {
  it('starting the checkout needs no read when the turn is given the cart', async () => {
    const { deps, reads } = setup();
    const added = await handleTurn(undefined, 'a coke', deps);
    const cart = await deps.backend.getCart(added.state.customerId, added.state.cartId as string);
    const before = reads();
    const checkout = await handleTurn(added.state, 'checkout', deps, { carriedCart: cart });
    expect(reads()).toBe(before);
    expect(checkout.state.pending?.slot).toBe('fulfillment');
    // without it, the turn reads the cart as before
    await handleTurn(added.state, 'checkout', deps);
    expect(reads()).toBe(before + 1);
  });

  it('is never shown: "show my cart" reads the backend, which the carried copy does not match', async () => {
    const { deps, backend } = setup();
    const added = await handleTurn(undefined, 'a coke', deps);
    const stale: Cart = await deps.backend.getCart(added.state.customerId, added.state.cartId as string);
    await backend.addLine(added.state.customerId, stale.id, { itemId: 'water', quantity: 2 });
    const shown = await handleTurn(added.state, 'show my cart', deps, { carriedCart: stale });
    const card = shown.events.find((e) => e.type === 'cart');
    expect(card && card.type === 'cart' ? card.lines.map((l) => l.itemId) : []).toEqual(['coke', 'water']);
  });

  it('an emptied cart is found at the summary, whatever the carried copy said', async () => {
    const { deps, backend } = setup();
    const added = await handleTurn(undefined, 'a coke', deps);
    const stale = await deps.backend.getCart(added.state.customerId, added.state.cartId as string);
    const checkout = await handleTurn(added.state, 'checkout', deps, { carriedCart: stale });
    await backend.removeLine(added.state.customerId, stale.id, stale.lines[0]!.id);
    const more = { ...checkout.state, slots: { ...checkout.state.slots, name: 'Sam', phone: '+1 555 0100' } };
    more.slots.paymentMethod = 'card';
    const pickup = await handleTurn(more, 'pickup', deps, { carriedCart: stale });
    expect(pickup.events.some((e) => e.type === 'order_summary')).toBe(false);
    expect(pickup.acts.some((a) => a.type === 'summary')).toBe(false);
  });
});
