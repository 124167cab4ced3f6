import { describe, expect, it } from 'vitest';
import { readLookObject } from './look-request.ts';
import { normalize } from './normalize.ts';
import { venueParser } from './venue-fixture.ts';

const object = (text: string) => {
  const { tokens } = normalize(text);
  const o = readLookObject(tokens);
  return o
    ? tokens
        .slice(o.start, o.end)
        .map((t) => t.norm)
        .join(' ')
    : undefined;
};

describe('readLookObject', () => {
  it.each([
    ['let me have a look at the desserts', 'desserts'],
    ['can I see your salads please', 'salads'],
    ["I'd like to check out the soups", 'soups'],
    ['ok so show me all the drinks', 'drinks'],
    ['take a peek at the vegan starters thanks', 'vegan starters'],
    ['could I see what desserts you have', 'desserts'],
  ])('"%s" looks at "%s"', (text, seen) => {
    expect(object(text)).toBe(seen);
  });

  it.each([
    'check out please',
    'i want to check out',
    'a samosa and a coke',
    'let me see, a samosa',
    'see you',
  ])('"%s" looks at nothing', (text) => {
    expect(object(text)).toBeUndefined();
  });
});

describe('a request to look at a category browses it', () => {
  const spice = venueParser('spice-route');
  it.each([
    ['let me have a look at the desserts', 'desserts'],
    ['i want to see the starters', 'starters'],
    ['check out the desserts', 'desserts'],
    ['lemme see ur soups', 'soups'],
  ])('"%s" → browse %s', (text, category) => {
    const r = spice.parse(text);
    expect(r.intents[0]?.intent).toBe('browse_menu');
    expect(r.filters.category).toBe(category);
    expect(r.lines).toEqual([]);
    expect(r.unresolved).toEqual([]);
  });

  it('a category whose word is also a dish alias is browsed, not that dish ordered', () => {
    const r = venueParser('diner').parse('show me your omelets please');
    expect(r.intents[0]?.intent).toBe('browse_menu');
    expect(r.filters.category).toBe('omelets');
    expect(r.lines).toEqual([]);
  });

  it('a dish named after the verb keeps its reading, and so does a plain checkout', () => {
    expect(spice.parse('can i see the mango kulfi').filters.category).toBeUndefined();
    expect(spice.parse('i want to check out').intents[0]?.intent).toBe('checkout');
  });

  it('a plural noun several dishes hold is browsed after any verb of looking', () => {
    const r = venueParser('heroes').parse("I'd like to see the cheesesteaks");
    expect(r.intents[0]?.intent).toBe('browse_menu');
    expect(r.filters.items).toEqual(['philly-cheesesteak', 'chicken-cheesesteak']);
  });
});
