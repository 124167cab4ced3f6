import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('a yes word that only opens a question', () => {
  it.each([
    ['cafe', 'a large latte with oat milk', 'ok whats my total so far'],
    ['grill', 'a cheeseburger', 'alright, what do i owe'],
    ['pizzeria', 'a large pepperoni pizza', 'cool what is the total'],
  ])('%s: "%s" then "%s" gives the total, no "what else" first', async (venue, order, asked) => {
    const { last } = await converse(venue, [order, asked]);
    const text = replyText(last);
    expect(text).not.toMatch(/what would you like|what else can i get/i);
    expect(text).toMatch(/comes to \$\d+\.\d\d|\$\d+\.\d\d in total/);
    expect(last.acts.some((a) => a.type === 'show' && a.card.type === 'cart')).toBe(true);
  });

  it('a yes to "anything else?" that orders nothing still asks what else', async () => {
    const { last } = await converse('grill', ['a cheeseburger', 'ok']);
    expect(replyText(last)).toMatch(/what would you like|what else can i get/i);
  });
});
