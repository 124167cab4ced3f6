import { describe, expect, it } from 'vitest';
import type { ParseResult } from './parse-result.ts';
import { fixtureUnderstanding } from './test-fixture.ts';

const u = fixtureUnderstanding();
/** Lines as "item xN [options] -[without]" for compact assertions. */
const lines = (text: string, context?: Parameters<typeof u.parse>[1]) => summarize(u.parse(text, context));

function summarize(r: ParseResult): string[] {
  return r.lines.map((l) => {
    const opts = l.options.map(
      (o) => `${o.choice}${o.qualifier ? `:${o.qualifier}` : ''}${o.quantity > 1 ? `*${o.quantity}` : ''}`,
    );
    const without = l.without.map((w) => w.choice);
    return `${l.itemId} x${l.quantity} [${opts.join(',')}] -[${without.join(',')}]${l.action && l.action !== 'add' ? ` ${l.action}` : ''}`;
  });
}

describe('order lines: several items, each option on the right item', () => {
  it('parses the pizzeria example from the issue', () => {
    expect(
      lines(
        'two large pepperoni pizzas with extra cheese and no onions and a diet coke and 3 bottles of sprite',
      ),
    ).toEqual([
      'pepperoni-pizza x2 [large,cheese:extra] -[onions]',
      'diet-coke x1 [] -[]',
      'sprite x3 [bottle] -[]',
    ]);
  });

  it('attaches options said before the item, after it, and as containers and volumes', () => {
    expect(lines('three 20 fl oz coke cans')).toEqual(['coke x3 [can-20oz,can] -[]']);
    expect(lines('a 2 liter pepsi')).toEqual(['pepsi x1 [bottle-2l] -[]']);
    expect(lines('a can of sprite')).toEqual(['sprite x1 [can] -[]']);
  });

  it('gives a number before an option to the option ("two extra shots")', () => {
    expect(lines('a latte with two extra shots')).toEqual(['latte x1 [extra-shot*2] -[]']);
  });

  it('targets the item a clause names ("make the biryani extra spicy")', () => {
    expect(lines('a masala dosa, and make the biryani extra spicy')).toEqual([
      'masala-dosa x1 [] -[]',
      'veg-biryani x1 [extra-spicy] -[] update',
    ]);
  });

  it('attaches to the nearest item whose groups accept the choice', () => {
    expect(lines('a cheeseburger and a margherita with bacon')).toEqual([
      'cheeseburger x1 [] -[]',
      'margherita-pizza x1 [bacon] -[]',
    ]);
    expect(lines('a margherita and a cheeseburger with bacon')).toEqual([
      'margherita-pizza x1 [] -[]',
      'cheeseburger x1 [bacon-addon] -[]',
    ]);
  });
});

describe('negation and qualifiers', () => {
  it('spreads negation over a coordinated list', () => {
    expect(lines('a margherita without peppers or olives')).toEqual([
      'margherita-pizza x1 [] -[green-peppers,olives]',
    ]);
    expect(lines('a margherita with no onions, peppers or olives')).toEqual([
      'margherita-pizza x1 [] -[onions,green-peppers,olives]',
    ]);
  });

  it('ends negation at a positive option', () => {
    expect(lines('a margherita with no onions and extra olives')).toEqual([
      'margherita-pizza x1 [olives:extra] -[onions]',
    ]);
  });

  it('reads "hold the", "not spicy" and the qualifier phrases', () => {
    expect(lines('a pepperoni pizza, hold the cheese')).toEqual(['pepperoni-pizza x1 [] -[cheese]']);
    expect(lines('a chicken tikka, not spicy')).toEqual(['chicken-tikka x1 [mild] -[]']);
    expect(lines('a margherita with a lot of olives')).toEqual(['margherita-pizza x1 [olives:extra] -[]']);
    expect(lines('a margherita with a little cheese')).toEqual(['margherita-pizza x1 [cheese:light] -[]']);
    expect(lines('a margherita, easy on the onions')).toEqual(['margherita-pizza x1 [onions:light] -[]']);
  });
});

describe('quantities, typos and filler', () => {
  it('reads every quantity form', () => {
    expect(lines('a couple of cokes')).toEqual(['coke x2 [] -[]']);
    expect(lines('half a dozen gulab jamun')).toEqual(['gulab-jamun x6 [] -[]']);
    expect(lines('18,000 waters')).toEqual(['water x18000 [] -[]']);
    expect(u.parse('cokes').lines[0]?.quantityExplicit).toBe(false);
  });

  it('corrects typos and ignores filler', () => {
    expect(lines('um can I get a peperoni pizza please')).toEqual(['pepperoni-pizza x1 [] -[]']);
    expect(lines('a vegetable biriyani')).toEqual(['veg-biryani x1 [] -[]']);
  });
});

describe('corrections and edits', () => {
  it('resolves "the pizza" to the cart item of that category', () => {
    expect(lines('change the pizza to large', { cart: ['margherita-pizza', 'coke'] })).toEqual([
      'margherita-pizza x1 [large] -[] update',
    ]);
  });

  it('reads "add X to the Y" as an edit of Y', () => {
    expect(lines('add bacon to the burger')).toEqual(['cheeseburger x1 [bacon-addon] -[] update']);
  });

  it('marks replacements and removals', () => {
    expect(lines('I meant pepsi')).toEqual(['pepsi x1 [] -[] replace']);
    expect(lines('remove the coke')).toEqual(['coke x1 [] -[] remove']);
  });

  it('keeps a bare quantity and loose options for the item in focus', () => {
    const r = u.parse('actually make that two');
    expect(r.quantity).toBe(2);
    expect(r.lines).toEqual([]);
    expect(u.parse('make it large').freeOptions?.map((o) => o.choice)).toEqual(['large']);
  });
});

describe('"extra" on a paid add-on', () => {
  it('is the add-on chosen, with no note asking for it twice ("a burrito with extra guac")', async () => {
    const { venueParser } = await import('./venue-fixture.ts');
    const taqueria = venueParser('taqueria');
    const [line] = taqueria.parse('a burrito with extra guac').lines;
    expect(line?.options.map((o) => `${o.choice}${o.qualifier ? `:${o.qualifier}` : ''}`)).toEqual([
      'guacamole',
    ]);
    expect(line?.note).toBeUndefined();
    // a temperature is no add-on: "extra hot" stays the kitchen's note
    expect(venueParser('cafe').parse('a large latte extra hot').lines[0]?.note).toBe('extra hot');
  });
});
