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
  it('a closing "cheers" or "and thank you" never swallows the request before it', async () => {
    const add = await converse('pizzeria', ['a cheese pizza', 'large', 'add fries too, cheers']);
    expect(add.cart.some((l) => l.itemId === 'french-fries')).toBe(true);
    expect(replyText(add.last)).not.toMatch(/welcome|pleasure/i);
    const change = await converse('pizzeria', ['french fries', 'make the fries 2 and thank you']);
    expect(change.cart.find((l) => l.itemId === 'french-fries')?.quantity).toBe(2);
    const mate = await converse('deli', ['a pickle spear', 'add a bottled water, cheers mate']);
    expect(mate.cart.some((l) => l.name === 'Bottled Water')).toBe(true);
  });
  it('"cheers" alone after an order is still a thanks', async () => {
    const c = await converse('pizzeria', ['french fries', 'cheers']);
    expect(replyText(c.last)).toMatch(/welcome|pleasure/i);
  });
});
