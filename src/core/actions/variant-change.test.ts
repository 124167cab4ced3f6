import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

const lines = (cart: Awaited<ReturnType<typeof converse>>['cart']) =>
  cart.map((l) => ({ item: l.itemId, quantity: l.quantity, options: l.options.map((o) => o.choice).sort() }));

describe('"make it iced": the menu item that is the same dish plus the modifier word', () => {
  it('swaps the line to the variant item, keeping its quantity and the options it takes', async () => {
    const { cart } = await converse('bakehouse', ['2 small coffees', 'make it iced']);
    expect(lines(cart)).toEqual([{ item: 'iced-coffee', quantity: 2, options: ['small'] }]);
  });

  it.each(['make the coffee iced', 'can you make that iced please', 'could you make them iced'])(
    '"%s" names the line by the dish or a pronoun',
    async (text) => {
      const { cart } = await converse('bakehouse', ['a small coffee', text]);
      expect(lines(cart)).toEqual([{ item: 'iced-coffee', quantity: 1, options: ['small'] }]);
    },
  );

  it('a modifier of a dish said after it ("nitro") works the same', async () => {
    const { cart } = await converse('bakehouse', ['a small cold brew', 'make it nitro']);
    expect(lines(cart)).toEqual([{ item: 'nitro-cold-brew', quantity: 1, options: ['small'] }]);
  });

  it('no variant item but an option of that name: the option is set', async () => {
    const { cart } = await converse('cafe', ['a small latte', 'make it iced']);
    expect(lines(cart)).toEqual([{ item: 'latte', quantity: 1, options: ['iced', 'small'] }]);
  });

  it('neither a variant nor an option: says so and changes nothing', async () => {
    const { cart, last } = await converse('bakehouse', ['a butter croissant', 'make it iced']);
    expect(lines(cart)).toEqual([{ item: 'croissant', quantity: 1, options: [] }]);
    expect(JSON.stringify(last.acts)).toMatch(/iced/i);
    expect(last.acts.some((a) => a.type === 'say' && a.key === 'no_variant')).toBe(true);
  });
});

describe('"make one of them a bacon cheeseburger": one unit split off and changed to the dish', () => {
  it('a line of 2 becomes 1 of each', async () => {
    const { cart } = await converse('grill', ['2 cheeseburgers', 'make one of them a bacon cheeseburger']);
    expect(lines(cart).map(({ item, quantity }) => [item, quantity])).toEqual([
      ['cheeseburger', 1],
      ['bacon-cheeseburger', 1],
    ]);
  });

  it('"make it a …" swaps the whole line in focus', async () => {
    const { cart } = await converse('diner', ['2 medium cheeseburgers', 'make it a bacon cheeseburger']);
    expect(lines(cart).map(({ item, quantity }) => [item, quantity])).toEqual([['bacon-cheeseburger', 2]]);
  });

  it('"change one of those to …" on a line of 3', async () => {
    const { cart } = await converse('grill', ['3 hamburgers', 'change one of those to a cheeseburger']);
    expect(lines(cart).map(({ item, quantity }) => [item, quantity])).toEqual([
      ['hamburger', 2],
      ['cheeseburger', 1],
    ]);
  });
});
