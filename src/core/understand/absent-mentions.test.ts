import { describe, expect, it } from 'vitest';
import { absentBesideUnresolved, mergedUnresolved, withoutPreparation } from './absent-mentions.ts';
import { venueParser } from './venue-fixture.ts';

describe('absent dishes said once (absent-mentions.ts)', () => {
  it('preparation words are no part of a name', () => {
    expect(withoutPreparation(['ribeye', 'medium', 'rare'])).toEqual(['ribeye']);
    expect(withoutPreparation(['well', 'done', 'steak'])).toEqual(['steak']);
    expect(withoutPreparation(['medium'])).toEqual(['medium']);
    expect(withoutPreparation(['large', 'calzone'])).toEqual(['calzone']);
  });

  it('a serving noun before "of" and a mention inside another are one dish', () => {
    const out = mergedUnresolved(
      [
        { text: 'ribeye', suggestions: [] },
        { text: 'side', suggestions: [{ id: 'side-salad', name: 'Side Salad', score: 0.5 }] },
        { text: 'ribeye medium rare', suggestions: [{ id: 'x', name: 'X', score: 0 }], food: true },
      ],
      'can i get a ribeye medium rare with a side of mashed potatoes',
    );
    expect(out.map((u) => u.text)).toEqual(['ribeye']);
    expect(out[0]?.suggestions.map((s) => s.id)).toEqual(['x']);
    expect(out[0]?.food).toBe(true);
  });

  it('a serving noun alone is kept (nothing else was unknown)', () => {
    const out = mergedUnresolved([{ text: 'side', suggestions: [] }], 'a side of fries');
    expect(out.map((u) => u.text)).toEqual(['side']);
  });

  it('an absent dish already among the unknown mentions is not asked about again', () => {
    const out = absentBesideUnresolved(
      [
        { text: 'ribeye medium rare', suggestions: [] },
        { text: 'mashed potatoes', suggestions: [] },
      ],
      [{ text: 'ribeye', suggestions: [] }],
    );
    expect(out.map((a) => a.text)).toEqual(['mashed potatoes']);
  });

  it('grill: a ribeye medium rare with a side of mashed potatoes names each dish once, as an order', () => {
    const r = venueParser('grill').parse('can I get a ribeye medium rare with a side of mashed potatoes');
    expect(r.intents[0]?.intent).toBe('order_add');
    expect(r.unresolved.map((u) => u.text)).toEqual(['ribeye', 'mashed potatoes']);
    expect(r.absentDishes ?? []).toEqual([]);
  });
});
