import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

describe('an answer to "which one?" that says more than the dish', () => {
  it.each([
    ['hey can i order a pizza', 'a large pepperoni with extra cheese', 1],
    ['can i get 2 pizzas', 'a large pepperoni with extra cheese', 2],
    ['can i get 2 pizzas', '3 large pepperoni', 3],
  ])('after "%s", "%s" adds it with its size and toppings (×%i)', async (ask, answer, quantity) => {
    const { turns, cart } = await converse('pizzeria', [ask, answer]);
    expect(turns[0]?.state.pending?.kind).toBe('clarify');
    expect(cart).toHaveLength(1);
    const [line] = cart;
    expect(line?.itemId).toBe('pepperoni-pizza');
    expect(line?.quantity).toBe(quantity);
    expect(line?.options.find((o) => o.group === 'size')?.choice).toBe('large');
  });
});
