import { describe, expect, it } from 'vitest';
import { handleTurn } from '../../core/handle-turn.ts';
import type { KnowledgeHit } from '../../core/ports/knowledge-retriever.ts';
import { ruleTurnDeps } from '../../testing/rule-conversation.ts';
import type { SessionState } from '../state/session-state.ts';

/** A retriever that finds the taqueria's Agua Fresca menu entry for any question. */
const aguaFresca: KnowledgeHit = {
  chunk: {
    id: 'menu#agua-fresca',
    text: 'Agua Fresca (Drinks): Made fresh daily: horchata, jamaica, tamarindo, piña, sandía.',
    context: 'Menu > Drinks',
    source: { kind: 'menu', document: 'menu', title: 'Menu', section: 'Drinks', itemId: 'agua-fresca' },
  },
  score: 0.05,
  confidence: 0.9,
};

async function converse(messages: readonly string[]) {
  const deps = { ...ruleTurnDeps('taqueria'), knowledge: { search: async () => [aguaFresca] } };
  let state: SessionState | undefined;
  for (const m of messages) state = (await handleTurn(state, m, deps)).state;
  const cart = state?.cartId ? await deps.backend.getCart(state.customerId, state.cartId) : undefined;
  return cart?.lines ?? [];
}

/**
 * A question answered by one dish's menu entry ("do you have horchata": the Agua Fresca) puts that dish
 * in focus with the choices the question named: "a large one" then orders it with them.
 */
describe('an order of the dish a knowledge answer just described', () => {
  it.each([
    ['do you have horchata', 'a large one', ['grande', 'horchata']],
    ['do you have jamaica', "i'll take a small", ['chica', 'jamaica']],
  ] as const)('"%s" then "%s" orders the Agua Fresca with %j', async (asked, order, choices) => {
    const cart = await converse([asked, order]);
    expect(cart.map((l) => l.itemId)).toEqual(['agua-fresca']);
    expect(cart[0]?.options.map((o) => o.choice).sort()).toEqual([...choices].sort());
  });

  it('the named choice goes only with the dish described, not a dish ordered by name after', async () => {
    const cart = await converse(['do you have horchata', 'a taco']);
    expect(cart.flatMap((l) => l.options.map((o) => o.choice))).not.toContain('horchata');
  });
});
