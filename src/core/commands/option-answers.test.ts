import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';

describe('an option word the dish does not take is said, never dropped or swapped', () => {
  it('"with oat milk" on a parfait: the parfait is added and the milk is said not to go with it', async () => {
    const { cart, last } = await converse('cafe', ['a yogurt parfait with oat milk']);
    expect(cart.map((l) => l.itemId)).toEqual(['yogurt-parfait']);
    expect(replyText(last)).toMatch(/oat milk/i);
  });

  it('"with vanilla syrup" on a croissant says the syrup', async () => {
    const { cart, last } = await converse('cafe', ['a butter croissant with vanilla syrup']);
    expect(cart.map((l) => l.itemId)).toEqual(['croissant']);
    expect(replyText(last)).toMatch(/vanilla syrup/i);
  });

  it('a choice the dish does take, said right after it, is its option', async () => {
    const { cart } = await converse('spice-route', ['butter chicken', 'with jeera rice']);
    expect(cart.map((l) => l.itemId)).toEqual(['butter-chicken']);
    expect(cart[0]?.options.map((o) => o.choice)).toEqual(['jeera-rice']);
  });
});

describe('an answer to an option question is read against the group first', () => {
  it('"caesar dressing" at a dressing question without caesar adds no Caesar Salad', async () => {
    const { cart, last } = await converse('pizzeria', ['a garden salad', 'caesar dressing']);
    expect(cart.map((l) => l.itemId)).not.toContain('caesar-salad');
    expect(replyText(last)).toMatch(/caesar/i);
    expect(last.state.pending?.itemId).toBe('garden-salad');
  });

  it('"greek" at the dressing question is the Greek vinaigrette, not the Greek Salad', async () => {
    const { cart } = await converse('pizzeria', ['a garden salad', 'greek']);
    expect(cart.map((l) => l.itemId)).toEqual(['garden-salad']);
    expect(cart[0]?.options.map((o) => o.choice)).toEqual(['greek-vinaigrette']);
  });

  it('"medium" at a Regular/Large question is no spice level: the sizes are said', async () => {
    const { last } = await converse('spice-route', ['chicken biryani', 'medium']);
    expect(replyText(last)).toMatch(/regular/i);
    expect(replyText(last)).not.toMatch(/Noted/);
    expect(last.state.pending?.itemId).toBe('chicken-biryani');
  });

  it('"2 large" at the size question is two of the large', async () => {
    const { cart } = await converse('spice-route', ['chicken biryani', '2 large']);
    expect(cart).toHaveLength(1);
    expect(cart[0]?.quantity).toBe(2);
    expect(cart[0]?.options.map((o) => o.choice)).toEqual(['large']);
  });

  it('"no" at a required question keeps the dish and offers the choices again', async () => {
    const { last } = await converse('spice-route', ['chicken biryani', 'no']);
    expect(last.state.pending?.itemId).toBe('chicken-biryani');
    expect(replyText(last)).toMatch(/regular|large/i);
  });

  it('"no thanks" at a required question is no "remove it": the dish still waits', async () => {
    const { last } = await converse('spice-route', ['chicken biryani', 'no thanks']);
    expect(last.state.pending?.itemId).toBe('chicken-biryani');
  });

  it('"3 medium" at a cup-size question whose choices hold ounces is three of the Medium', async () => {
    const { cart } = await converse('cafe', ['a latte', '3 medium']);
    expect(cart[0]?.quantity).toBe(3);
  });

  it('"3 liter" at a drink size with 1 and 2 liter is no such size', async () => {
    const { cart, last } = await converse('pizzeria', ['a coke', '3 liter']);
    expect(cart).toEqual([]);
    expect(replyText(last)).toMatch(/3 liter/);
  });

  it('"no" at a required question whose group has a "none" choice picks it', async () => {
    const { cart } = await converse('pizzeria', ['a garden salad', 'no']);
    expect(cart.map((l) => l.itemId)).toEqual(['garden-salad']);
    expect(cart[0]?.options.map((o) => o.choice)).toEqual(['no-dressing']);
  });
});

describe('a checkout detail given at an option question answers nothing', () => {
  it('an address whose number is a size keeps the size question open', async () => {
    const { cart, last } = await converse('pizzeria', ['a margherita', 'deliver to 16 Birch Lane']);
    expect(cart).toEqual([]);
    expect(last.state.pending?.itemId).toBe('margherita');
    expect(last.state.slots.address).toMatch(/16 Birch Lane/);
  });

  it('a phone number whose digits hold a length is no length', async () => {
    const { cart, last } = await converse('deli', ['a turkey club', 'my phone is 312 555 06 12']);
    expect(cart).toEqual([]);
    expect(last.state.pending?.kind).toBe('option');
  });

  it('the choice said with the address is still taken', async () => {
    const { cart } = await converse('pizzeria', ['a margherita', 'a small one, deliver to 14 Elm Road']);
    expect(cart[0]?.options.map((o) => o.choice)).toEqual(['small']);
  });
});
