import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';
import { availabilityObject } from '../understand/choice-availability.ts';

describe('a yes/no question whether a choice of an option group exists', () => {
  it.each([
    ['cafe', 'do you have almond milk', /^Yes, Almond Milk \(\+\$0\.75\) is one of our milk choices \(/],
    ['cafe', 'is oat milk an option?', /^Yes, Oat Milk .* milk choices/],
    ['cafe', 'do you guys have lavender syrup', /^Yes, Lavender .* syrup choices/],
    ['torpedo', 'do you guys have pepper jack', /^Yes, Pepper Jack is one of our cheese choices/],
  ])('%s: "%s" says yes, which group and where, short', async (venue, text, reply) => {
    const c = await converse(venue, [text]);
    expect(c.last.trace.commands.map((x) => x.type)).toEqual(['item_info']);
    expect(replyText(c.last)).toMatch(reply);
    expect(replyText(c.last)).not.toMatch(/Ingredients|Allergens/);
  });

  it('an absent choice of a group says no and lists the group', async () => {
    const c = await converse('cafe', ['do you have hemp milk']);
    expect(replyText(c.last)).toMatch(/^Sorry, we don't have hemp milk\. Our milk choices are .*Almond Milk/);
  });

  it('a question of what the dish in focus holds is no absent choice', async () => {
    const c = await converse('grill', ['a hamburger', 'is there onion on it']);
    expect(replyText(c.last)).not.toMatch(/we don't have/);
  });

  it.each([
    ['spice-route', 'is there something vegan', 'browse_menu'],
    ['pizzeria', 'is there anything vegan', 'browse_menu'],
    ['cafe', 'do you have vegan milk', 'item_info'],
  ])('%s: a kind or diet word is no choice ("%s")', async (venue, text, intent) => {
    const c = await converse(venue, [text]);
    expect(c.last.trace.parse?.intents[0]?.intent).toBe(intent);
    expect(replyText(c.last)).not.toMatch(/one of our|we don't have/);
  });

  it.each([
    ['taqueria', 'do you have horchata'],
    ['bakehouse', 'do you have blueberry'],
    ['diner', 'have you got rye toast'],
  ])('%s: a choice that defines a dish keeps its dish reading ("%s")', async (venue, text) => {
    const c = await converse(venue, [text]);
    expect(c.last.trace.commands.some((x) => x.type === 'item_info' && 'available' in x)).toBe(false);
    expect(replyText(c.last)).not.toMatch(/one of our .* choices \(/);
  });

  it("a dish's own name stays a dish question", async () => {
    const c = await converse('cafe', ['do you have a latte']);
    expect(replyText(c.last)).toMatch(/^Latte:/);
  });

  it('reads the object of the frame, and nothing without the frame', () => {
    expect(availabilityObject('Do you guys have any oat milk here?')).toBe('oat milk');
    expect(availabilityObject('is almond milk available')).toBe('almond milk');
    expect(availabilityObject('almond milk please')).toBeUndefined();
  });
});
