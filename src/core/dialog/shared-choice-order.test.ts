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

describe('a choice several dishes take, said with the head noun of one of them', () => {
  it('"2 ranch cups" is the Extra Dipping Cup, never more wings, with wings in the cart or not', async () => {
    expect(cartOf((await converse('pieshop', ['2 ranch cups'])).cart)).toEqual(['2xdipping-cup[Ranch Cup]']);
    const c = await converse('pieshop', ['10 wings buffalo', 'ok add 2 ranch cups']);
    expect(cartOf(c.cart)).toEqual(['1xchicken-wings[10 Wings,Hot Buffalo]', '2xdipping-cup[Ranch Cup]']);
  });
});

describe('a choice each dish holds in a group of its own', () => {
  it('"a blueberry" (a muffin flavour and a scone flavour) asks which, never "we don\'t have"', async () => {
    const c = await converse('bakehouse', ['a blueberry']);
    expect(replyText(c.last)).toMatch(/Blueberry comes as a Muffin .* or a Scone/);
    expect(replyText(c.last)).not.toMatch(/don't have/);
    const answered = await converse('bakehouse', ['2 blueberry please', 'scone']);
    expect(cartOf(answered.cart)).toEqual(['2xscone[Blueberry]']);
  });
});

describe('a choice that defines other dishes, ordered with a count at a pending option question', () => {
  it('"and a coke" at the knots’ count asks can or 2 liter, then asks the count again', async () => {
    const c = await converse('slices', ['a garlic knot', 'and a coke']);
    expect(replyText(c.last)).toMatch(/Coke comes as/);
    expect(replyText(c.last)).not.toMatch(/don't have/);
    const done = await converse('slices', ['a garlic knot', 'and a coke', 'can', '12']);
    expect(cartOf(done.cart)).toEqual(['1xcan-soda[Coke]', '1xgarlic-knots[12 knots]']);
  });

  it('keeps the count said ("2 sprites") and the question of the waiting dish', async () => {
    const c = await converse('slices', ['a garlic knot', '2 sprites', 'the can']);
    expect(cartOf(c.cart)).toEqual(['2xcan-soda[Sprite]']);
    expect(c.last.state.pending).toMatchObject({ kind: 'option', itemId: 'garlic-knots' });
  });

  it('a choice the waiting dish takes is still its answer', async () => {
    const c = await converse('slices', ['a can of soda', 'a sprite']);
    expect(cartOf(c.cart)).toEqual(['1xcan-soda[Sprite]']);
  });
});
