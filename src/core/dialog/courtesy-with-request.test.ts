import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('a thanks closing an order or a change of it', () => {
  it('is manners: the change is made and no "you\'re welcome" is added', async () => {
    const c = await converse('grill', ['a cheeseburger and fries', 'make the fries 2 thanks']);
    expect(c.cart.find((l) => l.itemId === 'fries')?.quantity).toBe(2);
    expect(replyText(c.last)).not.toMatch(/welcome|pleasure/i);
  });
  it('an order with a thanks is the order alone', async () => {
    const c = await converse('grill', ['a cheeseburger', 'add fries too thanks']);
    expect(c.cart.some((l) => l.itemId === 'fries')).toBe(true);
    expect(replyText(c.last)).not.toMatch(/welcome|pleasure/i);
  });
  it('a thanks alone is still answered', async () => {
    const c = await converse('grill', ['a cheeseburger', 'thanks a lot']);
    expect(replyText(c.last)).toMatch(/welcome|pleasure/i);
  });
});
