import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('"a side of X" orders X', () => {
  it('a choice of the dish waiting on its options is that choice', async () => {
    const c = await converse('diner', ['two egg breakfast', 'with a side of grits']);
    expect(replyText(c.last)).toMatch(/Grits for the Two Egg Breakfast/);
  });
  it('beside a dish in the cart, its side choice rather than an unrelated dish', async () => {
    const c = await converse('grill', ['a cheeseburger', 'with a side of fries']);
    expect(replyText(c.last)).not.toMatch(/can't help|Kids Meal/);
    expect(replyText(c.last)).toMatch(/Fries/);
  });
  it('a dish named "Side of ..." stays that dish', async () => {
    const c = await converse('diner', ['a side of hash browns']);
    expect(c.cart.map((l) => l.itemId)).toContain('side-hash-browns');
  });
});
