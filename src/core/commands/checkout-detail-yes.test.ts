import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('a yes with a checkout detail at "anything else, or check out?" is the checkout', () => {
  it.each([
    ['burritos', 'a chicken burrito', 'okay, we will do pickup'],
    ['pizzeria', 'a large margherita', "sure, it's for pickup"],
  ])('at %s: "%s" then "%s" takes the detail and asks no "what else"', async (venue, order, yes) => {
    const { last } = await converse(venue, [order, yes]);
    expect(replyText(last)).not.toMatch(/what else|what would you like/i);
    expect(last.state.slots.fulfillment).toBe('pickup');
    expect(last.trace.commands.map((c) => c.type)).not.toContain('confirm');
  });

  it('a bare yes still asks what else', async () => {
    const { last } = await converse('burritos', ['a chicken burrito', 'yes please']);
    expect(replyText(last)).toMatch(/what else/i);
  });
});
