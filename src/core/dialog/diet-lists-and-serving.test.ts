import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

const listTitle = (turn: { events: { type: string; title?: string }[] }) =>
  turn.events.find((e) => e.type === 'item_list')?.title;

describe('diet and allergen "something" questions list the dishes that fit', () => {
  it.each([
    ['spice-route', 'do you have something that has no dairy', 'Dishes without milk'],
    ['spice-route', "what can I eat if I'm lactose intolerant", 'Dishes without milk'],
    ['diner', "i'm gluten intolerant, what can i order", 'Dishes without gluten'],
    ['grill', 'do you guys have something dairy free', 'Dishes without milk'],
  ])('[%s] "%s"', async (venue, text, title) => {
    const { last, cart } = await converse(venue, [text]);
    expect(cart).toEqual([]);
    expect(listTitle(last)).toBe(title);
    expect(replyText(last)).not.toMatch(/shall i add|want me to add/i);
  });
});

describe("a temperature question is answered from the dish's hot or iced choice", () => {
  it('the default and the other choice', async () => {
    const { last } = await converse('cafe', ['is the latte hot']);
    expect(replyText(last)).toBe('The Latte is served hot by default; you can have it iced.');
  });

  it('both choices when the menu sets no default', async () => {
    const { last } = await converse('bakehouse', ['is the mocha hot']);
    expect(replyText(last)).toBe('The Mocha can be served hot or iced.');
  });
});
