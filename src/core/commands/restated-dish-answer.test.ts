import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

describe('the waiting dish named again with a choice answers its question', () => {
  it('"a large margherita" at the margherita size question is one large margherita', async () => {
    const { cart } = await converse('pizzeria', ['a margherita', 'a large margherita']);
    expect(cart.map((l) => [l.itemId, l.quantity, l.options.map((o) => o.choice)])).toEqual([
      ['margherita', 1, ['large']],
    ]);
  });

  it('"a large latte" at the latte size question adds one latte', async () => {
    const { cart } = await converse('cafe', ['a latte', 'a large latte']);
    expect(cart.map((l) => l.quantity)).toEqual([1]);
  });
});
