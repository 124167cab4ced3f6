import { describe, expect, it } from 'vitest';
import { Lexicon } from './lexicon.ts';
import { normalize } from './normalize.ts';
import { fixtureMenu, fixtureMoods } from './test-fixture.ts';

const lexicon = new Lexicon(fixtureMenu, fixtureMoods);
const matchAt = (text: string, i = 0) => {
  const m = lexicon.match(normalize(text).tokens, i);
  return m && { length: m.end - m.start, entries: m.entries, typos: m.typos };
};
const itemIds = (text: string, i = 0) =>
  (matchAt(text, i)?.entries ?? []).flatMap((e) => (e.kind === 'item' ? [e.id] : []));

describe('Lexicon', () => {
  it('indexes item names and aliases; the longest phrase wins', () => {
    expect(itemIds('chicken tikka please')).toEqual(['chicken-tikka']);
    expect(itemIds('chicken tikka masala please')).toEqual(['chicken-tikka-masala']);
    expect(matchAt('chicken tikka masala')?.length).toBe(3);
    expect(itemIds('coca cola')).toEqual(['coke']);
  });

  it('folds plurals', () => {
    expect(itemIds('cokes')).toEqual(['coke']);
    expect(itemIds('pepperoni pizzas')).toEqual(['pepperoni-pizza']);
  });

  it('tolerates typos scaled by word length, never on common words', () => {
    expect(itemIds('peperoni pizza')).toEqual(['pepperoni-pizza']);
    expect(itemIds('biriyani')).toEqual(['veg-biryani']);
    expect(matchAt('peperoni')?.typos).toBe(1);
    expect(matchAt('later')).toBeUndefined(); // not "water"
    expect(matchAt('coka')).toBeUndefined(); // 4 letters: no typo allowed
  });

  it('indexes categories, option choices, diets, allergens, tags and moods', () => {
    expect(matchAt('pizzas')?.entries).toContainEqual({ kind: 'category', id: 'pizzas' });
    expect(matchAt('olives')?.entries).toContainEqual({
      kind: 'choice',
      group: 'pizza-toppings',
      choice: 'olives',
    });
    expect(matchAt('vegan')?.entries).toContainEqual({ kind: 'diet', diet: 'vegan' });
    expect(matchAt('non-veg')?.entries).toContainEqual({ kind: 'diet', diet: 'non-vegetarian' });
    expect(matchAt('nuts')?.entries).toContainEqual({
      kind: 'allergen',
      allergens: ['tree-nuts', 'peanuts'],
    });
    expect(matchAt('dairy')?.entries).toContainEqual({ kind: 'allergen', allergens: ['milk'] });
    expect(matchAt('comfort')?.entries).toContainEqual({ kind: 'tag', tag: 'comfort' });
    expect(matchAt('long day')?.entries).toContainEqual({ kind: 'mood', id: 'stressed' });
  });

  it('derives "margherita" from "Margherita Pizza" and a shared head noun as a weak mention', () => {
    expect(itemIds('masala dosa')).toEqual(['masala-dosa']);
    expect(matchAt('dosa')?.entries).toContainEqual({ kind: 'item', id: 'masala-dosa', weak: true });
  });

  it('suggests close item names', () => {
    expect(lexicon.suggest('pepperoni')[0]?.id).toBe('pepperoni-pizza');
  });
});
