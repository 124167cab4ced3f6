import { describe, expect, it } from 'vitest';
import { parsed } from '../../testing/parse-result-builder.ts';
import { createSessionState } from '../state/session-state.ts';
import { completesCheckout } from './completes-checkout.ts';

const fresh = () => createSessionState({ sessionId: 's', venueId: 'v', customerId: 'c' });
const all = {
  fulfillment: 'delivery',
  address: '12 Elm Street',
  name: 'Sam',
  phone: '555-0100',
  paymentMethod: 'cash',
} as const;

describe('completesCheckout', () => {
  it('holds when the message gives the last missing details and something is ordered', () => {
    expect(
      completesCheckout(
        parsed('x', { intents: ['order_add'], lines: [{ itemId: 'samosa' }], slots: all }),
        fresh(),
      ),
    ).toBe(true);
    const state = fresh();
    state.cartItems = ['samosa'];
    state.slots = { fulfillment: 'pickup', name: 'Sam' };
    expect(
      completesCheckout(
        parsed('x', { intents: ['provide_info'], slots: { phone: '555-0100', paymentMethod: 'card' } }),
        state,
      ),
    ).toBe(true);
  });

  it('does not hold with a detail missing, nothing to order, nothing new, or checkout already running', () => {
    const { address: _a, ...noAddress } = all;
    expect(completesCheckout(parsed('x', { lines: [{ itemId: 'samosa' }], slots: noAddress }), fresh())).toBe(
      false,
    );
    expect(completesCheckout(parsed('x', { slots: all }), fresh())).toBe(false);
    const known = fresh();
    known.cartItems = ['samosa'];
    known.slots = { ...all };
    expect(completesCheckout(parsed('x', { slots: { fulfillment: 'delivery' } }), known)).toBe(false);
    const running = fresh();
    running.cartItems = ['samosa'];
    running.frames = [
      { id: 'f', kind: 'order', step: 'name', slots: { checkout: true }, asked: true, reprompts: 0 },
    ];
    expect(completesCheckout(parsed('x', { slots: all }), running)).toBe(false);
  });
});
