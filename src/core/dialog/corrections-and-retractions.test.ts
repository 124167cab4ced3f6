import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

const lines = (cart: Awaited<ReturnType<typeof converse>>['cart']) =>
  cart.map((l) => [l.itemId, l.quantity, l.options.map((o) => o.choice)]);

describe('a retraction with a lead-in right after an add takes that add back', () => {
  it.each(['oh wait, forget that', 'actually never mind', 'hmm, scratch that'])(
    '"%s" removes the tacos just added and starts no checkout',
    async (text) => {
      const c = await converse('taqueria', ['a horchata', 'two chicken tacos', text]);
      expect(c.cart.map((l) => l.itemId)).toEqual(['agua-fresca']);
      expect(replyText(c.last)).not.toMatch(/deliver|pick it up|pickup/i);
    },
  );

  it('takes back the only dish of the cart too, and says the order is empty', async () => {
    const c = await converse('taqueria', ['hi', 'two chicken tacos', 'oh wait, forget that']);
    expect(c.cart).toHaveLength(0);
    expect(replyText(c.last)).toMatch(/empty/i);
    expect(replyText(c.last)).not.toMatch(/check out/i);
  });

  it('"actually no" at "anything else?" is a "no": no more dishes, nothing removed', async () => {
    const c = await converse('taqueria', ['two chicken tacos', 'actually no']);
    expect(c.cart).toHaveLength(1);
    expect(replyText(c.last)).toMatch(/deliver|pick/i);
  });
});

describe('"make it N" right after a several-dish add changes the line it alters', () => {
  it('"actually make it one" after "two chicken tacos and a horchata" makes the tacos one', async () => {
    const c = await converse('taqueria', ['two chicken tacos and a horchata', 'actually make it one']);
    expect(lines(c.cart)).toEqual([
      ['taco', 1, ['pollo']],
      ['agua-fresca', 1, ['horchata']],
    ]);
  });

  it('asks which when several lines of that add would change', async () => {
    const c = await converse('taqueria', ['three chicken tacos, two horchatas and a churro', 'make it one']);
    expect(replyText(c.last)).toMatch(/which one/i);
    expect(c.cart.map((l) => l.quantity)).toEqual([3, 2, 1]);
  });
});

describe('"change the <option> <dish> to <option>" swaps the option, the count kept', () => {
  it.each(['change the chicken tacos to steak', 'switch the chicken tacos to steak'])('%s', async (text) => {
    const c = await converse('taqueria', ['two chicken tacos', text]);
    expect(lines(c.cart)).toEqual([['taco', 2, ['carne-asada']]]);
    expect(replyText(c.last)).not.toMatch(/at most/i);
  });
});

describe('a group named for a cart dish is asked again', () => {
  it('"change the toppings" on a margherita asks its toppings', async () => {
    const c = await converse('pizzeria', ['a large margherita', 'change the toppings']);
    expect(replyText(c.last)).toMatch(/toppings/i);
    expect(c.last.state.pending?.kind).toBe('option');
  });

  it.each(['different rice please', 'can I get a different rice'])(
    '"%s" asks the burrito\'s rice again, no Side of Rice',
    async (text) => {
      const asked = await converse('taqueria', ['a chicken burrito with spanish rice', text]);
      expect(replyText(asked.last)).toMatch(/rice/i);
      expect(asked.cart.map((l) => l.itemId)).toEqual(['burrito']);
    },
  );

  it('"a side of rice" still orders the side', async () => {
    const c = await converse('taqueria', ['a chicken burrito', 'two sides of rice']);
    expect(c.cart.map((l) => l.itemId)).toEqual(['burrito', 'side-of-rice']);
  });
});
