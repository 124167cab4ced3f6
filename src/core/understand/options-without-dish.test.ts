import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('options said with no dish', () => {
  it.each([
    ['cafe', 'large oat milk', /Latte/],
    ['grill', 'add avocado', /Cheeseburger/],
    ['pizzeria', 'a side of hot honey', /Which one would you like it with/],
    // an article counts nothing: "an italian" (a bread, and a word of two subs' names) asks as "italian" does
    ['cafe', 'a large oat milk', /Latte/],
    ['torpedo', 'an italian', /Italian B\.M\.T\..*Spicy Italian/],
  ])('%s: "%s" asks which dish, never describes one', async (venue, said, dish) => {
    const { last, cart } = await converse(venue, [said]);
    const text = replyText(last);
    expect(text).toMatch(/which one|which would you like/i);
    expect(text).toMatch(dish);
    expect(text).not.toMatch(/from our|made with|Ingredients:/i);
    expect(cart).toEqual([]);
  });

  it('the dish chosen takes the options', async () => {
    const { cart } = await converse('cafe', ['large oat milk', 'the latte']);
    expect(cart.map((l) => [l.itemId, l.options.map((o) => o.choice).sort()])).toEqual([
      ['latte', ['large', 'oat-milk']],
    ]);
  });

  it('a cart line taking the options gets them', async () => {
    const { cart } = await converse('grill', ['a hamburger', 'add avocado']);
    expect(cart[0]?.options.map((o) => o.choiceName)).toContain('Avocado');
  });

  it('with a cart line that takes none of them, which dish is asked', async () => {
    const { last } = await converse('grill', ['fries please', 'add avocado']);
    expect(replyText(last)).toMatch(/which one would you like it with/i);
  });
});
