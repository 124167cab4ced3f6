import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';
import { venueParser } from '../understand/venue-fixture.ts';

describe('a change said "on the <dish>" of a dish in the cart edits it, never adds one', () => {
  it('"no onions on the butter chicken" (onions no option of it): said back, nothing added', async () => {
    const { cart, last } = await converse('spice-route', [
      'butter chicken and a garlic naan',
      'no onions on the butter chicken',
    ]);
    expect(cart.map((l) => [l.itemId, l.quantity])).toEqual([
      ['butter-chicken', 1],
      ['garlic-naan', 1],
    ]);
    expect(replyText(last)).toMatch(/onions/i);
    expect(replyText(last)).not.toMatch(/Done|now 2/);
  });

  it('"no onions on the naan" with a garlic naan in the cart is about that naan, no Plain Naan', async () => {
    const { cart, last } = await converse('spice-route', [
      'butter chicken and a garlic naan',
      'no onions on the naan',
    ]);
    expect(cart.map((l) => l.itemId)).toEqual(['butter-chicken', 'garlic-naan']);
    expect(replyText(last)).toMatch(/Garlic Naan/);
  });

  it('"no pickles on the burger" with the one burger of the cart named otherwise edits that burger', async () => {
    const { cart } = await converse('grill', ['a smash stack', 'no pickles on the burger']);
    expect(cart.map((l) => [l.itemId, l.quantity])).toEqual([['smash-stack', 1]]);
    expect(JSON.stringify(cart[0])).toMatch(/pickle/i);
  });

  it('"a burger with no pickles" (an order, no pointing) still adds a burger', async () => {
    const { cart } = await converse('grill', ['a smash stack', 'a burger with no pickles']);
    expect(cart.map((l) => l.itemId)).toEqual(['smash-stack', 'hamburger']);
  });

  it('an ingredient the dish lists is a kitchen note on the cart line', async () => {
    const { cart } = await converse('spice-route', [
      'a paneer tikka',
      'no onions on the paneer tikka please',
    ]);
    expect(cart).toHaveLength(1);
    expect(cart[0]?.quantity).toBe(1);
    expect(cart[0]?.notes).toMatch(/onion/i);
  });
});

describe('a dish named "X with Y" is named by X, its head noun, not by Y', () => {
  const { parse } = venueParser('spice-route');
  const items = (text: string) => parse(text).lines.map((l) => l.itemId);

  it('"butter" and "lemon butter" name no Grilled Salmon with Lemon Butter', () => {
    expect(items('extra butter on my naan')).not.toContain('grilled-salmon');
    expect(items('a naan with lemon butter')).not.toContain('grilled-salmon');
  });

  it('the head noun and the tails before "with" still name it', () => {
    expect(items('a salmon')).toEqual(['grilled-salmon']);
    expect(items('2 salmon with lemon butter')).toEqual(['grilled-salmon']);
    expect(items('the green curry with tofu')).toEqual(['thai-green-curry-tofu']);
  });
});
