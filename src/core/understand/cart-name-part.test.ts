import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const spice = venueParser('spice-route');
const cafe = venueParser('cafe');
const bakehouse = venueParser('bakehouse');

const read = (p: ReturnType<typeof venueParser>, text: string, context: Parameters<typeof p.parse>[1]) => {
  const r = p.parse(text, context);
  return { intent: r.intents[0]?.intent, lines: r.lines.map((l) => `${l.action} ${l.itemId}`), r };
};

describe('a part of a cart dish name names the cart dish (removal, change)', () => {
  it('"remove the dal" with Dal Makhani in the cart removes it', () => {
    const { intent, lines } = read(spice, 'remove the dal', { cart: ['dal-makhani'] });
    expect(intent).toBe('order_remove');
    expect(lines).toEqual(['remove dal-makhani']);
  });
  it('"cancel the paneer" goes to the cart dish, not another paneer dish', () => {
    expect(read(spice, 'cancel the paneer', { cart: ['paneer-tikka'] }).lines).toEqual([
      'remove paneer-tikka',
    ]);
  });
  it('"make the dal mild" changes the cart dal and asks nothing', () => {
    const { lines, r } = read(spice, 'make the dal mild', { cart: ['dal-makhani'] });
    expect(lines).toEqual(['update dal-makhani']);
    expect(r.unresolved).toEqual([]);
  });
  it('two cart dishes sharing the word: asks which of those two only', () => {
    const { r } = read(spice, 'remove the dal', { cart: ['dal-makhani', 'moong-dal-khichdi'] });
    expect(r.lines).toEqual([]);
    expect(r.unresolved[0]?.suggestions.map((s) => s.id)).toEqual(['dal-makhani', 'moong-dal-khichdi']);
  });
  it('"leave the dal out" (a split removal verb) asks which of the two cart dals', () => {
    const { r } = read(spice, 'leave the dal out', { cart: ['dal-makhani', 'moong-dal-khichdi'] });
    expect(r.unresolved[0]?.suggestions.map((s) => s.id)).toEqual(['dal-makhani', 'moong-dal-khichdi']);
  });
  it('"take the naan off" with Garlic Naan in the cart removes it, not the menu\'s Plain Naan', () => {
    expect(read(spice, 'take the naan off', { cart: ['garlic-naan'] }).lines).toEqual(['remove garlic-naan']);
  });
  it('"I\'ll have the paneer" still orders from the menu', () => {
    expect(read(spice, "I'll have the paneer", { cart: ['paneer-tikka'] }).lines[0]).toMatch(/^add /);
  });
});

describe('a change pointed at a cart or waiting dish edits it', () => {
  it('"no cream on the dal" is a change of the dal, not a no', () => {
    const { intent, lines, r } = read(spice, 'no cream on the dal', { cart: ['dal-makhani'] });
    expect(intent).toBe('order_update');
    expect(lines).toEqual(['update dal-makhani']);
    expect(r.lines[0]?.note).toBe('no cream');
  });
  it('"with cream cheese on the bagel" sets the cart bagel\'s spread (cafe)', () => {
    const { intent, lines } = read(cafe, 'with cream cheese on the bagel', { cart: ['bagel'] });
    expect(intent).toBe('order_update');
    expect(lines).toEqual(['update bagel']);
  });
  it('the same while the bagel waits on its question (bakehouse) is no second bagel', () => {
    const ctx = { cart: [], expecting: { group: 'bagel-kind', itemId: 'bagel' } };
    expect(read(bakehouse, 'with cream cheese on the bagel', ctx).lines).toEqual(['update bagel']);
  });
});

describe('"with X" continues the last dish', () => {
  it('"with garlic naan" after a butter chicken is its side, not a Garlic Naan', () => {
    expect(spice.lines('with garlic naan', { cart: ['butter-chicken'] })).toEqual([
      'butter-chicken x1 [garlic-naan] -[]',
    ]);
  });
  it('"with brown rice" is the curry\'s rice, no Steamed Basmati Rice side', () => {
    const { lines } = read(spice, 'with brown rice', { cart: ['butter-chicken'] });
    expect(lines).toEqual(['update butter-chicken']);
  });
  it('"with a coke" still orders the coke; so does a message ordering another dish', () => {
    expect(read(spice, 'with a coke', { cart: ['butter-chicken'] }).lines).toEqual(['add coke']);
    expect(read(spice, 'with garlic naan and a mango lassi', { cart: ['butter-chicken'] }).lines).toEqual([
      'add garlic-naan',
      'add mango-lassi',
    ]);
  });
});
