import { describe, expect, it } from 'vitest';
import type { ParseContext } from './parse-result.ts';
import { venueParser } from './venue-fixture.ts';

const spice = venueParser('spice-route');
const pizzeria = venueParser('pizzeria');

/** The primary intent and the lines, as "intent: item xN, …". */
function reading(p: typeof spice, text: string, context?: ParseContext): string {
  const r = p.parse(text, context);
  return `${r.intents[0]?.intent}: ${p.lines(text, context).join(', ')}`;
}

const read = (text: string, context?: ParseContext) => reading(spice, text, context);

describe('a count reaches its dish across praise and filler words', () => {
  it('carries the count over words the parser does not know', () => {
    expect(read('can i get 3 of your delicious mango lassis')).toBe('order_add: mango-lassi x3 [] -[]');
    expect(read("i'll take two really good samosas")).toBe('order_add: samosa x2 [] -[]');
    expect(read('gimme 2 of ur best samosas')).toBe('order_add: samosa x2 [] -[]');
    expect(read('two of your finest samosas please')).toBe('order_add: samosa x2 [] -[]');
    expect(read('i want 2 of the most amazing mango lassis you have')).toBe(
      'order_add: mango-lassi x2 [] -[]',
    );
    expect(read('four freshly made garlic naan')).toBe('order_add: garlic-naan x4 [] -[]');
    expect(read('2 of my fave samosas')).toBe('order_add: samosa x2 [] -[]');
  });

  it('leaves the carried words no unknown dish', () => {
    const r = spice.parse('two yummy garlic naan');
    expect(spice.lines('two yummy garlic naan')).toEqual(['garlic-naan x2 [] -[]']);
    expect(r.intents[0]?.intent).toBe('order_add');
    expect(r.unresolved).toEqual([]);
  });

  it('reads a counted dish without a verb as an order, not out of scope', () => {
    expect(read('3 of your delicious mango lassis')).toBe('order_add: mango-lassi x3 [] -[]');
    expect(read('2 x yummy mango lassi')).toBe('order_add: mango-lassi x2 [] -[]');
    expect(read('2 fresh samosas')).toBe('order_add: samosa x2 [] -[]');
  });

  it('carries the count over a diet word', () => {
    expect(read('2 vegetarian samosas')).toBe('order_add: samosa x2 [] -[]');
  });

  it('carries each count of a list to its own dish', () => {
    expect(read('3 mango lassis, 2 really good samosas')).toBe(
      'order_add: mango-lassi x3 [] -[], samosa x2 [] -[]',
    );
    expect(read('2 tasty samosas and 3 cold mango lassis')).toBe(
      'order_add: samosa x2 [] -[], mango-lassi x3 [] -[]',
    );
  });

  it('works the same at another venue', () => {
    expect(reading(pizzeria, '2 of your amazing pepperoni pizzas')).toBe(
      'order_add: pepperoni-pizza x2 [] -[]',
    );
  });
});

describe('a misspelt count reaches as far as a written one', () => {
  it('carries a misspelt count over praise and filler words', () => {
    expect(read('could i have fuor of your famous samosas')).toBe('order_add: samosa x4 [] -[]');
    expect(read('thre really good samosas')).toBe('order_add: samosa x3 [] -[]');
    expect(read('tow of ur best mango lassis please')).toBe('order_add: mango-lassi x2 [] -[]');
    expect(reading(pizzeria, 'can i get fiv of your amazing pepperoni pizzas')).toBe(
      'order_add: pepperoni-pizza x5 [] -[]',
    );
  });

  it('crosses the options a written count crosses', () => {
    expect(reading(pizzeria, 'thre delicious large pepperoni pizzas')).toBe(
      reading(pizzeria, '3 delicious large pepperoni pizzas'),
    );
    expect(reading(pizzeria, 'thre delicious large pepperoni pizzas')).toContain('pepperoni-pizza x3');
  });

  it('stops where a written count stops', () => {
    expect(spice.lines('recommend thre cheap hair salons')).not.toContain('grilled-salmon x3 [] -[]');
    expect(spice.lines('thre tables for naan')).not.toContain('plain-naan x3 [] -[]');
    expect(spice.lines('fuor people want naan')).not.toContain('plain-naan x4 [] -[]');
    expect(spice.lines('sevn hungry kids want samosas')).not.toContain('samosa x7 [] -[]');
    expect(spice.lines('thre really very truly honestly delicious samosas')).not.toContain(
      'samosa x3 [] -[]',
    );
  });
});

describe('a mood word between a count and its dish describes the dish', () => {
  it('carries the count over a word read as a mood', () => {
    expect(read('2 x lovely masala chai')).toBe('order_add: masala-chai x2 [] -[]');
    expect(read('2 cheerful samosas')).toBe('order_add: samosa x2 [] -[]');
    expect(read('three comforting mango lassis')).toBe('order_add: mango-lassi x3 [] -[]');
  });

  it('keeps moods for recommendations', () => {
    expect(spice.parse('something lovely').intents[0]?.intent).toBe('recommend');
    expect(spice.parse('i am feeling cheerful, what do you suggest').intents[0]?.intent).toBe('recommend');
  });
});

describe('what stops a count short of a dish', () => {
  it('keeps the readings that already worked', () => {
    expect(read('two of the garlic naan please')).toBe('order_add: garlic-naan x2 [] -[]');
    expect(read('two big samosas')).toBe('order_add: samosa x2 [] -[]');
    expect(read('3 mango lassis and 2 naan')).toBe('order_add: mango-lassi x3 [] -[], plain-naan x2 [] -[]');
    expect(read('no onions on the 2 samosas')).toBe('order_add: samosa x2 [] -[]');
    expect(read('at 7 pm two samosas')).toBe('order_add: samosa x2 [] -[]');
    expect(read('two samosas for 4 people')).toBe('order_add: samosa x2 [] -[]');
  });

  it('a party size is no count of the dish', () => {
    expect(spice.lines('2 people want naan')).toEqual([]);
    expect(spice.lines('we are 4 hungry guests, naan please')).toEqual(['plain-naan x1 [] -[]']);
    expect(spice.lines('2 hungry kids want samosas')).not.toContain('samosa x2 [] -[]');
    expect(spice.lines('my 2 year old loves samosas')).not.toContain('samosa x2 [] -[]');
  });

  it('a time is no count of the dish', () => {
    expect(spice.lines('at 7 tonight samosas please')).not.toContain('samosa x7 [] -[]');
    expect(spice.lines('in 20 minutes the samosas')).not.toContain('samosa x20 [] -[]');
    expect(spice.lines('ready at 6 oclock sharp samosas')).not.toContain('samosa x6 [] -[]');
  });

  it('a unit or a measure is no count of the dish', () => {
    expect(spice.lines('i have 20 dollars for samosas')).not.toContain('samosa x20 [] -[]');
  });

  it('a verb or a pronoun after the count ends its reach', () => {
    expect(spice.lines('table 4 wants naan')).not.toContain('plain-naan x4 [] -[]');
    expect(spice.lines('2 of us would like samosas')).not.toContain('samosa x2 [] -[]');
    expect(spice.lines('i need 2 then samosas')).not.toContain('samosa x2 [] -[]');
  });

  it('"for" or "but" ends its reach', () => {
    expect(spice.lines('two for one samosas')).not.toContain('samosa x2 [] -[]');
    expect(spice.lines('i want 2 but only good samosas')).not.toContain('samosa x2 [] -[]');
  });

  it('an article does not reach, nor does a count reach a misspelt name', () => {
    expect(spice.parse('could you recommend a hair salon near the office').lines).toEqual([]);
    expect(spice.lines('recommend 3 cheap hair salons')).not.toContain('grilled-salmon x3 [] -[]');
  });

  it('reaches only a few words', () => {
    expect(spice.lines('2 really very truly honestly delicious samosas')).not.toContain('samosa x2 [] -[]');
  });

  it('an unknown food word keeps its question', () => {
    // the food word before the naan's name makes a dish the menu lacks: said back, no naan counted
    const r = spice.parse('2 pepperoni naan');
    expect(r.lines).toEqual([]);
    expect(r.unresolved.map((u) => u.text)).toContain('pepperoni naan');
  });

  it('keeps bare counts and corrections', () => {
    expect(spice.parse('make it 3', { cart: ['samosa'] }).intents[0]?.intent).toBe('order_update');
    expect(spice.parse('make it 3', { cart: ['samosa'] }).quantity).toBe(3);
    expect(spice.parse('a table for two').intents[0]?.intent).toBe('table_booking');
    expect(spice.parse('two for one').lines).toEqual([]);
    expect(spice.parse('for 4 people').lines).toEqual([]);
  });

  it('a count said apart from its dish keeps its sentence', () => {
    expect(read('2 naan, 1 with garlic')).toBe('order_add: plain-naan x1 [] -[], plain-naan x1 [] -[]');
  });
});
