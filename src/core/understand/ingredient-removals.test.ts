import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const parsers = {
  'spice-route': venueParser('spice-route'),
  diner: venueParser('diner'),
  pizzeria: venueParser('pizzeria'),
  taqueria: venueParser('taqueria'),
};
type Venue = keyof typeof parsers;
const pizzeria = parsers.pizzeria;

/** The add lines as "item note unresolved". */
const noted = (venue: Venue, text: string) =>
  parsers[venue]
    .parse(text)
    .lines.map((l) => `${l.itemId} ${l.note ?? '-'} [${l.unresolved.join(',')}]`)
    .join('; ');

describe('a listed ingredient no option takes off becomes a kitchen note', () => {
  it.each([
    ['spice-route', 'paneer tikka, leave off the onions', 'paneer-tikka no onions []'],
    ['spice-route', 'chana masala and please no coriander on it', 'chana-masala no coriander []'],
    ['spice-route', 'a butter chicken, no cashews please', 'butter-chicken no cashews []'],
    ['diner', 'a turkey club without lettuce', 'club-sandwich no lettuce []'],
    ['diner', 'blt without the mayo', 'blt no mayo []'],
  ])('%s: "%s"', (venue, text, want) => {
    expect(noted(venue as Venue, text)).toBe(want);
  });

  it('a word the dish does not list stays unresolved (no note promises a change)', () => {
    expect(noted('spice-route', 'a samosa, no onions')).toBe('samosa - [onions]');
  });

  it('a removal an option group takes is no note', () => {
    const r = pizzeria.parse('veggie supreme, skip the olives');
    expect(r.lines[0]?.note).toBeUndefined();
    expect(r.lines[0]?.without.map((w) => w.choice)).toEqual(['black-olives']);
  });
});

describe('negation reach', () => {
  it('"take off the ham" removes the topping, never adds it', () => {
    expect(pizzeria.lines('a hawaiian but take off the ham')).toEqual(['hawaiian-pizza x1 [] -[ham]']);
  });

  it('ends a negated list at a request opened after a comma ("no pickles, add bacon")', () => {
    expect(noted('diner', 'a cheeseburger medium rare no pickles, add bacon')).toBe('cheeseburger - []');
    expect(parsers.diner.lines('a cheeseburger no pickles, add bacon')).toEqual([
      'cheeseburger x1 [bacon] -[pickles]',
    ]);
    expect(noted('diner', 'a patty melt no onions, throw on some bacon')).toBe('patty-melt no onions []');
    // a plain list after the comma is still negated
    expect(parsers.diner.lines('a cheeseburger no pickles, onions')).toEqual([
      'cheeseburger x1 [] -[pickles,onion]',
    ]);
  });

  it('"no olives on my veggie supreme" orders the pizza without olives', () => {
    const r = pizzeria.parse("i don't want any olives on my veggie supreme");
    expect(r.intents[0]?.intent).toBe('order_add');
    expect(pizzeria.lines("i don't want any olives on my veggie supreme")).toEqual([
      'veggie-supreme x1 [] -[black-olives]',
    ]);
  });
});

describe('meatless requests are the vegetarian filter', () => {
  it.each([
    ['spice-route', 'which curries have no meat'],
    ['spice-route', 'do you have any starters without meat'],
    ['taqueria', 'anything meat free?'],
  ])('%s: "%s"', (venue, text) => {
    const r = parsers[venue as Venue].parse(text);
    expect(r.intents[0]?.intent).toBe('browse_menu');
    expect(r.filters.diet).toBe('vegetarian');
  });
});

describe('one removal word read as a choice too is one removal, read once', () => {
  const read = (text: string) => {
    const line = parsers.taqueria.parse(text).lines[0];
    return `${line?.note ?? '-'} [${line?.unresolved.join(',')}] -[${line?.without.map((w) => w.choice).join(',')}]`;
  };
  it('"a torta minus the avocado": the torta\'s listed avocado is noted, no Guacamole taken off', () => {
    expect(read('a torta minus the avocado')).toBe('no avocado [] -[]');
  });
  it('"a taco no avocado": said back once in the customer\'s words, not as guacamole', () => {
    expect(read('a taco no avocado')).toBe('- [no avocado] -[]');
  });
  it('"a burrito no guacamole": the choice said by its own name stays a choice', () => {
    expect(read('a burrito no guacamole')).toBe('- [] -[guacamole]');
  });
});
