import { describe, expect, it } from 'vitest';
import { ruleTurnDeps } from '../../testing/rule-conversation.ts';
import { handleTurn } from '../handle-turn.ts';

/**
 * Plays "can i get the tikka" (a "which one?" question), narrows the question to the one dish `offered`
 * ("did you mean the Chicken Tikka?"), then plays `answer`. Returns the last turn and the cart.
 */
async function didYouMean(offered: { id: string; name: string }, answer: string) {
  const deps = ruleTurnDeps('spice-route');
  const { backend } = deps;
  const first = await handleTurn(undefined, 'can i get the tikka', deps);
  const state = first.state;
  const frame = state.frames.at(-1);
  if (frame?.kind !== 'clarify') throw new Error('expected a clarify question');
  frame.slots.choices = [offered];
  delete frame.slots.ambiguous;
  const turn = await handleTurn(state, answer, deps);
  const cart = turn.state.cartId
    ? await backend.getCart(turn.state.customerId, turn.state.cartId)
    : undefined;
  return { turn, cart: cart?.lines ?? [] };
}

describe('"did you mean X?" answered with a yes and a count, or a fresh order of X', () => {
  it.each(['ok then 10 chicken tikka', 'yes 10', 'yes, 10 please', 'sure, 10 of those', 'ok 10 then'])(
    '"%s" adds 10 Chicken Tikka',
    async (answer) => {
      const { cart } = await didYouMean({ id: 'chicken-tikka', name: 'Chicken Tikka' }, answer);
      expect(cart.map((l) => [l.itemId, l.quantity])).toEqual([['chicken-tikka', 10]]);
    },
  );

  it('"ok then 10 wings" at "did you mean the Peri-Peri Chicken Wings?" takes 10 and asks their size', async () => {
    const { turn } = await didYouMean(
      { id: 'peri-peri-wings', name: 'Peri-Peri Chicken Wings' },
      'ok then 10 wings',
    );
    expect(turn.state.pending).toMatchObject({ kind: 'option', itemId: 'peri-peri-wings' });
    const draft = turn.state.frames.at(-1)?.slots.draft as { quantity: number } | undefined;
    expect(draft?.quantity).toBe(10);
  });

  it('a plain yes still takes one', async () => {
    const { cart } = await didYouMean({ id: 'chicken-tikka', name: 'Chicken Tikka' }, 'yes');
    expect(cart.map((l) => [l.itemId, l.quantity])).toEqual([['chicken-tikka', 1]]);
  });
});
