import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('a choice named after a kind word the menu lacks ("oat milk" where the only milk is dairy)', () => {
  it('is said back as not offered, never read as the menu choice of that name', async () => {
    const { turns, cart } = await converse('diner', ['a coffee with oat milk', 'cup']);
    expect(replyText(turns[0]!)).toMatch(/oat milk/);
    expect(cart.flatMap((l) => l.options.map((o) => o.choice))).not.toContain('milk');
  });

  it('leaves the plain choice, and a kind the menu has, as they are', async () => {
    const plain = await converse('diner', ['a coffee with milk', 'cup']);
    expect(plain.cart.flatMap((l) => l.options.map((o) => o.choice))).toContain('milk');
    const oat = await converse('cafe', ['an oat latte', 'large']);
    expect(oat.cart.flatMap((l) => l.options.map((o) => o.choice))).toContain('oat-milk');
  });
});
