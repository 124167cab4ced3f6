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
  it.each([
    'wait how spicy is the chicken tikka masala',
    'lol how spicy is the butter chicken',
    'hmm is the butter chicken spicy',
    'ok so how spicy is the butter chicken',
    'hey do you have samosas',
  ])('a question after an interjection is still a question: "%s"', (text) => {
    const r = parse('spice-route', text);
    expect(r.lines).toEqual([]);
    expect(r.intents[0]?.intent).not.toBe('order_add');
  });

  it('an order after an interjection is still an order', () => {
    expect(itemsOf('spice-route', 'wait 2 samosas')).toEqual(['samosa']);
    expect(itemsOf('spice-route', 'ok can i get 2 samosas')).toEqual(['samosa']);
  });

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

  it('a question of how fast beside a mood asks about the service first; the mood stays', () => {
    const r = parse('spice-route', 'I only have a short lunch break, how fast is lunch?');
    expect(r.intents.map((i) => i.intent).slice(0, 2)).toEqual(['faq', 'recommend']);
    expect(r.mood).toBe('in-a-hurry');
    // the mood alone still recommends
    expect(parse('spice-route', "I'm on my lunch break, what's quick?").intents[0]?.intent).toBe('recommend');
  });

  it('a dish named as a catering service at an occasion asks about catering, it orders nothing', () => {
    for (const text of [
      "we'd love a dosa station at our wedding",
      'can we get a live chaat counter for our engagement?',
    ]) {
      const r = parse('spice-route', text);
      expect(r.intents[0]?.intent, text).toBe('faq');
      expect(r.lines, text).toEqual([]);
    }
    // the dish alone, or a service noun with no occasion, still orders
    expect(itemsOf('spice-route', 'a masala dosa please')).toEqual(['masala-dosa']);
    expect(parse('spice-route', "we'd love a dosa station").intents[0]?.intent).not.toBe('faq');
  });
});
