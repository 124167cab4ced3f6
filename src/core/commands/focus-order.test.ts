import { describe, expect, it } from 'vitest';
import { replyText, converse as run } from '../../testing/rule-conversation.ts';
import { readFocusOrder } from './focus-order.ts';

/** Runs `messages` in one session of `venueId`; the cart's lines as [item, quantity, choices]. */
async function converse(venueId: string, messages: readonly string[]) {
  const { last, cart } = await run(venueId, messages);
  return { last, lines: cart.map((l) => [l.itemId, l.quantity, l.options.map((o) => o.choice)]) };
}

describe('readFocusOrder', () => {
  it.each([
    ['add one', 1, false],
    ['ok add it', 1, true],
    ['yes please, add it', 1, true],
    ["sure, i'll take two", 2, false],
    ['get me 4 please', 4, false],
    ['we will have a couple', 2, false],
    ['two of those', 2, false],
    ['i want one with extra cheese', 1, false],
    ['grab me one, large', 1, false],
  ])('"%s" orders %i of the dish in focus', (text, quantity, pronoun) => {
    expect(readFocusOrder(text)).toMatchObject({ quantity, pronoun });
  });

  it.each([
    'is it spicy?',
    "i'll take a look",
    'let me have a think about it',
    'one question',
    'do you have one with less sugar?',
  ])('"%s" is no order for it', (text) => {
    expect(readFocusOrder(text)).toBeUndefined();
  });

  it.each([
    ['i have two kids', 'kids'],
    ["i'll take it mild", 'mild'],
  ])('"%s" leaves what follows the count to be checked against the dish\'s choices', (text, rest) => {
    expect(readFocusOrder(text)).toMatchObject({ rest, bare: true });
  });
});

describe('an order for the dish in focus, said without naming it', () => {
  it('adds the dish asked about, with the count said after a yes', async () => {
    const { lines, last } = await converse('spice-route', ['what is in the onion bhaji', 'yes, add two']);
    expect(lines).toEqual([['onion-bhaji', 2, []]]);
    // only the addition is said: the yes asks nothing ("what would you like?")
    expect(last.acts.map((a) => a.type)).not.toContain('prompt');
  });

  it('puts the options said on that dish, not on the cart’s other line', async () => {
    const { lines } = await converse('spice-route', [
      'a samosa',
      'how spicy is the chana masala',
      'i want one, mild',
    ]);
    expect(lines).toEqual([
      ['samosa', 1, []],
      ['chana-masala', 1, ['mild']],
    ]);
  });

  it('a count with options is the dish in focus even where a cart dish takes those options', async () => {
    const { lines } = await converse('spice-route', [
      'a paneer tikka',
      'whats in the chana masala',
      'add one, hot',
    ]);
    expect(lines).toEqual([
      ['paneer-tikka', 1, []],
      ['chana-masala', 1, ['hot']],
    ]);
  });

  it('a count said while that dish waits on its option is its count, not more of it', async () => {
    const { lines } = await converse('spice-route', [
      'what is in the chicken biryani',
      'ok add one',
      "sure, i'll take two",
      'large',
    ]);
    expect(lines).toEqual([['chicken-biryani', 2, ['large']]]);
  });

  it('a pronoun and options for a dish already in the cart edit that line', async () => {
    const { lines } = await converse('spice-route', ['a paneer tikka', "i'll take it mild"]);
    expect(lines).toEqual([['paneer-tikka', 1, ['mild']]]);
  });

  it('orders nothing for a thank-you or a question', async () => {
    expect((await converse('spice-route', ['tell me about the onion bhaji', 'ok, thank you'])).lines).toEqual(
      [],
    );
    expect((await converse('spice-route', ['tell me about the onion bhaji', 'is it vegan?'])).lines).toEqual(
      [],
    );
  });
});

describe('the dish in focus named by its choice alone', () => {
  it.each([
    ['one blueberry', 1],
    ['blueberry please', 1],
    ["i'll take a blueberry", 1],
    ['two blueberry', 2],
  ])('"%s" after the muffins\' flavours orders %i blueberry muffin(s)', async (text, quantity) => {
    const { lines } = await converse('bakehouse', ['what kinds of muffins do you have', text]);
    expect(lines).toEqual([['muffin', quantity, ['blueberry']]]);
  });

  it('orders it while another dish waits on its question, which is asked again', async () => {
    const { lines, last } = await converse('bakehouse', [
      'a bagel with cream cheese',
      'what kinds of muffins do you have',
      'one blueberry',
    ]);
    expect(lines).toEqual([['muffin', 1, ['blueberry']]]);
    expect(replyText(last)).toMatch(/For the Bagel/);
    expect(replyText(last)).not.toMatch(/isn't one of the choices|don't have/);
  });

  it('orders nothing for words beyond the choices, nor for a question', async () => {
    for (const text of ['one more time', 'blueberry?', 'blueberry is my favourite fruit'])
      expect((await converse('bakehouse', ['what kinds of muffins do you have', text])).lines).toEqual([]);
  });
});

describe('an order of the dish in focus carries the choices and removals said with it', () => {
  it('"can i get that on wheat with no onions" after the Italian was described', async () => {
    const { cart } = await run('deli', [
      "what's on the italian",
      'can i get that on wheat with no onions',
      '12 inch',
    ]);
    expect(cart).toHaveLength(1);
    const line = cart[0];
    expect(line?.itemId).toBe('italian-combo');
    expect(line?.options.map((o) => o.choice)).toEqual(expect.arrayContaining(['wheat', 'twelve-inch']));
    expect(line?.without.map((w) => w.choice)).toContain('onion');
  });
});

describe('a removal said with the dish in focus goes on that dish as it offers the choice', () => {
  it('"can i get that without olives" after the Supreme was described takes its olives off', async () => {
    const { cart } = await run('pizzeria', [
      "what's on the supreme",
      'can i get that without olives',
      'large',
    ]);
    expect(cart).toHaveLength(1);
    expect(cart[0]?.without.map((w) => w.choiceName)).toContain('Black Olives');
  });
});
