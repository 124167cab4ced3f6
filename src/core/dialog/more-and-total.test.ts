import { describe, expect, it } from 'vitest';
import { converse as run } from '../../testing/rule-conversation.ts';
import type { TurnResult } from '../handle-turn.ts';

/** Runs `messages` in one session of `venueId`; the cart's lines as [item, quantity, choices]. */
async function converse(venueId: string, messages: readonly string[]) {
  const { turns, last, cart } = await run(venueId, messages);
  return { turns, last, lines: cart.map((l) => [l.itemId, l.quantity, l.options.map((o) => o.choice)]) };
}
const shownCart = (turn: TurnResult) => turn.acts.some((a) => a.type === 'show' && a.card.type === 'cart');

describe('"another <head noun>" in a conversation', () => {
  it.each(['add another naan', 'another naan please', 'one more naan', 'can i get another naan'])(
    '"%s" raises the garlic naan line',
    async (more) => {
      const { lines } = await converse('spice-route', ['a mango lassi and 2 garlic naans', more]);
      expect(lines).toEqual([
        ['mango-lassi', 1, []],
        ['garlic-naan', 3, []],
      ]);
    },
  );

  it("while the biryani waits on its size, one more of the cart's naan, then the size question again", async () => {
    const { lines, last } = await converse('spice-route', [
      'can i get a chicken biryani, 2 garlic naans and a mango lassi',
      'add another naan',
    ]);
    expect(lines).toEqual([
      ['garlic-naan', 3, []],
      ['mango-lassi', 1, []],
    ]);
    expect(last.acts.some((a) => a.type === 'question' && a.kind === 'option')).toBe(true);
  });

  it('"with extra naan" at the size question is still the biryani\'s add-on', async () => {
    const { lines } = await converse('spice-route', [
      'can i get a chicken biryani, 2 garlic naans and a mango lassi',
      'with extra naan',
      'large',
    ]);
    expect(lines).toContainEqual(['chicken-biryani', 1, expect.arrayContaining(['extra-naan'])]);
    expect(lines).toContainEqual(['garlic-naan', 2, []]);
  });
});

describe('a question for the total shows the cart with its total', () => {
  it.each([
    'what does that come to',
    'what does it come to',
    'whats the damage',
    'what do i owe',
    'how much do i owe you',
    'whats my total',
    'how much is everything',
  ])('"%s"', async (ask) => {
    const { last } = await converse('spice-route', ['a mango lassi and 2 garlic naans', ask]);
    expect(shownCart(last)).toBe(true);
    expect(last.acts.some((a) => a.type === 'say' && a.key === 'not_understood')).toBe(false);
  });

  it('an item\'s price and "repeat that" keep their readings', async () => {
    const price = await converse('spice-route', ['a mango lassi', 'how much is the samosa']);
    expect(shownCart(price.last)).toBe(false);
    expect(price.last.acts.some((a) => a.type === 'say' && a.key === 'item_price')).toBe(true);
    const again = await converse('spice-route', ['a mango lassi', 'repeat that']);
    expect(shownCart(again.last)).toBe(false);
  });
});

describe('the cart asked for while a dish waits on its option', () => {
  it.each(['show my order', 'what do i owe', 'what will that come to'])(
    '"%s" with nothing in the cart yet: the waiting dish\'s question again',
    async (ask) => {
      const { last, lines } = await converse('pizzeria', ['a pepperoni pizza', ask]);
      expect(lines).toEqual([]);
      expect(last.acts.some((a) => a.type === 'question' && a.kind === 'option')).toBe(true);
      const text = last.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
      expect(text).toContain('Pepperoni Pizza');
      expect(text).not.toMatch(/what (would you like|can i get you)/i);
    },
  );
});
