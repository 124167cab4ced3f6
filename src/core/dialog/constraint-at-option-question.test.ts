import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('a diet or allergy said while a dish waits on its option question', () => {
  it("a guest's need is about the waiting dish: checked, and the question stays", async () => {
    const c = await converse('pizzeria', ['a margherita', 'my daughter cant have nuts']);
    const reply = replyText(c.last);
    expect(reply).not.toMatch(/which dish/i);
    expect(reply).toMatch(/Margherita fits/);
    expect(c.last.state.pending?.kind).toBe('option');
  });
  it('the choices of the question that break the need are named', async () => {
    const c = await converse('bakehouse', ['a muffin', "i'm allergic to tree nuts", 'blueberry']);
    expect(replyText(c.turns[1] as (typeof c.turns)[number])).toMatch(
      /banana nut would not fit \(contains tree nuts\)/,
    );
    expect(c.cart.some((l) => l.itemId === 'muffin')).toBe(true);
  });
  it('a waiting dish that breaks the need is said to, and its question stays', async () => {
    const c = await converse('diner', ['a two egg breakfast', 'my husband is vegan']);
    expect(replyText(c.last)).toMatch(/Two Egg Breakfast isn't vegan \(for your husband\)/);
    expect(c.last.state.pending?.kind).toBe('option');
  });
  it('with no dish waiting, which dish is theirs is still asked', async () => {
    const c = await converse('pizzeria', ['my daughter cant have nuts']);
    expect(replyText(c.last)).toMatch(/which dish is for your daughter/i);
  });
});
