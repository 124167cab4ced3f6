import { describe, expect, it } from 'vitest';
import { converse, replyText } from '../../testing/rule-conversation.ts';
import { withoutAbsentDishes } from './without-absent-dishes.ts';

describe('a choice said of a dish the menu lacks', () => {
  it('blanks the clause of an absent food word, keeping the rest in place', () => {
    const absent = [{ text: 'beer', suggestions: [], food: true as const }];
    expect(withoutAbsentDishes('regular, and a large birch beer', absent).trimEnd()).toBe('regular,');
    expect(withoutAbsentDishes('a large birch beer', [{ text: 'beer', suggestions: [] }])).toBe(
      'a large birch beer',
    );
  });

  it('blanks the words where understanding read them, not where they first occur', () => {
    const text = 'root beer, and a large birch beer';
    const absent = [
      { text: 'beer', suggestions: [], food: true as const, span: [29, 33] as [number, number] },
    ];
    expect(withoutAbsentDishes(text, absent).trimEnd()).toBe('root beer,');
    // a trimmed message: the span is shifted by the spaces cut off its start
    expect(withoutAbsentDishes(text, [{ ...absent[0]!, span: [31, 35] }], 2).trimEnd()).toBe('root beer,');
  });

  it('gives each absent dish its place in the message as written', async () => {
    const { venueParser } = await import('../understand/venue-fixture.ts');
    const said = 'Regular,  and a large birch beer';
    const u = venueParser('deli')
      .parse(said)
      .unresolved.find((x) => x.food);
    expect(u?.span && said.slice(...u.span).toLowerCase()).toBe('birch beer');
  });

  it('"and a large birch beer" changes no cart dish to large', async () => {
    const { cart } = await converse('deli', ['a 6 inch turkey', 'and a large birch beer']);
    expect(cart.map((l) => [l.itemId, l.options.map((o) => o.choice)])).toEqual([['turkey', ['six-inch']]]);
  });

  it('answers no size question: the absent dish is said, the question stays', async () => {
    const c = await converse('hoagies', ['can i get 2 italian hoagies', 'and a large birch beer']);
    expect(replyText(c.last)).toMatch(/don't have "birch beer"/);
    expect(replyText(c.last)).not.toMatch(/isn't one of the choices|Giant \(15"\)\)/);
    expect(c.cart).toEqual([]);
  });
});
