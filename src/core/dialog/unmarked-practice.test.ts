import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('a diet practice the venue does not mark', () => {
  it('is said plainly, not "not sure" with the contact details', async () => {
    const c = await converse('cafe', ['we only eat halal']);
    expect(replyText(c.last)).toMatch(/doesn't mark any dish as halal/);
    expect(replyText(c.last)).not.toMatch(/not sure|contact/i);
  });
  it('the order goes on after it', async () => {
    const c = await converse('grill', ['a cheeseburger', 'just so you know, my wife keeps kosher']);
    expect(replyText(c.last)).toMatch(/kosher/);
    expect(c.cart.map((l) => l.itemId)).toEqual(['cheeseburger']);
  });
  it('where the documents speak of it, their passage answers', async () => {
    const c = await converse('pizzeria', ['we keep kosher']);
    expect(replyText(c.last)).toMatch(/halal or kosher meats/);
  });
});
