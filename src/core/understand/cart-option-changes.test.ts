import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

/** The cart's lines as item id and choice ids. */
async function cartAfter(venue: string, messages: string[]) {
  const c = await converse(venue, messages);
  return {
    lines: c.cart.map((l) => [l.itemId, l.quantity, l.options.map((o) => o.choice).sort()]),
    reply: replyText(c.last),
  };
}

describe('an option of a cart dish changed in natural words changes that dish, never adds dishes', () => {
  const burger = 'can I get a cheeseburger medium rare no pickles, add bacon';

  it('"swap the fries for onion rings": the side swap named by both words, on the cart burger', async () => {
    const { lines, reply } = await cartAfter('diner', [burger, 'and swap the fries for onion rings']);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.[0]).toBe('cheeseburger');
    expect(lines[0]?.[2]).toContain('onion-rings-swap');
    expect(reply).not.toMatch(/French Fries/);
  });

  it('"can my burger be well done instead": the doneness, not out of scope', async () => {
    const { lines, reply } = await cartAfter('diner', [burger, 'can my burger be well done instead']);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.[2]).toContain('well-done');
    expect(lines[0]?.[2]).not.toContain('medium-rare');
    expect(reply).not.toMatch(/outside/);
  });

  it('"make the burger medium instead" sets the doneness only ("make" is no "make it deluxe")', async () => {
    const { lines } = await cartAfter('diner', [burger, 'make the burger medium instead']);
    expect(lines[0]?.[2]).toContain('medium');
    expect(lines[0]?.[2]).not.toContain('deluxe');
  });

  it('"switch the toast to rye", "sub the home fries for hash browns": a group or choice named, not a side dish', async () => {
    const order = 'two egg breakfast with scrambled eggs, bacon, white toast and home fries';
    const { lines } = await cartAfter('diner', [
      order,
      'switch the toast to rye',
      'sub the home fries for hash browns',
    ]);
    expect(lines).toEqual([['two-egg-breakfast', 1, expect.any(Array)]]);
    expect(lines[0]?.[2]).toEqual(expect.arrayContaining(['rye-toast', 'hash-browns']));
    expect(lines[0]?.[2]).not.toContain('home-fries');
  });

  it('"can I get my omelet with egg whites instead": a choice the omelet lacks is said back', async () => {
    const { lines, reply } = await cartAfter('diner', [
      'a western omelet with wheat toast and home fries',
      'can I get my omelet with egg whites instead',
    ]);
    expect(lines).toHaveLength(1);
    expect(reply).toMatch(/egg whites/i);
    expect(reply).not.toMatch(/Ingredients/);
  });

  it('"swap the rice for garlic naan" changes what the curry is served with', async () => {
    const { lines } = await cartAfter('spice-route', [
      'a butter chicken with steamed basmati rice',
      'swap the rice for garlic naan',
    ]);
    expect(lines).toEqual([['butter-chicken', 1, ['garlic-naan']]]);
  });

  it('"can the pizza be deep dish instead" changes the crust', async () => {
    const { lines } = await cartAfter('pizzeria', [
      'a large pepperoni pizza thin crust',
      'can the pizza be deep dish instead',
    ]);
    expect(lines[0]?.[2]).toContain('deep-dish');
    expect(lines[0]?.[2]).not.toContain('thin-crust');
  });
});

describe('"swap X for Y" with no cart option for Y swaps dishes, never adds both', () => {
  it('replaces the cart line of X ("swap" also a menu word)', async () => {
    const { lines } = await cartAfter('diner', ['french fries and a coke', 'swap the fries for onion rings']);
    expect(lines.map((l) => l[0])).not.toContain('french-fries');
    expect(lines.map((l) => l[0])).toContain('onion-rings');
  });

  it('says X is not in the order when it is not, and swaps nothing else', async () => {
    const { lines, reply } = await cartAfter('diner', [
      'buttermilk pancakes short stack',
      'swap the fries for onion rings',
    ]);
    expect(lines.map((l) => l[0])).toEqual(['pancakes']);
    expect(reply).toMatch(/no French Fries/);
  });
});
