import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

/** "add cheese" with a cart dish taking a cheese group: an edit of that dish (cart-group-reask.ts). */
describe('a group named with an add verb edits the cart dish that takes it', () => {
  it.each([
    ['grill', 'a hamburger', 'add cheese', /^Which cheese for the Hamburger/],
    ['grill', 'a hamburger', 'put some cheese on it', /^Which cheese for the Hamburger/],
    ['deli', 'a 6 inch turkey on wheat', 'add cheese', /^Which cheese for the Turkey/],
  ])('%s: "%s" then "%s" asks which choice for the cart dish', async (venue, first, second, reply) => {
    const c = await converse(venue, [first, second]);
    expect(replyText(c.last)).toMatch(reply);
    expect(replyText(c.last)).not.toMatch(/Cheeseburger|Ingredients/);
    expect(c.last.trace.commands.map((x) => x.type)).toEqual(['update_item']);
  });

  it('the choice then said is added to that dish', async () => {
    const { cart } = await converse('grill', ['a hamburger', 'add cheese', 'swiss']);
    expect(cart.map((l) => [l.itemId, l.options.map((o) => o.choice)])).toEqual([['hamburger', ['swiss']]]);
  });

  it('a dish named after the add verb is still ordered', async () => {
    const { cart } = await converse('grill', ['a hamburger', 'add fries']);
    expect(cart).toHaveLength(2);
  });
});
