import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

const TO_NOTES = ['french fries', 'checkout', 'pickup', 'Sam', '555 123 4567', 'card'];
const last = (c: Awaited<ReturnType<typeof converse>>) => replyText(c.turns.at(-1) as never);

describe('answers at "any notes for the kitchen?"', () => {
  it.each(["what's the status", 'status?'])(
    '"%s" is answered as a question, not kept as a note',
    async (t) => {
      const c = await converse('diner', [...TO_NOTES, t]);
      expect(c.last.state.slots.notes).toBeUndefined();
      expect(c.last.state.pending?.slot).toBe('notes');
    },
  );

  it.each(['confirm', 'confirm order', 'place the order', 'go ahead', "that's it"])(
    '"%s" carries on to the summary with no note',
    async (t) => {
      const c = await converse('diner', [...TO_NOTES, t]);
      expect(c.last.state.slots.notes).toBeUndefined();
      expect(c.last.state.pending?.kind).toBe('confirm_order');
    },
  );

  it('"yes" asks what the note is once; a second "yes" carries on', async () => {
    const c = await converse('diner', [...TO_NOTES, 'yes', 'yes']);
    expect(replyText(c.turns.at(-2) as never)).toMatch(/what should I tell the kitchen/i);
    expect(c.last.state.pending?.kind).toBe('confirm_order');
  });
});

describe('a choice said with another dish at an option question', () => {
  it.each(['and a large croissant', 'a large orange juice too'])(
    '"%s" leaves the waiting latte its question',
    async (t) => {
      const c = await converse('cafe', ['a latte', t]);
      expect(c.cart.map((l) => l.name)).not.toContain('Latte');
      expect(c.last.state.pending).toMatchObject({ kind: 'option', itemId: 'latte' });
    },
  );

  it('"large and a croissant" still answers the latte', async () => {
    const c = await converse('cafe', ['a latte', 'large and a croissant']);
    expect(c.cart.find((l) => l.name === 'Latte')?.options.map((o) => o.choiceName)).toEqual([
      expect.stringMatching(/large/i),
    ]);
  });

  it('"oat milk and a large croissant" gives the latte its milk and keeps its size question', async () => {
    const c = await converse('cafe', ['a latte', 'oat milk and a large croissant']);
    expect(last(c)).toMatch(/oat milk for the latte/i);
    expect(c.last.state.pending).toMatchObject({ kind: 'option', itemId: 'latte' });
  });
});

describe('a choice left to the bot, and answers that pick nothing', () => {
  it.each(['you pick', "whatever's good"])('"%s" takes the first choice and says which', async (t) => {
    const c = await converse('diner', ['a cheeseburger', t]);
    expect(last(c)).toMatch(/I've gone with Rare for the Cheeseburger/);
    expect(c.cart.map((l) => l.name)).toEqual(['Cheeseburger']);
  });

  it('"idk" keeps the dish waiting on its question', async () => {
    const c = await converse('diner', ['a cheeseburger', 'idk']);
    expect(c.last.state.pending).toMatchObject({ kind: 'option', itemId: 'cheeseburger' });
  });
});

describe('an option put on a cart dish that does not take it', () => {
  it('"put cheese on the soda" adds no dish and says it is not offered', async () => {
    const c = await converse('diner', ['a fountain soda', 'coke', 'put cheese on the soda']);
    expect(c.cart.map((l) => l.name)).toEqual(['Fountain Soda']);
    expect(last(c)).toMatch(/cheese/i);
  });

  it('"put cheese on the burger" still gives a burger its cheese', async () => {
    const c = await converse('diner', ['a cheeseburger', 'medium', 'put cheese on the burger']);
    expect(c.cart.map((l) => l.name)).toEqual(['Cheeseburger']);
  });
});
