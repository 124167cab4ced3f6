import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

const said = (turn: { events: { type: string; text?: string }[] }) =>
  turn.events
    .filter((e) => e.type === 'text')
    .map((e) => e.text)
    .join(' ');

describe('"add / put X on | to my <dish>" changes that line, never out of scope nor a new dish', () => {
  it.each([
    ['add ketchup to my french toast', 'ketchup'],
    ['throw some jalapenos on my french toast', 'jalapenos'],
  ])('[diner] %j: said back as no option of the French Toast', async (message, word) => {
    const { last, cart } = await converse('diner', ['french toast', message]);
    expect(cart.map((l) => l.itemId)).toEqual(['french-toast']);
    expect(cart[0]?.quantity).toBe(1);
    expect(said(last)).toMatch(new RegExp(`${word}.*French Toast|French Toast.*${word}`));
    expect(said(last)).not.toMatch(/outside what I can help|didn't quite get/);
  });

  it('[diner] "could you put whipped cream on my french toast" picks the dish\'s own choice', async () => {
    const { cart } = await converse('diner', [
      'french toast',
      'could you put whipped cream on my french toast',
    ]);
    expect(cart).toHaveLength(1);
    expect(cart[0]?.options.map((o) => o.choice)).toContain('whipped-cream');
  });

  it('[diner] a group\'s name opened with "add" ("Add cheese") is said back without the verb', async () => {
    const { last } = await converse('diner', ['french toast', 'please add cheese to the french toast']);
    expect(said(last)).toMatch(/\bcheese\b/);
    expect(said(last)).not.toMatch(/add cheese/i);
  });
});

describe('"<drink> with a <choice of another drink>" is that drink\'s garnish, never a second drink', () => {
  it.each([
    ['an unsweetened iced tea with a lime', 'iced-tea'],
    ['a lemonade with a lime please', 'lemonade'],
  ])('[burritos] %j', async (message, itemId) => {
    const { last } = await converse('burritos', [message]);
    const dishes = last.trace.commands.flatMap((c) => (c.type === 'add_item' ? [c.itemId] : []));
    expect(dishes).toEqual([itemId]);
    expect(said(last)).toMatch(/lime/);
    expect(said(last)).not.toMatch(/Jarritos/);
  });
});
