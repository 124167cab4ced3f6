import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

const lines = (cart: Awaited<ReturnType<typeof converse>>['cart']) =>
  cart.map((l) => [l.itemId, l.quantity, l.options.map((o) => o.choice).sort()]);

const NOT_UNDERSTOOD = /didn't quite get|not sure I followed|couldn't do that/i;

describe('a swap said with the dish that goes before "instead" is one act', () => {
  it('"make the pepperoni ones cheese instead" swaps the pizzas, count and size kept, no fallback', async () => {
    const c = await converse('pizzeria', [
      '2 large pepperoni pizzas',
      'make the pepperoni ones cheese instead',
    ]);
    expect(lines(c.cart)).toEqual([['cheese-pizza', 2, ['large']]]);
    expect(replyText(c.last)).not.toMatch(NOT_UNDERSTOOD);
    expect(replyText(c.last)).toMatch(/Cheese Pizza/);
  });

  it('"change the coke to a sprite instead" swaps without a fallback text', async () => {
    const c = await converse('pizzeria', ['a coke 20 fl oz', 'change the coke to a sprite instead']);
    expect(lines(c.cart)).toEqual([['sprite', 1, ['20-fl-oz']]]);
    expect(replyText(c.last)).not.toMatch(NOT_UNDERSTOOD);
  });

  it('"make the sausage ones mushroom instead" puts the topping in the pointed one\'s place', async () => {
    const c = await converse('slices', ['2 sausage slices', 'make the sausage ones mushroom instead']);
    expect(lines(c.cart)).toEqual([['cheese-slice', 2, ['mushrooms']]]);
  });
});

describe('the same dish said again with another variety changes the line', () => {
  it.each([
    ['taqueria', ['a steak taco', 'swap the steak taco for a chicken one'], [['taco', 1, ['pollo']]]],
    ['taqueria', ['2 steak tacos', 'make the steak ones chicken instead'], [['taco', 2, ['pollo']]]],
    ['slices', ['a sausage slice', 'change the sausage slice to a cheese one'], [['cheese-slice', 1, []]]],
  ] as const)('%s: %j', async (venue, messages, expected) => {
    const c = await converse(venue, messages);
    expect(lines(c.cart)).toEqual(expected);
    expect(replyText(c.last)).not.toMatch(NOT_UNDERSTOOD);
  });

  it('"change the large pepperoni pizza to a small one" gives the line the size said', async () => {
    const c = await converse('pizzeria', [
      'a large pepperoni pizza',
      'change the large pepperoni pizza to a small one',
    ]);
    expect(lines(c.cart)).toEqual([['pepperoni-pizza', 1, ['small']]]);
  });
});

describe('"take that off" right after an add takes that add back', () => {
  it.each(['take that off', 'take it off', 'oops, remove that', 'get rid of that please'])(
    '"%s" removes the dish just added, the earlier one stays, no goodbye',
    async (text) => {
      const c = await converse('pizzeria', ['a cheese pizza large', 'a sprite 20 fl oz', text]);
      expect(c.cart.map((l) => l.itemId)).toEqual(['cheese-pizza']);
      expect(replyText(c.last)).not.toMatch(/before you go|cancel/i);
    },
  );

  it('"take it off" while a dish waits on its question leaves that dish out', async () => {
    const c = await converse('pizzeria', ['a coke', 'take it off']);
    expect(c.cart).toHaveLength(0);
    expect(replyText(c.last)).toMatch(/left the Coca-Cola out/);
  });
});

describe('a correction after a lead-in ("oops", "oh") corrects the last order', () => {
  it('"oops sorry I meant a bacon cheeseburger" swaps the burger, its doneness kept', async () => {
    const c = await converse('diner', [
      'a cheeseburger medium well',
      'oops sorry I meant a bacon cheeseburger',
    ]);
    expect(lines(c.cart)).toEqual([['bacon-cheeseburger', 1, ['medium-well']]]);
  });

  it('"sorry I meant a chocolate one" reads "one" as the cart dish\'s head noun', async () => {
    const c = await converse('bakehouse', ['a butter croissant', 'sorry I meant a chocolate one']);
    expect(c.cart.map((l) => l.itemId)).toEqual(['chocolate-croissant']);
  });
});
