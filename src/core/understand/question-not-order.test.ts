import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import { createUnderstanding } from './understanding.ts';

const understandings = new Map(
  ['pizzeria', 'spice-route'].map((name) => {
    const v = loadVenue(name);
    return [name, createUnderstanding(v.menu, v.moods, v.documents)] as const;
  }),
);
const parse = (venue: string, text: string) => understandings.get(venue)!.parse(text);
const itemsOf = (venue: string, text: string) => parse(venue, text).lines.map((l) => l.itemId);

describe('ordinary English is not read as an order', () => {
  it('an everyday-word alias right before a word it modifies is no dish ("a late dinner")', () => {
    expect(itemsOf('spice-route', 'can i get a late supper at 10?')).toEqual([]);
    // the alias alone, or with a closing word, still orders
    expect(itemsOf('spice-route', 'can i get a late please')).toEqual(['latte']);
    expect(itemsOf('spice-route', 'a late thanks')).toEqual(['latte']);
  });

  it('the word after a subject pronoun is its verb, never a misspelt dish', () => {
    expect(itemsOf('spice-route', 'can we split the bill')).toEqual([]);
    // a misspelling elsewhere is still corrected
    expect(itemsOf('spice-route', 'can i get a sprit')).toEqual(['sprite']);
  });

  it('"order" as a noun is no order verb: a count question orders nothing', () => {
    expect(parse('pizzeria', 'how many garlic knots are in an order').intents[0]?.intent).not.toBe(
      'order_add',
    );
    expect(parse('pizzeria', 'an order of garlic knots').intents[0]?.intent).toBe('order_add');
  });
});
