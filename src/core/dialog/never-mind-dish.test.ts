import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

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
