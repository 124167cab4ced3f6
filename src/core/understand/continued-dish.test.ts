import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import { createUnderstanding } from './understanding.ts';

const v = loadVenue('pizzeria');
const u = createUnderstanding(v.menu, v.moods, v.documents);
const waiting = { expecting: { group: 'size', itemId: 'margherita' } };

/** The dishes a parse orders or changes, with their action and the choices said for them. */
const read = (text: string, context: Parameters<typeof u.parse>[1]) =>
  u.parse(text, context).lines.map((l) => [l.itemId, l.action, l.options.map((o) => o.choice)]);

describe('an add verb before a part of a dish name that the dish in focus takes as a choice', () => {
  it('is the choice of the dish waiting on its question, never the dish that word is part of', () => {
    expect(read('add cheese', waiting)).toEqual([['margherita', 'update', ['mozzarella']]]);
    expect(read('add cheese please', waiting)).toEqual([['margherita', 'update', ['mozzarella']]]);
  });

  it('is the choice of the cart dish in focus', () => {
    expect(read('add cheese', { cart: ['margherita'] })).toEqual([['margherita', 'update', ['mozzarella']]]);
  });

  it('leaves a dish named whole, or with nothing in focus, an order of that dish', () => {
    expect(read('add a cheese pizza', waiting)).toEqual([['cheese-pizza', 'add', []]]);
    expect(read('add cheese', {})).toEqual([['cheese-pizza', 'add', []]]);
  });
});
