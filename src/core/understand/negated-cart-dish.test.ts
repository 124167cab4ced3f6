import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { createUnderstanding } from './understanding.ts';

const venue = loadVenue('grill');
const u = createUnderstanding(venue.menu, venue.moods, venue.documents);
const read = (text: string, cart: string[], cartGates: string[] = []) =>
  u.parse(text, { cart, cartGates }).lines.map((l) => [l.itemId, l.action, l.without.map((w) => w.choice)]);

describe('a negated word naming a cart dish and another dish choice', () => {
  const cart = ['cheeseburger', 'fries', 'fountain-soda'];
  it('removes the cart dish when no cart dish holds the choice ("no fries")', () => {
    expect(read('no fries', cart)).toEqual([['fries', 'remove', []]]);
    expect(read('oh wait, scratch the fries', cart)).toEqual([['fries', 'remove', []]]);
  });
  it('keeps the choice when a cart line holds its gate (a combo burger) or the dish is named', () => {
    expect(read('no fries', cart, ['cheeseburger/combo/combo'])).not.toContainEqual(['fries', 'remove', []]);
    expect(read('no fries on the burger', cart)).toEqual([['cheeseburger', 'update', ['combo-fries']]]);
  });
});
