import { describe, expect, it } from 'vitest';
import { findHeatWord } from './heat-words.ts';
import { atLeastSpice, itemHeat, withinSpice } from './item-heat.ts';

describe('heat words', () => {
  it.each([
    [['Grilled corn with chili powder.'], 'chili', 'ingredient'],
    [['Pickled Jalapeños on top'], 'jalapeños', 'ingredient'],
    [['Flame-grilled in peri-peri'], 'peri-peri', 'ingredient'],
    [['A fiery broth'], 'fiery', 'word'],
    [['Served with red pepper flakes'], 'pepper flakes', 'ingredient'],
    [['no onions, chili flakes on the side'], 'chili', 'ingredient'],
  ])('%j holds %s', (texts, text, kind) => {
    expect(findHeatWord(texts)).toEqual({ text, kind });
  });

  it.each([
    [['Chilled cucumber soup']],
    [['Chilean sea bass with lemon']],
    [['Hot chocolate with cream']],
    [['Bell peppers and onions']],
    [['Not spicy at all']],
    [['Tomato sauce, no chili']],
    [['Spiced apple cider']],
  ])('%j holds none', (texts) => {
    expect(findHeatWord(texts)).toBeUndefined();
  });
});

describe('item heat', () => {
  const base = { name: 'Bowl', ingredients: [] as string[], tags: [] as string[] };
  it('a rated dish is its level, whatever its words', () => {
    expect(itemHeat({ ...base, description: 'with habanero', spiceLevel: 0 })).toEqual({
      rated: true,
      level: 0,
    });
    expect(withinSpice({ ...base, description: 'with habanero', spiceLevel: 1 }, 1)).toBe(true);
  });
  it('an unrated dish is never mild or hot by default: its heat words decide, weakly', () => {
    const hot = { ...base, description: 'with habanero' };
    const plain = { ...base, description: 'with rice' };
    expect(withinSpice(hot, 1)).toBe(false);
    expect(atLeastSpice(hot, 2)).toBe(true);
    expect(withinSpice(plain, 1)).toBe(true);
    expect(atLeastSpice(plain, 2)).toBe(false);
    expect(itemHeat({ ...base, spiceLevel: null })).toEqual({
      rated: false,
      heatWord: undefined,
      described: false,
    });
  });
});
