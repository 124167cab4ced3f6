import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';
import type { TurnResult } from '../handle-turn.ts';

describe('an open option question does not block the rest of the order', () => {
  it('a dish that needs its own option, ordered at the size question, is said to wait and asked next', async () => {
    const { turns } = await converse('pizzeria', ['a pepperoni pizza', 'and 2 cokes', 'large']);
    expect(replyText(turns[1] as TurnResult)).toMatch(/Coca-Cola/);
    expect(replyText(turns[1] as TurnResult)).toMatch(/Pepperoni Pizza/);
    expect(turns[1]?.state.pending?.itemId).toBe('pepperoni-pizza');
    expect(turns[2]?.state.pending?.itemId).toBe('coca-cola');
  });

  it('ordering another dish is progress, not an ignored question', async () => {
    const { last } = await converse('pizzeria', ['a pepperoni pizza', 'and 2 cokes']);
    expect(last.state.frames.at(-1)?.reprompts).toBe(0);
  });

  it('a dish with nothing to ask is added and the question stays', async () => {
    const { cart, last } = await converse('spice-route', ['chicken biryani please', 'also add garlic naan']);
    expect(cart.map((l) => l.itemId)).toEqual(['garlic-naan']);
    expect(last.state.pending?.itemId).toBe('chicken-biryani');
  });

  it('checkout at the option question asks the option first', async () => {
    const { last } = await converse('spice-route', ['can i get a chicken biryani', 'k checkout']);
    expect(replyText(last)).toMatch(/Chicken Biryani/);
    expect(last.state.pending?.kind).toBe('option');
  });
});

describe('a swap of the dish waiting on its option replaces it', () => {
  it('the waiting dish named by a word of its name is dropped for the new one', async () => {
    const { cart } = await converse('spice-route', [
      'can i get a chicken biryani',
      'actually swap the biryani for lamb rogan josh',
      'large',
    ]);
    expect(cart.map((l) => l.itemId)).toEqual(['lamb-rogan-josh']);
  });

  it('the new dish takes the answer to the option it has too', async () => {
    const { cart } = await converse('spice-route', [
      'can i get a chicken biryani',
      'swap the biryani for the peri peri wings',
      'large',
    ]);
    expect(cart.map((l) => [l.itemId, l.options.map((o) => o.choice)])).toEqual([
      ['peri-peri-wings', ['large']],
    ]);
  });
});

describe('a choice that is not offered is said, never swapped', () => {
  it.each([
    ['spice-route', 'build your own bowl', 'fried chicken', /fried chicken/i],
    ['diner', 'a milkshake', 'mint chocolate', /mint chocolate/i],
    ['pizzeria', 'a coke', '3 liter', /3 liter/i],
    ['bakehouse', 'a muffin please', 'strawberry', /strawberry/i],
    ['deli', 'a bag of chips', 'cheddar', /cheddar/i],
  ])(
    '%s: "%s" then "%s" keeps the question open and lists the choices',
    async (venue, dish, answer, heard) => {
      const { cart, last } = await converse(venue, [dish, answer]);
      expect(cart).toEqual([]);
      expect(last.state.pending?.kind).toBe('option');
      expect(replyText(last)).toMatch(heard);
      expect(replyText(last)).toMatch(/not one of|isn't one of|don't have/i);
    },
  );

  it.each([
    ['pizzeria', 'a pepperoni pizza', 'larg', 'large'],
    ['burritos', 'a burrito', 'chiken', 'chicken'],
    ['spice-route', 'build your own bowl', 'tofu', 'tofu'],
    ['pizzeria', 'a pepperoni pizza', 'large please', 'large'],
    ['spice-route', 'chicken biryani please', 'the large one', 'large'],
  ])('%s: "%s" then "%s" picks the choice', async (venue, dish, answer, choice) => {
    const { cart } = await converse(venue, [dish, answer]);
    expect(cart[0]?.options.map((o) => o.choice)).toContain(choice);
  });
});

describe('an answer that holds another group’s choice', () => {
  it('"whole wheat" at the length question is the bread, not the 12" "whole" in its words', async () => {
    const asked = await converse('deli', ['a turkey sub', 'whole wheat']);
    expect(asked.cart).toEqual([]);
    expect(asked.last.state.pending).toMatchObject({ kind: 'option', group: 'length' });
    const { cart } = await converse('deli', ['a turkey sub', 'whole wheat', '6 inch']);
    expect(cart.map((l) => l.options.map((o) => o.choice).sort())).toEqual([['six-inch', 'wheat']]);
  });
});
