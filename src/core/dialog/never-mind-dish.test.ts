import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('"never mind the <dish>" takes the dish back', () => {
  it.each(['never mind the lassi', 'nvm the lassi', 'nvm on the lassi', 'never mind about the lassi'])(
    '"%s" removes the lassi and adds nothing',
    async (text) => {
      const { cart } = await converse('spice-route', ['a samosa', 'a mango lassi', text]);
      expect(cart.map((l) => [l.itemId, l.quantity])).toEqual([['samosa', 1]]);
    },
  );

  it('"never mind, add a mango lassi" still adds it', async () => {
    const { cart } = await converse('spice-route', ['a samosa', 'never mind, add a mango lassi']);
    expect(cart.map((l) => l.itemId)).toEqual(['samosa', 'mango-lassi']);
  });
});

describe('a bare "never mind" right after an add takes that add back, not the order', () => {
  it.each(['never mind', 'scratch that', 'nvm'])('"%s" after a lassi removes the lassi', async (text) => {
    const c = await converse('spice-route', ['a samosa', 'a mango lassi', text]);
    const cart = c.cart;
    expect(cart.map((l) => l.itemId)).toEqual(['samosa']);
    expect(replyText(c.turns.at(-1) as never)).not.toMatch(/cancel/i);
  });

  it('"forget everything" still asks to cancel the whole order', async () => {
    const { cart } = await converse('spice-route', ['a samosa', 'a mango lassi', 'forget everything']);
    expect(cart).toHaveLength(2);
  });

  it('"never mind" when the cart holds only that add asks about the order', async () => {
    const { cart } = await converse('spice-route', ['a mango lassi', 'never mind']);
    expect(cart).toHaveLength(1);
  });
});
