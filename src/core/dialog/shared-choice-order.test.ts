import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

const cartOf = (lines: { itemId: string; quantity: number; options: { choiceName: string }[] }[]) =>
  lines.map((l) => `${l.quantity}x${l.itemId}[${l.options.map((o) => o.choiceName).join(',')}]`);

describe('a choice several dishes are defined by, said on its own, asks which dish', () => {
  it('"a sprite" asks can or 2 liter with their prices, the pending question open', async () => {
    const c = await converse('slices', ['a sprite']);
    const reply = replyText(c.last);
    expect(reply).toMatch(/Sprite comes as/);
    expect(reply).toMatch(/Can of Soda \(\$1\.75\)/);
    expect(reply).toMatch(/2 Liter Soda \(\$3\.99\)/);
    expect(reply).not.toMatch(/A 12 oz can|Ingredients/);
    expect(c.last.state.pending?.kind).toBe('clarify');
    expect(c.cart).toEqual([]);
  });

  it.each([
    ['the can', '1xcan-soda[Sprite]'],
    ['2 liter', '1xtwo-liter[Sprite]'],
    ['the first', '1xtwo-liter[Sprite]'],
  ])('"a sprite" → "%s" adds that dish with Sprite', async (answer, line) => {
    const c = await converse('slices', ['a sprite', answer]);
    expect(cartOf(c.cart)).toEqual([line]);
  });

  it('keeps the count said with the choice', async () => {
    const c = await converse('slices', ['2 ginger ales please', 'can']);
    expect(cartOf(c.cart)).toEqual(['2xcan-soda[Ginger Ale]']);
  });

  it('a choice only one dish takes still adds that dish with it', async () => {
    const c = await converse('taqueria', ['a mandarin jarritos']);
    expect(cartOf(c.cart)).toEqual(['1xjarritos[Mandarin]']);
    const bare = await converse('bakehouse', ['a snickerdoodle please']);
    expect(cartOf(bare.cart)).toEqual(['1xcookie[Snickerdoodle]']);
  });
});
