import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { normalize } from './normalize.ts';
import { readOptionsFrame } from './options-frame.ts';
import { createUnderstanding } from './understanding.ts';

const understand = (id: string) => {
  const v = loadVenue(id);
  return createUnderstanding(v.menu, v.moods, v.documents);
};
const pizzeria = understand('pizzeria');
const diner = understand('diner');
const cafe = understand('cafe');
const burritos = understand('burritos');

const frame = (text: string) => readOptionsFrame(normalize(text).tokens);

describe('readOptionsFrame', () => {
  it.each([
    ['what can I choose on the hawaiian pizza', false],
    ['what else could we add to the bagel', false],
    ['which sauces can I pick for the wings', false],
    ["what's there to pick on the omelet", false],
    ['can I customise the western omelet', true],
    ['how would we personalize the latte', true],
    ['is it possible to tweak the burrito', true],
  ])('"%s" is an options frame', (text, closed) => {
    expect(frame(text)).toMatchObject({ closed });
  });

  it.each(['what can I get', 'can I get a coffee', 'what time can I pick up', 'I want to change my address'])(
    '"%s" is none',
    (text) => {
      expect(frame(text)).toBeUndefined();
    },
  );
});

describe('an options question about a dish is read as one, never as an order', () => {
  it.each([
    ['what can I choose on the hawaiian pizza', pizzeria, 'hawaiian-pizza'],
    ['can I customise the western omelet', diner, 'western-omelet'],
    ['could we modify the patty melt?', diner, 'patty-melt'],
    ['what can I pick with the cappuccino', cafe, 'cappuccino'],
    ['are there any add-ons for the tacos?', burritos, 'tacos'],
    ['does the salad come with choices', burritos, 'salad'],
  ])('"%s"', (text, u, itemId) => {
    const r = u.parse(text);
    expect(r.intents[0]?.intent).toBe('item_info');
    expect(r.lines).toEqual([]);
    expect(r.itemRefs.map((x) => x.itemId)).toEqual([itemId]);
    expect(r.itemQuestion).toEqual({ topic: 'options' });
  });

  it('a group word the dish lacks, said as choices in general, asks for all its options', () => {
    expect(cafe.parse('what extras can I order with the mocha').itemQuestion).toEqual({ topic: 'options' });
  });

  it('a group of the dish said in the question stays that group', () => {
    expect(cafe.parse('what milks can I get in the flat white').itemQuestion).toEqual({
      topic: 'options',
      group: 'milk',
    });
  });

  it('a change said after the dish is a change, not a question', () => {
    const r = cafe.parse('can I change the mocha to oat milk', { cart: ['mocha'] });
    expect(r.intents[0]?.intent).not.toBe('item_info');
  });

  it('"can I customise it" asks about the dish in focus', () => {
    const r = diner.parse('can I customise it');
    expect(r.intents[0]?.intent).toBe('item_info');
    expect(r.itemQuestion).toEqual({ topic: 'options' });
  });

  it('options asked of a dish the menu lacks name no other dish’s group', () => {
    const r = pizzeria.parse('what add-ons can I get with the lasagna');
    expect(r.unresolved.map((u) => u.text)).toContain('lasagna');
    expect(r.itemQuestion).toEqual({ topic: 'options' });
  });
});
