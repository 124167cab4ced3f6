import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { venueParser } from './venue-fixture.ts';

const taqueria = venueParser('taqueria');
const heroes = venueParser('heroes');
const grill = venueParser('grill');
const pizzeria = venueParser('pizzeria');
const bakehouse = venueParser('bakehouse');
const cafe = venueParser('cafe');
const pieshop = venueParser('pieshop');
const spice = venueParser('spice-route');
const spiceMenu = JSON.parse(readFileSync('restaurants/spice-route/menu.json', 'utf8')) as {
  items: Array<{ id: string; category: string }>;
};

const absent = (r: ReturnType<typeof taqueria.parse>) =>
  [...r.unresolved, ...(r.absentDishes ?? [])].map((u) => ({
    text: u.text,
    ids: u.suggestions.map((s) => s.id),
  }));

describe("a menu head noun named by a word no dish holds (unknown-dishes.ts, 'menuHeadNamed')", () => {
  it('the whole phrase is absent, its food words too; the dish of the head noun is offered, none added', () => {
    for (const text of ['chicken caesar salad', 'caesar salad', "i'd like a steak caesar salad"]) {
      const r = taqueria.parse(text);
      expect(r.lines, text).toEqual([]);
      expect(absent(r)[0]?.text, text).toBe(text.replace("i'd like a ", ''));
      expect(absent(r)[0]?.ids[0], text).toBe('taco-salad');
    }
  });

  it('a dish word the name took is not asked about on its own too; the salads are offered', () => {
    const r = heroes.parse('one chicken cobb salad please');
    expect(r.lines).toEqual([]);
    expect(absent(r)).toEqual([
      { text: 'chicken cobb salad', ids: ['tuna-salad', 'chicken-salad', 'potato-salad'] },
    ]);
  });

  it('a kind word of the menu before the name word is the name\'s ("chicken" at a grill with a Chicken section)', () => {
    const r = grill.parse('can i get a chicken cobb salad');
    expect(r.lines).toEqual([]);
    expect(absent(r)).toEqual([{ text: 'chicken cobb salad', ids: ['side-salad'] }]);
  });

  it('an alias holding the word still names its dish; an everyday word before the noun names nothing', () => {
    expect(pizzeria.parse('a chicken caesar salad').lines.map((l) => l.itemId)).toEqual(['caesar-salad']);
    expect(taqueria.parse('a big salad').lines.map((l) => l.itemId)).toEqual(['taco-salad']);
    expect(taqueria.parse('a taco salad').lines.map((l) => l.itemId)).toEqual(['taco-salad']);
    expect(bakehouse.parse('a chocolate croissant').lines.map((l) => l.itemId)).toEqual([
      'chocolate-croissant',
    ]);
  });

  it('a pastry named by a word no dish holds is absent, the croissant offered', () => {
    const r = bakehouse.parse('two gruyere croissants');
    expect(r.lines).toEqual([]);
    expect(absent(r)[0]?.text).toBe('gruyere croissants');
  });
});

describe('a head noun several dishes share, one of them holding it as its own alias', () => {
  it('the dish whose alias is the whole phrase is meant', () => {
    expect(bakehouse.parse('a croissant please').lines.map((l) => l.itemId)).toEqual(['croissant']);
    expect(cafe.parse('2 croissants').lines.map((l) => l.itemId)).toEqual(['croissant']);
    expect(pieshop.parse('can i get a salad').lines.map((l) => l.itemId)).toEqual(['side-salad']);
  });

  it('no alias says it whole: the bot asks which', () => {
    const r = pizzeria.parse('can i get a salad');
    expect(r.lines).toEqual([]);
    expect(r.unresolved[0]?.suggestions.map((s) => s.id)).toEqual([
      'garden-salad',
      'caesar-salad',
      'greek-salad',
      'caprese-salad',
      'antipasto-salad',
    ]);
  });
});

describe('the nearest dishes of an absent drink are drinks', () => {
  it('a drink holding none of the words offers drinks, never a curry made with its ingredient', () => {
    for (const text of ['a glass of milk please', 'could i have a mug of cider']) {
      const r = spice.parse(text);
      const ids = absent(r)[0]?.ids ?? [];
      const cats = ids.map((id) => spiceMenu.items.find((i) => i.id === id)?.category);
      expect(
        cats.every((c) => c === 'drinks'),
        text,
      ).toBe(true);
    }
  });

  it('a spirit the word list names is an absent drink, with drinks offered', () => {
    const r = grill.parse('a shot of tequila please');
    expect(absent(r)[0]?.text).toBe('tequila');
  });
});
