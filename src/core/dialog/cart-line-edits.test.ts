import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

const cartOf = (lines: { itemId: string; quantity: number; options: { choice: string }[] }[]) =>
  lines.map((l) => `${l.quantity}x${l.itemId}${l.options.map((o) => `/${o.choice}`).join('')}`);

describe('edits of lines already in the cart', () => {
  it.each([
    'swap the croissant for a chocolate one',
    'make it a chocolate one',
    'switch the croissant to a chocolate croissant',
  ])('bakehouse: "%s" turns the almond croissant into the chocolate one', async (edit) => {
    const c = await converse('bakehouse', ['an almond croissant', edit]);
    expect(cartOf(c.cart)).toEqual(['1xchocolate-croissant']);
    expect(replyText(c.last)).toMatch(/Chocolate Croissant/);
  });

  it('a swap naming nothing new changes nothing and never says it changed', async () => {
    const c = await converse('bakehouse', ['an almond croissant', 'swap the croissant for a vanilla one']);
    expect(cartOf(c.cart)).toEqual(['1xalmond-croissant']);
    expect(replyText(c.last)).not.toMatch(/Changed|Swapped|Updated/);
    expect(replyText(c.last)).toMatch(/left it as it is/);
  });

  it('a count set to what the line already has is said to need no change', async () => {
    const c = await converse('taqueria', ['2 chicken tacos', 'make the tacos 2']);
    expect(replyText(c.last)).not.toMatch(/Changed|Updated/);
    expect(replyText(c.last)).toMatch(/already/);
  });

  it.each(['make the tacos 3 actually', 'change the tacos to 3 thanks', 'make the tacos 3 then please'])(
    'taqueria: "%s" sets the taco line to 3',
    async (edit) => {
      const c = await converse('taqueria', ['2 chicken tacos', edit]);
      expect(cartOf(c.cart)).toEqual(['3xtaco/pollo']);
    },
  );

  it('with two taco lines a count for "the tacos" asks which', async () => {
    const c = await converse('taqueria', ['a chicken taco', 'a steak taco', 'make the tacos 3 actually']);
    expect(replyText(c.last)).toMatch(/Which one/);
    expect(c.cart.map((l) => l.quantity)).toEqual([1, 1]);
  });

  it('an option said alone right after one more taco was ordered goes on that taco', async () => {
    const c = await converse('taqueria', ['a chicken taco', 'a steak taco', 'on flour tortillas pls']);
    expect(cartOf(c.cart)).toEqual(['1xtaco/pollo', '1xtaco/carne-asada/flour-tortilla']);
  });

  it('an option said alone after both tacos were ordered together asks which', async () => {
    const c = await converse('taqueria', ['a chicken taco and a steak taco', 'on flour tortillas pls']);
    expect(replyText(c.last)).toMatch(/Which one/);
  });

  it('pieshop: "a side of ranch" with a ranch dipping cup in the cart adds one more', async () => {
    const c = await converse('pieshop', ['an extra dipping cup of ranch', 'a side of ranch']);
    expect(cartOf(c.cart)).toEqual(['2xdipping-cup/ranch-dip']);
  });

  it('pieshop: "a side of ranch" with a marinara cup in the cart adds a ranch cup', async () => {
    const c = await converse('pieshop', ['an extra dipping cup of marinara', 'a side of ranch']);
    expect(cartOf(c.cart)).toEqual(['1xdipping-cup/marinara-dip', '1xdipping-cup/ranch-dip']);
  });
});
