import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { fixedClock } from '../../testing/fixed-clock.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { sequentialIds } from '../../testing/sequential-ids.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import { handleTurn } from '../handle-turn.ts';
import { createUnderstanding } from '../understand/index.ts';

describe('an answer to "which one?" that says more than the dish', () => {
  it.each([
    ['hey can i order a pizza', 'a large pepperoni with extra cheese', 1],
    ['can i get 2 pizzas', 'a large pepperoni with extra cheese', 2],
    ['can i get 2 pizzas', '3 large pepperoni', 3],
  ])('after "%s", "%s" adds it with its size and toppings (×%i)', async (ask, answer, quantity) => {
    const venue = loadVenue('pizzeria');
    const backend = new InMemoryBackend(venue.menu);
    const deps = {
      venue,
      understanding: createUnderstanding(venue.menu, venue.moods, venue.documents),
      backend,
      clock: fixedClock(),
      ids: sequentialIds(),
      config: createDialogConfig(),
    };
    const first = await handleTurn(undefined, ask, deps);
    expect(first.state.pending?.kind).toBe('clarify');
    const second = await handleTurn(first.state, answer, deps);
    const cart = await backend.getCart(second.state.customerId, second.state.cartId!);
    expect(cart.lines).toHaveLength(1);
    const [line] = cart.lines;
    expect(line?.itemId).toBe('pepperoni-pizza');
    expect(line?.quantity).toBe(quantity);
    expect(line?.options.find((o) => o.group === 'size')?.choice).toBe('large');
  });
});
