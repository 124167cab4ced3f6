import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

const summary = (cart: Awaited<ReturnType<typeof converse>>['cart']) =>
  cart.map((l) => [l.itemId, l.quantity, l.options.map((o) => o.choice)]);

describe('a dish restated with a count while it waits on its option question', () => {
  it('"two large pepperoni pizzas" at the pepperoni size question is two large, not three', async () => {
    const { cart } = await converse('pizzeria', ['a pepperoni pizza', 'two large pepperoni pizzas']);
    expect(summary(cart)).toEqual([['pepperoni-pizza', 2, ['large']]]);
  });

  it('"two medium rare cheeseburgers" at the doneness question sets the count', async () => {
    const { cart } = await converse('diner', ['a cheeseburger', 'two medium rare cheeseburgers']);
    expect(summary(cart)).toEqual([['cheeseburger', 2, ['medium-rare']]]);
  });

  it("a restatement with another group's option gives that option and the count; the question stays", async () => {
    const { last, cart } = await converse('pizzeria', [
      'a pepperoni pizza',
      'two thin crust pepperoni pizzas',
      'large',
    ]);
    expect(summary(cart)).toEqual([['pepperoni-pizza', 2, ['thin-crust', 'large']]]);
    expect(replyText(last)).not.toMatch(/next i'll ask/i);
  });

  it('"two more large ones" is still more of the dish', async () => {
    const { cart } = await converse('pizzeria', [
      'a large pepperoni pizza',
      'two more large pepperoni pizzas',
    ]);
    expect(cart.reduce((n, l) => n + l.quantity, 0)).toBe(3);
  });
});

describe('a qualifier inside a dish phrase that its options do not take', () => {
  it('"an extra hot large latte" keeps hot and large and notes "extra hot"', async () => {
    const { last, cart } = await converse('bakehouse', ['an extra hot large latte']);
    expect(summary(cart)).toEqual([['latte', 1, ['hot', 'large']]]);
    expect(cart[0]?.notes).toBe('extra hot');
    expect(replyText(last)).toMatch(/extra hot/);
  });
});

describe('an option word before a dish the menu lacks stays with that dish', () => {
  it('"a large kombucha and a latte" gives the latte no size: it is asked', async () => {
    const { turns, cart } = await converse('cafe', ['a large kombucha and a latte', 'no']);
    expect(cart).toEqual([]);
    expect(replyText(turns[0]!)).toMatch(/kombucha/);
    expect(replyText(turns.at(-1)!)).toMatch(/Small \(12 oz\), Medium \(16 oz, \+\$0\.50\) or Large/);
  });

  it('"a large birch beer and a cheese pizza" gives the pizza no size; after "no" its size is asked', async () => {
    const { turns, cart } = await converse('pizzeria', ['a large birch beer and a cheese pizza', 'no']);
    expect(cart).toEqual([]);
    expect(replyText(turns[0]!)).toMatch(/cheese pizza/i);
    expect(replyText(turns[1]!)).toMatch(/which size/i);
  });
});
