import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const spice = venueParser('spice-route');
const taco = venueParser('taqueria');

describe('combined browse filters and absent dishes', () => {
  it('an ingredient before a kind noun composes with a diet flag: every halal lamb dish', () => {
    const r = spice.parse('any halal lamb dishes');
    expect(r.intents[0]?.intent).toBe('browse_menu');
    expect(r.filters.items).toEqual(expect.arrayContaining(['lamb-rogan-josh', 'lamb-shank-nihari']));
  });
  it('a singular kind noun after a definite determiner points at one dish, never a list', () => {
    const r = spice.parse('what kind of fish is in the grilled salmon dish and what comes with it');
    expect(r.intents[0]?.intent).toBe('item_info');
    expect(r.filters.items).toBeUndefined();
  });
  it('an ingredient with a diet word keeps both filters', () => {
    const r = spice.parse('got any vegan chickpea dishes');
    expect(r.intents[0]?.intent).toBe('browse_menu');
    expect(r.filters.diet).toBe('vegan');
    expect(r.filters.items).toContain('chana-masala');
  });
  it('an ingredient with a spice preference keeps both', () => {
    const r = spice.parse('do you have chicken dishes that are mild');
    expect(r.filters.maxSpice).toBe(1);
    expect(r.filters.items).toContain('butter-chicken');
  });
  it('a negated intensity with an empty cart browses mild dishes', () => {
    for (const m of [
      'not too spicy please',
      'not very spicy please',
      'nothing too spicy',
      'not spicy at all',
    ])
      expect([m, spice.parse(m).intents[0]?.intent, spice.parse(m).filters.maxSpice]).toEqual([
        m,
        'browse_menu',
        1,
      ]);
    expect(taco.parse('not too spicy please').intents[0]?.intent).toBe('browse_menu');
  });
  it('an option put on a dish with an empty cart orders the dish, never out of scope', () => {
    expect(spice.parse('extra butter on my naan').intents[0]?.intent).toBe('order_add');
    expect(spice.parse('extra cheese on my burger').intents[0]?.intent).toBe('order_add');
  });
  it('a question about an absent dish names the dish and offers dishes sharing its words', () => {
    const r = spice.parse('how spicy is the chicken vindaloo');
    expect(r.unresolved[0]?.text).toBe('chicken vindaloo');
    expect(r.unresolved[0]?.suggestions.map((s) => s.name).join(' ')).toMatch(/Chicken/);
    expect(r.itemQuestion?.choices).toBeUndefined();
  });
});
