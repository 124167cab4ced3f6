import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('a question for what can be chosen on a dish lists its options and adds nothing', () => {
  it('"can we customise the cheese omelet?" lists its groups, asks no choice, adds nothing', async () => {
    const { cart, last } = await converse('diner', ['can we customise the cheese omelet?']);
    expect(cart).toEqual([]);
    expect(last.state.pending ?? undefined).toBeUndefined();
    expect(replyText(last)).toMatch(/toast/i);
    expect(replyText(last)).toMatch(/potato/i);
  });

  it('"what can I choose on the white pizza" lists its groups with price deltas', async () => {
    const { cart, last } = await converse('pizzeria', ['what can I choose on the white pizza']);
    expect(cart).toEqual([]);
    expect(replyText(last)).toMatch(/size/i);
    expect(replyText(last)).toMatch(/\+\$/);
  });

  it('a dish with no options is said to come as described', async () => {
    const { cart, last } = await converse('pizzeria', ['can I customize the cannoli?']);
    expect(cart).toEqual([]);
    expect(replyText(last)).toMatch(/no options/i);
  });

  it('options asked of a dish the menu lacks: only that it is not on the menu', async () => {
    const { last } = await converse('pizzeria', ['what extras can I get with the cappuccino']);
    expect(replyText(last)).toMatch(/cappuccino/i);
    expect(replyText(last)).not.toMatch(/add-ons|Grilled Chicken/i);
  });

  it('a pronoun for the dish in focus: "what can I pick on it"', async () => {
    const { cart, last } = await converse('slices', [
      'tell me about the grandma pie',
      'what can I pick on it',
    ]);
    expect(cart).toEqual([]);
    expect(replyText(last)).toMatch(/Grandma Pie/);
    expect(replyText(last)).toMatch(/size/i);
  });
});
