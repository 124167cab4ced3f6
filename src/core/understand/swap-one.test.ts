import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';
import { normalize } from './normalize.ts';
import { withSwapOneHead } from './swap-one.ts';

const read = (text: string) =>
  withSwapOneHead(normalize(text).tokens)
    .map((t) => t.norm)
    .join(' ');

describe('withSwapOneHead', () => {
  it.each([
    ['swap the croissant for a plain one', 'swap the croissant for a plain croissant'],
    ['switch my latte to an iced one please', 'switch my latte to an iced latte please'],
    ['swap it for a plain one', 'swap it for a plain one'],
    ['swap the fries for onion rings', 'swap the fries for onion rings'],
    ['swap the croissant for another one', 'swap the croissant for another one'],
  ])('"%s" → "%s"', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('a swap for "a <modifier> one"', () => {
  it('stays in the family of the dish swapped, never a dish the modifier names elsewhere', async () => {
    const c = await converse('bakehouse', ['a butter croissant', 'swap the croissant for a plain one']);
    expect(c.cart.some((l) => l.itemId === 'bagel')).toBe(false);
    expect(replyText(c.last)).not.toMatch(/Bagel/);
  });
  it('takes the variant of the same dish when the menu has it', async () => {
    const c = await converse('pizzeria', ['a coca-cola', '20 fl oz', 'swap the coke for a diet one']);
    expect(c.cart.map((l) => l.name)).toEqual(['Diet Coke']);
  });
});
