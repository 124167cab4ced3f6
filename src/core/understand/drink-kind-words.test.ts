import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { converse, replyText } from '../../testing/rule-conversation.ts';
import { absentDrinkKind, absentDrinkKindOf, drinkKindSaid } from './drink-kind-words.ts';
import { normalize } from './normalize.ts';
import { venueParser } from './venue-fixture.ts';

const said = (text: string) => drinkKindSaid(normalize(text).tokens)?.kind;

describe('drink kinds said (drink-kind-words.ts)', () => {
  it('reads beer, wine, cocktails and alcohol from a lexicon of words and phrases', () => {
    expect(said('whats on tap')).toBe('beer');
    expect(said('any draft beer')).toBe('beer');
    expect(said('got any ipas')).toBe('beer');
    expect(said('do you guys serve wine')).toBe('wine');
    expect(said('is there a margarita')).toBe('cocktails');
    expect(said('any mixed drinks')).toBe('cocktails');
    expect(said('do you sell liquor')).toBe('alcohol');
  });

  it('a soft drink or a food sharing the word is no drink kind', () => {
    for (const text of ['a root beer', 'ginger beer please', 'one cold brew', 'red wine vinegar', 'a fries'])
      expect(said(text), text).toBeUndefined();
  });

  it('a kind the menu serves is not absent; a root beer on the menu serves no beer', () => {
    const pizzeria = loadVenue('pizzeria').menu;
    const tokens = normalize('any beer').tokens;
    expect(absentDrinkKind(tokens, pizzeria)?.kind).toBe('beer');
    const first = pizzeria.items[0] as (typeof pizzeria.items)[number];
    const menu = { ...pizzeria, items: [...pizzeria.items, { ...first, id: 'ipa', name: 'Draft IPA' }] };
    expect(absentDrinkKind(tokens, menu)).toBeUndefined();
  });
});

describe('a question for a drink kind the menu lacks (understanding)', () => {
  it('is a question answered as an absent dish, the menu drinks its suggestions', () => {
    for (const [venue, text, kind] of [
      ['grill', 'whats on tap', 'beer'],
      ['taqueria', 'what beers do you have', 'beer'],
      ['cafe', 'do you guys serve wine', 'wine'],
      ['deli', 'do you have any cocktails', 'cocktails'],
      ['grill', 'do you sell liquor', 'alcohol'],
    ] as const) {
      const r = venueParser(venue).parse(text);
      expect(r.intents[0]?.intent, text).toBe('faq');
      expect(r.absentDishes?.[0]?.drinkKind, text).toBe(kind);
      expect(r.absentDishes?.[0]?.suggestions.length, text).toBeGreaterThan(0);
      expect(r.unresolved, text).toEqual([]);
    }
  });
});

describe('a drink kind said of no menu (drink-kind-words.ts)', () => {
  it('is no question about the venue', () => {
    const grill = loadVenue('grill').menu;
    for (const text of [
      'what wine goes with steak',
      'how do i make a margarita',
      'tell me about craft beer history',
    ])
      expect(absentDrinkKind(normalize(text).tokens, grill), text).toBeUndefined();
  });
});

describe('a drink kind the menu lacks named beside dishes ordered', () => {
  it('orders the dishes and says the kind is not served, offering the drinks', async () => {
    const c = await converse('grill', ['a cheeseburger and a pint of lager']);
    expect(c.cart.map((l) => l.name)).toEqual(['Cheeseburger']);
    const reply = replyText(c.last);
    expect(reply).toMatch(/don't serve beer/);
    expect(reply).toContain('Fountain Soda');
    expect(reply).not.toContain('Did you mean');
  });

  it('a soft drink sharing the word is no drink kind', () => {
    expect(absentDrinkKindOf('root beer', loadVenue('grill').menu)).toBeUndefined();
    expect(absentDrinkKindOf('glass of wine', loadVenue('grill').menu)?.kind).toBe('wine');
  });
});
