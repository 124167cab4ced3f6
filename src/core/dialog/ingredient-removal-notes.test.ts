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

describe('one removal reader: forms, absent words and several removals', () => {
  it('an accented or misspelt plural is the listed ingredient ("no jalapeño", "no tomatos")', async () => {
    const { cart } = await converse('grill', ['a diablo burger, no jalapeño']);
    expect(cart.map((l) => l.notes)).toEqual(['no jalapeños']);
    const torta = await converse('taqueria', ['torta, no tomatos']);
    expect(torta.cart.map((l) => l.notes)).toEqual(['no tomatos']);
  });

  it('an option the dish lacks but is made with is noted when added ("leave out the mayo")', async () => {
    const { last, cart } = await converse('grill', ['crispy chicken sandwich, can you leave out the mayo']);
    expect(said(last)).toMatch(/note/i);
    expect(said(last)).not.toMatch(/nothing to take off/i);
    expect(cart.map((l) => l.notes)).toEqual(['no mayo']);
  });

  it('a food word the dish does not hold is said, never dropped ("chicken tikka, no cashews")', async () => {
    const { last, cart } = await converse('spice-route', ['chicken tikka, no cashews']);
    expect(said(last)).toMatch(/doesn't come with cashews/i);
    expect(cart[0]?.notes ?? undefined).toBeUndefined();
  });

  it('several removals in one sentence: each held one noted, each absent one said', async () => {
    const { last, cart } = await converse('grill', ['a hamburger, no onions and no garlic']);
    expect(said(last)).toMatch(/doesn't come with garlic/i);
    expect(JSON.stringify(cart[0])).toMatch(/onion/i);
  });

  it('a removal named in parts is noted once ("without the spring onions")', async () => {
    const { cart } = await converse('spice-route', ['gobi manchurian without the spring onions']);
    expect(cart.map((l) => l.notes)).toEqual(['no spring onions']);
  });
});
