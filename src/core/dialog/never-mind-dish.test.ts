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

  it('"never mind" when the cart holds only that add takes it back too; the order stays open', async () => {
    const c = await converse('spice-route', ['a mango lassi', 'never mind']);
    expect(c.cart).toHaveLength(0);
    expect(replyText(c.last)).not.toMatch(/cancel/i);
  });

  it('"never mind" a turn later (no add just before) still asks about the order', async () => {
    const c = await converse('spice-route', ['a mango lassi', 'what are your hours', 'never mind']);
    expect(c.cart).toHaveLength(1);
  });
});
