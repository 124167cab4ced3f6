import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import { Menu } from '../../domain/menu-schema.ts';
import { misspeltNumberWord } from './misspelt-number.ts';
import type { ParseResult } from './parse-result.ts';
import { createUnderstanding } from './understanding.ts';

const spiceRoute = (() => {
  const v = loadVenue('spice-route');
  return createUnderstanding(v.menu, v.moods, v.documents);
})();

/** A venue whose dish words sit close to number words ("tien" is one letter from "ten"). */
const nearNumberMenu = Menu.parse({
  version: 1,
  venue: {
    id: 'near-numbers',
    name: 'Near Numbers',
    currency: 'USD',
    taxRateBps: 0,
    delivery: { fee: 0 },
    paymentMethods: ['card'],
  },
  categories: [{ id: 'mains', name: 'Mains' }],
  optionGroups: [],
  items: [
    ['tien-tsin-chicken', 'Tien Tsin Chicken'],
    ['nino-special', 'Nino Special'],
    ['tre-colori', 'Tre Colori Salad'],
    ['sette-bello', 'Sette Bello'],
    ['five-alive', 'Five Alive'],
    ['fiv-wrap', 'Fiv Wrap'],
  ].map(([id, name]) => ({
    id,
    name,
    category: 'mains',
    description: 'A dish.',
    ingredients: ['salt'],
    price: { amount: 900, currency: 'USD' },
    diet: 'vegetarian',
    allergens: [],
    spiceLevel: 0,
    tags: ['house'],
    optionGroups: [],
  })),
});
const nearNumbers = createUnderstanding(nearNumberMenu, [], []);

const lines = (r: ParseResult) =>
  r.lines.map((l) => `${l.itemId} x${l.quantity}${l.quantityExplicit ? '' : '?'}`);

describe('misspelt number words read as quantities', () => {
  it.each([
    ['thre mango lassis', ['mango-lassi x3']],
    ['tow naan', ['plain-naan x2']],
    ['fiv rotis', ['tandoori-roti x5']],
    ['sevn samosas', ['samosa x7']],
    ['fuor samosas', ['samosa x4']],
    ['nien samosas', ['samosa x9']],
    ['egiht naan', ['plain-naan x8']],
    ['thre samosas and tow mango lassis', ['samosa x3', 'mango-lassi x2']],
    ['i want thre of the samosas', ['samosa x3']],
    ['fiv of those mango lassis please', ['mango-lassi x5']],
  ])('"%s" counts the dish', (text, expected) => {
    expect(lines(spiceRoute.parse(text))).toEqual(expected);
  });

  it.each([
    ['fourty two samosas', ['samosa x42']],
    ['twenty-too samosas', ['samosa x22']],
    ['thirty fve samosas', ['samosa x35']],
    ['twnety one samosas', ['samosa x21']],
    ['fourty samosas', ['samosa x40']],
  ])('"%s": a compound with a misspelt tens or unit word reads whole', (text, expected) => {
    expect(lines(spiceRoute.parse(text))).toEqual(expected);
  });

  it('reads a misspelt number alone as the answer to "how many?"', () => {
    expect(spiceRoute.parse('sevn').quantity).toBe(7);
    expect(spiceRoute.parse('thre please').quantity).toBe(3);
    expect(spiceRoute.parse('tree').quantity).toBeUndefined();
    expect(spiceRoute.parse('nein').quantity).toBeUndefined();
  });

  it('reads no number where the misspelt word is not in a quantity position', () => {
    expect(spiceRoute.parse('thre is a problem with my order').quantity).toBeUndefined();
  });
});

describe('the dictionary guard: real words near a number word stay words', () => {
  it.each([
    'tree samosas',
    'to butter chickens',
    'for butter chicken',
    'there samosas',
    'thee samosas',
    'fire naan',
    'tent samosas',
    'teh samosas',
    'sic samosas',
    'sour mango lassi',
    'tree of the samosas',
    'there of the samosas',
    'my fave samosas',
  ])('"%s" orders one, not a stated count', (text) => {
    const r = spiceRoute.parse(text);
    expect(r.lines.every((l) => l.quantity === 1 && !l.quantityExplicit)).toBe(true);
  });

  it('keeps ordinals and plurals of number words out of counts', () => {
    for (const text of ['the fifth samosa', 'seventh naan', 'the sixth mango lassi', 'sevens samosas'])
      expect(spiceRoute.parse(text).lines.every((l) => l.quantity === 1)).toBe(true);
  });

  it('keeps "fine, two samosas" at two', () => {
    expect(lines(spiceRoute.parse('fine, two samosas'))).toEqual(['samosa x2']);
  });

  it('keeps "a table for two", "add to cart" and "two for one" as they were read', () => {
    const table = spiceRoute.parse('a table for two');
    expect(table.intents[0]?.intent).toBe('table_booking');
    expect(table.lines).toEqual([]);
    expect(spiceRoute.parse('add to cart').quantity).toBeUndefined();
    expect(spiceRoute.parse('two for one').quantity).toBe(2);
  });
});

describe("the venue's vocabulary wins over a near number word", () => {
  it.each([
    ['tien tsin chicken', ['tien-tsin-chicken x1?']],
    ['2 tien tsin chicken', ['tien-tsin-chicken x2']],
    ['nino special', ['nino-special x1?']],
    ['tre colori salad', ['tre-colori x1?']],
    ['2 sette bello', ['sette-bello x2']],
    ['five alive', ['five-alive x1?']],
    ['fiv wrap', ['fiv-wrap x1?']],
  ])('"%s" names the dish', (text, expected) => {
    expect(lines(nearNumbers.parse(text))).toEqual(expected);
  });

  it('a menu word is never read as a number, even before another dish', () => {
    expect(nearNumbers.parse('tien').quantity).toBeUndefined();
    expect(nearNumbers.parse('fiv').quantity).toBeUndefined();
  });

  it('still reads a misspelt number that is no menu word there', () => {
    expect(lines(nearNumbers.parse('thre nino specials'))).toEqual(['nino-special x3']);
  });
});

describe('misspeltNumberWord', () => {
  it('reads a dropped, added, swapped or changed letter as the cardinal it misspells', () => {
    expect(
      ['thre', 'fiv', 'tow', 'fourty', 'twnety', 'fuor', 'ninty', 'thrteen', 'fourten'].map(
        misspeltNumberWord,
      ),
    ).toEqual(['three', 'five', 'two', 'forty', 'twenty', 'four', 'ninety', 'thirteen', 'fourteen']);
  });

  it('reads no English word, plural, ordinal or word too short or too far', () => {
    for (const w of [
      'tree',
      'fine',
      'for',
      'there',
      'tent',
      'thirsty',
      'fifth',
      'sevens',
      'eighth',
      'to',
      'on',
      'fave',
    ])
      expect(misspeltNumberWord(w), w).toBeUndefined();
    // three letters with one changed: too often another word
    for (const w of ['sic', 'teh', 'tan', 'sux']) expect(misspeltNumberWord(w), w).toBeUndefined();
    // another first letter, two edits from a short cardinal
    for (const w of ['ofur', 'tre', 'fif']) expect(misspeltNumberWord(w), w).toBeUndefined();
  });

  it('reads nothing when two cardinals are equally near', () => {
    // "sixy": six with a letter added, sixty with one dropped
    expect(misspeltNumberWord('sixy')).toBeUndefined();
  });
});
