import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/index.ts';
import type { ParseResult } from './parse-result.ts';
import { fixtureUnderstanding } from './test-fixture.ts';
import { createUnderstanding } from './understanding.ts';

const u = fixtureUnderstanding();
const parse = (text: string, cart?: string[]) => u.parse(text, cart ? { cart } : undefined);
/** Lines as "item xN [options] -[without] action". */
const lines = (r: ParseResult) =>
  r.lines.map((l) => {
    const opts = l.options.map((o) => `${o.choice}${o.qualifier ? `:${o.qualifier}` : ''}`);
    const without = l.without.map((w) => `${w.choice}${w.qualifier ? `:${w.qualifier}` : ''}`);
    return `${l.itemId} x${l.quantity} [${opts.join(',')}] -[${without.join(',')}] ${l.action ?? 'add'}`;
  });

describe('negation of options', () => {
  it.each([
    ["a pepperoni pizza, I don't want onions", 'pepperoni-pizza x1 [] -[onions] add'],
    ['a pepperoni pizza but avoid the onions', 'pepperoni-pizza x1 [] -[onions] add'],
    ['a pepperoni pizza, leave off the onions', 'pepperoni-pizza x1 [] -[onions] add'],
    ['a pepperoni pizza with everything except onions', 'pepperoni-pizza x1 [] -[onions] add'],
    ["a pepperoni pizza, I'll pass on the onions", 'pepperoni-pizza x1 [] -[onions] add'],
    ['a pepperoni pizza with zero onions', 'pepperoni-pizza x1 [] -[onions] add'],
    ['a pepperoni pizza with none of the onions', 'pepperoni-pizza x1 [] -[onions] add'],
    ['a pepperoni pizza, hold the onions', 'pepperoni-pizza x1 [] -[onions] add'],
    ['a pepperoni pizza, skip the onions', 'pepperoni-pizza x1 [] -[onions] add'],
    ['a pepperoni pizza minus the onions', 'pepperoni-pizza x1 [] -[onions] add'],
    ["a pepperoni pizza, I don't want it with onions", 'pepperoni-pizza x1 [] -[onions] add'],
  ])('"%s"', (text, want) => {
    expect(lines(parse(text))).toEqual([want]);
  });

  it('keeps its scope across filler words and ends it at a positive option', () => {
    expect(lines(parse('a pepperoni pizza with olives and without any onions'))).toEqual([
      'pepperoni-pizza x1 [olives] -[onions] add',
    ]);
    expect(lines(parse("a pepperoni pizza, please don't put any onions on it and extra bacon"))).toEqual([
      'pepperoni-pizza x1 [bacon:extra] -[onions] add',
    ]);
    expect(lines(parse('a pepperoni pizza, hold the onions and the olives'))).toEqual([
      'pepperoni-pizza x1 [] -[onions,olives] add',
    ]);
  });

  it('ends a negation after its option unless a list goes on ("no onions on my large pizza")', () => {
    expect(lines(parse("I don't want any onions on my large pepperoni pizza"))).toEqual([
      'pepperoni-pizza x1 [large] -[onions] add',
    ]);
    expect(lines(parse('a pepperoni pizza but not too much cheese'))).toEqual([
      'pepperoni-pizza x1 [cheese:light] -[] add',
    ]);
  });

  it('reads a second mention after "on the" as the first line, not a second order', () => {
    expect(
      lines(parse('one large pepperoni pizza and a coke, and hold the onions on the pepperoni pizza')),
    ).toEqual(['pepperoni-pizza x1 [large] -[onions] add', 'coke x1 [] -[] add']);
  });

  it('reads a split negation ("leave the onions off")', () => {
    expect(lines(parse('a pepperoni pizza and please leave the onions off'))).toEqual([
      'pepperoni-pizza x1 [] -[onions] add',
    ]);
    expect(lines(parse('a pepperoni pizza, keep the olives and the onions off it'))).toEqual([
      'pepperoni-pizza x1 [] -[olives,onions] add',
    ]);
  });

  it('takes back only the qualifier of "no extra cheese"', () => {
    expect(lines(parse('a pepperoni pizza with no extra cheese'))).toEqual([
      'pepperoni-pizza x1 [] -[cheese:extra] add',
    ]);
    // a later positive option is not negated
    expect(lines(parse('a pepperoni pizza, no onions, extra bacon'))).toEqual([
      'pepperoni-pizza x1 [bacon:extra] -[onions] add',
    ]);
  });
});

describe('negated and mentioned items', () => {
  it('removes a negated item that is in the cart, or one said to be no longer wanted', () => {
    expect(lines(parse("I don't want the coke anymore", ['pepperoni-pizza', 'coke']))).toEqual([
      'coke x1 [] -[] remove',
    ]);
    expect(lines(parse('we do not need the coke after all'))).toEqual(['coke x1 [] -[] remove']);
    expect(parse("I don't want the coke anymore", ['coke']).intents[0]?.intent).toBe('order_remove');
  });

  it('removes an item taken off or changed the mind about', () => {
    expect(lines(parse('take the sprite off my order', ['sprite']))).toEqual(['sprite x1 [] -[] remove']);
    expect(lines(parse('I changed my mind about the sprite', ['sprite']))).toEqual([
      'sprite x1 [] -[] remove',
    ]);
  });

  it('removes an item after a removal verb', () => {
    expect(lines(parse('scratch the coke', ['coke']))).toEqual(['coke x1 [] -[] remove']);
    expect(lines(parse('nix the sprite', ['sprite', 'coke']))).toEqual(['sprite x1 [] -[] remove']);
  });

  it('does not order an item that is only declined, thanked for or talked about', () => {
    expect(lines(parse("I don't want a coke, just a large pepperoni pizza"))).toEqual([
      'pepperoni-pizza x1 [large] -[] add',
    ]);
    expect(lines(parse('no sprite for me but two lattes'))).toEqual(['latte x2 [] -[] add']);
    expect(parse('thanks for the latte').lines).toEqual([]);
    expect(parse('tell me a joke about pepperoni pizza').lines).toEqual([]);
    expect(parse('write me a poem about masala dosa').lines).toEqual([]);
    expect(parse('I love your pepperoni pizza').lines).toEqual([]);
    expect(lines(parse('I was going to get a coke but just give me a sprite'))).toEqual([
      'sprite x1 [] -[] add',
    ]);
    expect(lines(parse('I was going to order a coke and a sprite'))).toEqual([
      'coke x1 [] -[] add',
      'sprite x1 [] -[] add',
    ]);
    expect(lines(parse('I would love a pepperoni pizza'))).toEqual(['pepperoni-pizza x1 [] -[] add']);
  });

  it('reads a word that is a dish and an option as the option after a negation (a change of the cart dish)', () => {
    const r = parse('no extra cheese on the pizza', ['pepperoni-pizza']);
    expect(r.lines.map((l) => l.itemId)).not.toContain('margherita-pizza');
    expect(lines(r)).toEqual(['pepperoni-pizza x1 [] -[cheese:extra] update']);
  });

  it('declines a category without browsing it ("no drinks thanks")', () => {
    const r = parse('no drinks thanks');
    expect(r.filters.category).toBeUndefined();
    expect(r.intents.map((i) => i.intent)).not.toContain('browse_menu');
    expect(r.lines).toEqual([]);
  });
});

describe('a general word for a default choice', () => {
  const v = loadVenue('pizzeria');
  const pizzeria = createUnderstanding(v.menu, v.moods, v.documents);
  it('removes the one default the word names ("no sauce")', () => {
    expect(lines(pizzeria.parse('a large pepperoni pizza without sauce'))).toEqual([
      'pepperoni-pizza x1 [large] -[tomato-sauce] add',
    ]);
    expect(lines(pizzeria.parse('a bbq chicken pizza, no sauce'))).toEqual([
      'bbq-chicken-pizza x1 [] -[bbq-sauce] add',
    ]);
  });
});
