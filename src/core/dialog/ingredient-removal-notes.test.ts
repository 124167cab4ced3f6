import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

const said = (turn: { events: { type: string; text?: string }[] }) =>
  turn.events
    .filter((e) => e.type === 'text')
    .map((e) => e.text)
    .join(' ');

describe('an ingredient no option takes off is kept as a kitchen note, never dropped', () => {
  it('with the order: "chicken biryani no onions"', async () => {
    const { turns, cart } = await converse('spice-route', ['chicken biryani no onions', 'regular']);
    expect(said(turns[0]!)).toMatch(/isn't a menu option .*note/i);
    expect(said(turns[0]!)).not.toMatch(/left that out|don't offer/i);
    expect(cart.map((l) => [l.itemId, l.notes])).toEqual([['chicken-biryani', 'no onions']]);
  });

  it('read as an unknown dish before: "masala dosa no potatoes"', async () => {
    const { last, cart } = await converse('spice-route', ['masala dosa no potatoes']);
    expect(said(last)).not.toMatch(/don't have "potatoes"/i);
    expect(cart.map((l) => l.notes)).toEqual(['no potatoes']);
  });

  it('at the option question: "no onions" while the biryani waits on its size', async () => {
    const { turns, cart } = await converse('spice-route', ['chicken biryani', 'no onions', 'regular']);
    expect(said(turns[1]!)).not.toMatch(/nothing to take off/i);
    expect(cart.map((l) => l.notes)).toEqual(['no onions']);
  });

  it('on a cart line: "no onions please" after the biryani is in', async () => {
    const { last, cart } = await converse('spice-route', ['chicken biryani', 'regular', 'no onions please']);
    expect(said(last)).toMatch(/note/i);
    expect(cart.map((l) => l.notes)).toEqual(['no onions']);
  });

  it('a removal that is an option stays an option ("margherita without basil")', async () => {
    const { cart } = await converse('pizzeria', ['margherita without basil', 'large']);
    expect(cart[0]?.notes ?? undefined).toBeUndefined();
    expect(JSON.stringify(cart[0])).toMatch(/basil/i);
  });

  it('an ingredient the dish does not hold is not noted ("chicken biryani no pineapple")', async () => {
    const { cart } = await converse('spice-route', ['chicken biryani no pineapple', 'regular']);
    expect(cart[0]?.notes ?? undefined).toBeUndefined();
  });
});
