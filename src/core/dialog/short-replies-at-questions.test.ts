import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

const last = (c: Awaited<ReturnType<typeof converse>>) => replyText(c.turns.at(-1) as never);
const TO_NOTES = ['a cheeseburger', "that's all", 'pickup', 'Ben', '555 333 4444', 'cash'];

describe('short replies at a pending question', () => {
  it.each(['no thanks', 'nah, thank you', 'nope thanks', "I'm good"])(
    '"%s" at a required size question is a no: the dish keeps waiting, no "you\'re welcome"',
    async (t) => {
      const c = await converse('bakehouse', ['a flat white', t]);
      expect(last(c)).not.toMatch(/welcome|pleasure|hi again/i);
      expect(last(c)).toMatch(/I still need the size for the/i);
      expect(c.last.state.pending?.kind).toBe('option');
      expect(c.cart).toHaveLength(0);
    },
  );

  it.each(['all good', "that's all good", 'nope all good', 'all good thanks', "we're all good"])(
    '"%s" at the notes question declines the note and goes on, with no greeting or thanks reply',
    async (t) => {
      const c = await converse('grill', [...TO_NOTES, t]);
      expect(last(c)).not.toMatch(/hi again|welcome|pleasure/i);
      expect(c.last.state.slots.notes).toBeUndefined();
      expect(c.last.state.pending?.kind).toBe('confirm_order');
    },
  );

  it.each(["I'm good thanks", 'all good'])('"%s" at "anything else?" goes to checkout', async (t) => {
    const c = await converse('taqueria', ['a burrito', t]);
    expect(last(c)).toMatch(/deliver|pick ?up/i);
    expect(last(c)).not.toMatch(/hi again|welcome/i);
  });

  it('"all good" at "shall I place it?" places the order', async () => {
    const c = await converse('grill', [...TO_NOTES, 'no', 'all good']);
    expect(last(c)).toMatch(/placed/i);
  });
});

describe('a size said inside another dish at the waiting dish size question', () => {
  it("is that dish's only; the waiting dish is still asked", async () => {
    const c = await converse('bakehouse', ['a cappuccino', 'and a small mocha too']);
    expect(c.cart.map((l) => l.name ?? l.itemId)).toEqual(['Mocha']);
    expect(c.last.state.pending?.kind).toBe('option');
    expect(last(c)).toMatch(/size for the cappuccino/i);
  });

  it('a bare size with another dish still answers the waiting one', async () => {
    const c = await converse('bakehouse', ['a cappuccino', 'large, and a butter croissant']);
    expect(c.cart).toHaveLength(2);
  });
});

describe('a first message ordering a product the venue lacks', () => {
  it.each([
    ['grill', 'one cream soda'],
    ['taqueria', 'two mango smoothies'],
    ['diner', 'one red bull'],
  ])('%s: "%s" is said not to be on the menu, with drinks offered', async (venue, t) => {
    const c = await converse(venue, [t]);
    expect(last(c)).toMatch(/don't have/i);
    expect(last(c)).not.toMatch(/haven't said anything/i);
  });
});
