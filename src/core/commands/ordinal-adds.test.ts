import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

const lines = (cart: Awaited<ReturnType<typeof converse>>['cart']) =>
  cart.map((l) => ({ item: l.itemId, quantity: l.quantity, options: l.options.map((o) => o.choice).sort() }));

describe('an ordinal before a dish ("a 2nd latte") is one more, not a count of 2', () => {
  it('"and a 2nd latte same but with almond milk": one more, the same options but the milk', async () => {
    const { cart } = await converse('cafe', [
      'a small latte with oat milk',
      'and a 2nd latte same but with almond milk',
    ]);
    expect(lines(cart)).toEqual([
      { item: 'latte', quantity: 1, options: ['oat-milk', 'small'] },
      { item: 'latte', quantity: 1, options: ['almond-milk', 'small'] },
    ]);
  });

  it.each(['a 2nd mocha please', 'and a third mocha', 'add a 3rd mocha'])('"%s" adds one', async (text) => {
    const { cart } = await converse('cafe', ['a small mocha', text]);
    expect(cart.reduce((n, l) => n + l.quantity, 0)).toBe(2);
  });
});
