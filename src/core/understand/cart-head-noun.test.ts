import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const { lines } = venueParser('spice-route');

describe('cartDishByHeadNoun (through the parse)', () => {
  it('a head noun alone names the one cart dish with that head noun', () => {
    expect(lines('take off one naan', { cart: ['garlic-naan', 'butter-chicken'] })).toEqual([
      'garlic-naan x1 [] -[]',
    ]);
  });
  it('the exact-name dish wins when it is in the cart', () => {
    expect(lines('remove one naan', { cart: ['garlic-naan', 'plain-naan'] })).toEqual([
      'plain-naan x1 [] -[]',
    ]);
  });
  it('more words than the head noun keep the dish they name', () => {
    expect(lines('remove the plain naan', { cart: ['garlic-naan'] })).toEqual(['plain-naan x1 [] -[]']);
  });
  it('an added dish is never redirected', () => {
    expect(lines('add a naan', { cart: ['garlic-naan'] })).toEqual(['plain-naan x1 [] -[]']);
  });
});

describe('"another <head noun>" raises the one cart line whose dish has that head noun', () => {
  const { parse } = venueParser('spice-route');
  const more = (text: string, context: Parameters<typeof parse>[1]) =>
    parse(text, context).lines.map((l) => `${l.itemId} x${l.quantity}${l.more ? ' more' : ''}`);
  const cart = ['mango-lassi', 'garlic-naan'];

  it.each([
    ['add another naan', ['garlic-naan x1 more']],
    ['another naan please', ['garlic-naan x1 more']],
    ['one more naan', ['garlic-naan x1 more']],
    ['2 more naans', ['garlic-naan x2 more']],
    ['more naan please', ['garlic-naan x1 more']],
  ])('"%s" with garlic naan in the cart', (text, want) => {
    expect(more(text, { cart })).toEqual(want);
  });

  it('the dish the word names wins when it is in the cart', () => {
    expect(more('another naan', { cart: ['garlic-naan', 'plain-naan'] })).toEqual(['plain-naan x1 more']);
  });

  it('a dish named in full is not redirected', () => {
    expect(more('add another garlic naan', { cart: ['plain-naan'] })).toEqual(['garlic-naan x1 more']);
  });

  it('with no cart line and nothing to take the add-on, the dish the word names', () => {
    expect(more('another naan', { cart: [] })).toEqual(['plain-naan x1 more']);
  });

  it('with a cart dish that takes the add-on and no cart line of that head noun, the add-on', () => {
    expect(lines('another naan', { cart: ['butter-chicken'] })).toEqual([
      'butter-chicken x1 [extra-naan] -[]',
    ]);
  });

  it('a count counts dishes; a bare "more" is an amount, the add-on where a cart dish takes it', () => {
    const both = ['butter-chicken', 'garlic-naan'];
    expect(more('another naan', { cart: both })).toEqual(['garlic-naan x1 more']);
    expect(lines('more naan please', { cart: both })).toEqual(['butter-chicken x1 [extra-naan] -[]']);
  });

  describe('while a dish waits on its option', () => {
    const expecting = { group: 'portion-size', itemId: 'chicken-biryani' };
    it('"another naan" is one more of the cart line, not the waiting dish\'s add-on', () => {
      expect(more('add another naan', { cart, expecting })).toEqual(['garlic-naan x1 more']);
    });
    it('"with extra naan" still is the waiting dish\'s add-on', () => {
      expect(lines('with extra naan', { cart, expecting })).toEqual(['chicken-biryani x1 [extra-naan] -[]']);
    });
    it('with no cart line of that head noun, the add-on the menu names by "another naan"', () => {
      expect(lines('another naan', { cart: ['mango-lassi'], expecting })).toEqual([
        'chicken-biryani x1 [extra-naan] -[]',
      ]);
    });
  });
});

describe('"another <category word>" raises the one cart line of that kind', () => {
  const { parse } = venueParser('pizzeria');
  const more = (text: string, cart: string[]) =>
    parse(text, { cart }).lines.map((l) => `${l.itemId} x${l.quantity}${l.more ? ' more' : ''}`);
  it('one cart dish of the kind: one more of it', () => {
    expect(more('another salad', ['caesar-salad', 'pepperoni-pizza'])).toEqual(['caesar-salad x1 more']);
    expect(more('2 more salads', ['caesar-salad'])).toEqual(['caesar-salad x2 more']);
  });
  it('none in the cart: which one is asked', () => {
    const r = parse('another salad', { cart: ['pepperoni-pizza'] });
    expect(r.lines).toEqual([]);
    expect(r.unresolved[0]?.suggestions.length).toBeGreaterThan(1);
  });
});
