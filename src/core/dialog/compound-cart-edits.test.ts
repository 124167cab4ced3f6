import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

const cartOf = (lines: { itemId: string; quantity: number; options: { choice: string }[] }[]) =>
  lines.map((l) => `${l.quantity}x${l.itemId}${l.options.map((o) => `/${o.choice}`).join('')}`);

describe('cart edits said with other things', () => {
  it('taqueria: a count for the dish in focus joined to an add does both', async () => {
    const c = await converse('taqueria', ['churros', 'make that 3 and an elote']);
    expect(cartOf(c.cart)).toEqual(['3xchurros', '1xelote']);
  });

  it('bakehouse: "actually 2 of those, and a butter croissant" sets the count and adds', async () => {
    const c = await converse('bakehouse', ['a cinnamon roll', 'actually 2 of those, and a butter croissant']);
    expect(cartOf(c.cart)).toContain('2xcinnamon-roll');
    expect(c.cart.some((l) => l.itemId !== 'cinnamon-roll')).toBe(true);
  });

  it('grill: a removal said of "one of the" dishes splits the line, the other unit unchanged', async () => {
    const c = await converse('grill', ['2 single hamburgers', 'one of the burgers with no pickles']);
    expect(c.cart.map((l) => l.quantity)).toEqual([1, 1]);
    expect(c.cart.filter((l) => l.itemId === 'hamburger')).toHaveLength(2);
    expect(c.cart.some((l) => l.without.length > 0)).toBe(true);
    expect(c.cart.some((l) => l.without.length === 0)).toBe(true);
  });

  it('cafe: option words said of "that" go on the cart latte, no iced tea is opened', async () => {
    const c = await converse('cafe', ['a medium hot latte', 'could i have that iced with soy milk']);
    expect(cartOf(c.cart)).toEqual(['1xlatte/medium/iced/soy-milk']);
    expect(replyText(c.last)).not.toMatch(/Iced Black Tea/);
  });

  it('cafe: "can you do that iced" changes the cart mocha and answers no capabilities question', async () => {
    const c = await converse('cafe', ['a medium mocha', 'can you do that iced with almond milk']);
    expect(cartOf(c.cart)).toEqual(['1xmocha/medium/iced/almond-milk']);
    expect(c.last.trace.commands.map((x) => x.type)).not.toContain('chitchat');
  });

  it('heroes: a group of the waiting hero named at its size question is kept, the size asked again', async () => {
    const c = await converse('heroes', ['a virginia ham', 'extra cheese on it please']);
    expect(replyText(c.last)).toMatch(/extra cheese/i);
    expect(replyText(c.last)).not.toMatch(/don't have/);
    expect(replyText(c.last)).toMatch(/Which size/);
  });

  it('grill: "add cheese to it" never orders the cheeseburger again', async () => {
    const c = await converse('grill', ['a cheeseburger', 'add cheese to it']);
    expect(c.cart.reduce((n, l) => n + l.quantity, 0)).toBe(1);
  });
});
