import { describe, expect, it } from 'vitest';
import { MaitreError } from '../../errors/maitre-error.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { ruleTurnDeps } from '../../testing/rule-conversation.ts';
import { handleTurn } from '../handle-turn.ts';

/** A backend that refuses every added line once `refuseAdds` is set (as a kitchen out of stock would). */
class RefusingBackend extends InMemoryBackend {
  refuseAdds = false;
  override async addLine(...args: Parameters<InMemoryBackend['addLine']>) {
    if (this.refuseAdds) throw new MaitreError('OUT_OF_STOCK', 'Pepperoni Pizza is out of stock.');
    return super.addLine(...args);
  }
}

describe('one of them split off a line', () => {
  it('a refused split gives the unit back to its line: nothing is lost', async () => {
    const deps = ruleTurnDeps('pizzeria', (menu) => new RefusingBackend(menu));
    const { backend } = deps;
    const first = await handleTurn(undefined, '2 large pepperoni pizzas', deps);
    backend.refuseAdds = true;
    const second = await handleTurn(first.state, 'make one of them thin crust', deps);
    expect(second.acts.filter((a) => a.type === 'item_refused')).toMatchObject([
      { reason: 'backend_refused', detail: 'Pepperoni Pizza is out of stock' },
    ]);
    const cart = await backend.getCart(first.state.customerId, first.state.cartId!);
    expect(cart.lines.map((l) => [l.itemId, l.quantity])).toEqual([['pepperoni-pizza', 2]]);
  });
});
