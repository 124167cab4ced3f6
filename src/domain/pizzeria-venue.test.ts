import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadVenue, RESTAURANTS_DIR } from './load-venue.ts';
import type { Choice, MenuItem, OptionGroup } from './menu-schema.ts';
import type { Venue } from './venue.ts';

/**
 * The second sample venue proves the engine serves a menu it was not written for (issue 2, "The venue
 * format", item 2). These tests pin the counts the issue asks for and the words customers use.
 */

let venue: Venue;
let groups: Map<string, OptionGroup>;
let pizzas: MenuItem[];
let drinks: MenuItem[];

beforeAll(() => {
  venue = loadVenue('pizzeria');
  groups = new Map(venue.menu.optionGroups.map((g) => [g.id, g]));
  pizzas = venue.menu.items.filter((i) => i.category === 'pizzas');
  drinks = venue.menu.items.filter((i) => i.category === 'drinks');
});

function group(id: string): OptionGroup {
  const g = groups.get(id);
  if (!g) throw new Error(`no option group ${id}`);
  return g;
}

function itemById(id: string): MenuItem {
  const item = venue.menu.items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

function words(entry: { name: string; aliases: string[] }): string[] {
  return [entry.name, ...entry.aliases].map((w) => w.toLowerCase());
}

/** Every choice, across all of the item's option groups, that a customer's word names exactly. */
function choicesNamed(item: MenuItem, word: string): { group: string; choice: Choice }[] {
  return item.optionGroups.flatMap((gid) =>
    group(gid)
      .choices.filter((c) => words(c).includes(word.toLowerCase()))
      .map((choice) => ({ group: gid, choice })),
  );
}

/** The item's toppings group: its one multiple-choice group with qualifiers. */
function toppingsOf(item: MenuItem): OptionGroup {
  const found = item.optionGroups
    .map(group)
    .filter((g) => g.selection === 'multiple' && g.qualifiers.length > 0);
  expect(found, item.id).toHaveLength(1);
  return found[0]!;
}

function itemNamed(word: string): MenuItem | undefined {
  return venue.menu.items.find((i) => words(i).includes(word.toLowerCase()));
}

describe('pizzeria venue', () => {
  it('loads, validates against docs/menu.schema.json and is a complete USD venue', () => {
    const schema = JSON.parse(readFileSync(new URL('../../docs/menu.schema.json', import.meta.url), 'utf8'));
    const raw = JSON.parse(readFileSync(`${RESTAURANTS_DIR}/pizzeria/menu.json`, 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(raw), JSON.stringify(validate.errors)).toBe(true);

    expect(venue.id).toBe('pizzeria');
    expect(venue.menu.venue.currency).toBe('USD');
    expect(venue.menu.items.length).toBeGreaterThanOrEqual(45);
    expect(new Set(venue.menu.items.map((i) => i.category))).toEqual(
      new Set(['pizzas', 'sides', 'salads', 'desserts', 'drinks']),
    );
    expect(venue.menu.venue.paymentMethods).toEqual(expect.arrayContaining(['card', 'cash']));
    for (const diet of ['vegan', 'vegetarian', 'non-vegetarian'] as const) {
      expect(pizzas.some((p) => p.diet === diet)).toBe(true);
    }
  });

  it('has at least 12 named pizzas plus build-your-own, each requiring a size and a crust', () => {
    expect(pizzas.filter((p) => p.id !== 'build-your-own-pizza').length).toBeGreaterThanOrEqual(12);
    expect(itemById('build-your-own-pizza').category).toBe('pizzas');
    for (const pizza of pizzas) {
      expect(pizza.optionGroups, pizza.id).toEqual(expect.arrayContaining(['size', 'crust']));
      const required = pizza.optionGroups.map(group).filter((g) => g.min >= 1);
      expect(required.map((g) => g.id).sort(), pizza.id).toEqual(['crust', 'size']);
    }
  });

  it('offers at least 5 sizes from small to a party sheet, priced upward, with the sizes customers say', () => {
    const size = group('size');
    expect(size.selection).toBe('single');
    expect(size.min).toBe(1);
    expect(size.prompt).toBeTruthy();
    expect(size.choices.some((c) => c.default)).toBe(false);
    expect(size.choices.length).toBeGreaterThanOrEqual(5);
    const deltas = size.choices.map((c) => c.priceDelta);
    expect(deltas).toEqual([...deltas].sort((a, b) => a - b));
    expect(new Set(deltas).size).toBe(deltas.length);
    const pepperoni = itemById('pepperoni-pizza');
    const sizeOf = (w: string) => choicesNamed(pepperoni, w).map((m) => m.choice.id);
    expect(sizeOf('personal')).toEqual(['small']);
    expect(sizeOf('medium')).toEqual(['medium']);
    expect(sizeOf('14 inch')).toEqual(['large']);
    expect(sizeOf('xl')).toEqual(['extra-large']);
    expect(sizeOf('x-large')).toEqual(['extra-large']);
    expect(sizeOf('family size')).toEqual(['extra-large']);
    expect(sizeOf('party')).toEqual(['party']);
    expect(sizeOf('sheet pizza')).toEqual(['party']);
  });

  it('offers at least 10 crusts and styles, hand tossed by default', () => {
    const crust = group('crust');
    expect(crust.selection).toBe('single');
    expect(crust.min).toBe(1);
    expect(crust.choices.length).toBeGreaterThanOrEqual(10);
    expect(crust.choices.filter((c) => c.default).map((c) => c.id)).toEqual(['hand-tossed']);
    for (const c of crust.choices) expect(c.aliases.length, c.id).toBeGreaterThan(0);
    const margherita = itemById('margherita');
    const crustOf = (w: string) => choicesNamed(margherita, w).map((m) => m.choice.id);
    expect(crustOf('thin')).toEqual(['thin-crust']);
    expect(crustOf('deep-dish')).toEqual(['deep-dish']);
    expect(crustOf('chicago style')).toEqual(['chicago-style']);
    expect(crustOf('detroit style')).toEqual(['detroit-style']);
    expect(crustOf('gf crust')).toEqual(['gluten-free-crust']);
    expect(crustOf('cauliflower crust')).toEqual(['cauliflower-crust']);
    expect(crustOf('stuffed crust')).toEqual(['stuffed-crust']);
  });

  it('offers at least 60 toppings with aliases on every pizza: meats, cheeses, vegetables and sauces', () => {
    for (const pizza of pizzas) {
      const toppings = toppingsOf(pizza);
      expect(toppings.choices.length, pizza.id).toBeGreaterThanOrEqual(60);
      expect(toppings.qualifiers).toEqual(['light', 'extra']);
      for (const c of toppings.choices) expect(c.aliases.length, `${pizza.id} ${c.id}`).toBeGreaterThan(0);
      const meats = toppings.choices.filter((c) => c.diet === 'non-vegetarian');
      const cheeses = toppings.choices.filter((c) => c.diet === 'vegetarian' && c.allergens.includes('milk'));
      expect(meats.length).toBeGreaterThanOrEqual(15);
      expect(cheeses.length).toBeGreaterThanOrEqual(10);
      expect(toppings.choices.filter((c) => !c.diet).length).toBeGreaterThanOrEqual(25);
      expect(toppings.choices.filter((c) => c.id.endsWith('sauce')).length).toBeGreaterThanOrEqual(4);
      expect(toppings.choices.filter((c) => c.maxQuantity === 2).length).toBeGreaterThanOrEqual(50);
    }
    const shared = group('toppings').choices;
    const byId = (id: string) => shared.find((c) => c.id === id);
    expect(byId('anchovies')?.allergens).toContain('fish');
    expect(byId('shrimp')?.allergens).toContain('crustaceans');
    expect(byId('pesto')?.allergens).toEqual(expect.arrayContaining(['milk', 'tree-nuts']));
    expect(byId('vegan-mozzarella')?.diet).toBeUndefined();
    expect(byId('vegan-mozzarella')?.allergens).toEqual([]);
  });

  it('resolves the everyday topping words, misspellings included, to exactly one choice on every pizza', () => {
    const expected: Record<string, string> = {
      pepperoni: 'pepperoni',
      peperoni: 'pepperoni',
      pepperonis: 'pepperoni',
      bacon: 'bacon',
      mushrooms: 'mushrooms',
      mushroom: 'mushrooms',
      shrooms: 'mushrooms',
      'bell peppers': 'green-peppers',
      capsicum: 'green-peppers',
      jalapenos: 'jalapenos',
      jalepeno: 'jalapenos',
      anchovies: 'anchovies',
      sausage: 'italian-sausage',
      chicken: 'grilled-chicken',
      ham: 'ham',
      pineapple: 'pineapple',
    };
    // A generic word names the plain choice, or the one variant of it the pizza comes with.
    const generic: Record<string, string[]> = {
      cheese: ['mozzarella', 'fresh-mozzarella', 'vegan-mozzarella'],
      onions: ['onions', 'red-onions', 'caramelized-onions'],
      peppers: ['green-peppers', 'roasted-red-peppers', 'banana-peppers', 'cherry-peppers'],
      olives: ['black-olives', 'green-olives', 'kalamata-olives'],
      tomatoes: ['tomatoes', 'cherry-tomatoes', 'sun-dried-tomatoes'],
    };
    for (const pizza of pizzas) {
      const toppings = toppingsOf(pizza).id;
      for (const [word, id] of Object.entries(expected)) {
        expect(
          choicesNamed(pizza, word).map((m) => `${m.group}.${m.choice.id}`),
          `${pizza.id}: "${word}"`,
        ).toEqual([`${toppings}.${id}`]);
      }
      for (const [word, [plain, ...variants]] of Object.entries(generic)) {
        const found = choicesNamed(pizza, word);
        expect(
          found.map((m) => m.group),
          `${pizza.id}: "${word}"`,
        ).toEqual([toppings]);
        const choice = found[0]!.choice;
        if (choice.id !== plain) {
          expect(variants, `${pizza.id}: "${word}"`).toContain(choice.id);
          expect(choice.default, `${pizza.id}: "${word}" names a variant it does not come with`).toBe(true);
        }
      }
    }
    const named = (pizza: string, word: string) => choicesNamed(itemById(pizza), word)[0]?.choice.id;
    expect(named('pepperoni-pizza', 'cheese')).toBe('mozzarella');
    expect(named('margherita', 'cheese')).toBe('fresh-mozzarella');
    expect(named('vegan-garden-pizza', 'cheese')).toBe('vegan-mozzarella');
    expect(named('supreme-pizza', 'onions')).toBe('onions');
    expect(named('bbq-chicken-pizza', 'onions')).toBe('red-onions');
    expect(named('bbq-chicken-pizza', 'white onions')).toBe('onions');
    expect(named('spicy-diavola', 'peppers')).toBe('cherry-peppers');
  });

  it('includes each named pizza standard toppings as removable defaults that match its diet and allergens', () => {
    const defaults = (id: string) =>
      toppingsOf(itemById(id))
        .choices.filter((c) => c.default)
        .map((c) => c.id);
    expect(defaults('pepperoni-pizza').sort()).toEqual(['mozzarella', 'pepperoni', 'tomato-sauce']);
    expect(defaults('supreme-pizza')).toEqual(
      expect.arrayContaining(['onions', 'green-peppers', 'black-olives']),
    );
    expect(defaults('veggie-supreme')).toEqual(expect.arrayContaining(['onions', 'mushrooms']));
    expect(defaults('vegan-garden-pizza')).toContain('vegan-mozzarella');
    expect(defaults('vegan-garden-pizza')).not.toContain('mozzarella');
    expect(defaults('build-your-own-pizza').sort()).toEqual(['mozzarella', 'tomato-sauce']);

    for (const pizza of pizzas) {
      const chosen = toppingsOf(pizza).choices.filter((c) => c.default);
      expect(chosen.length, pizza.id).toBeGreaterThanOrEqual(2);
      const diet = chosen.some((c) => c.diet === 'non-vegetarian')
        ? 'non-vegetarian'
        : chosen.some((c) => c.diet === 'vegetarian')
          ? 'vegetarian'
          : 'vegan';
      expect(pizza.diet, pizza.id).toBe(diet);
      expect(pizza.allergens, pizza.id).toContain('gluten');
      for (const c of chosen)
        expect(pizza.allergens, `${pizza.id} ${c.id}`).toEqual(expect.arrayContaining(c.allergens));
    }
  });

  it('has at least 20 drinks, every one with a stated volume, sodas with sizes and containers', () => {
    expect(drinks.length).toBeGreaterThanOrEqual(20);
    const volume = /\d+(\.\d+)?\s*(fl oz|ml|liter)/i;
    for (const d of drinks) {
      const sized = d.optionGroups.some((g) => ['drink-size', 'cup-size'].includes(g));
      expect(sized || volume.test(d.description ?? ''), d.id).toBe(true);
    }
    const sodas = drinks.filter((d) => d.tags.includes('soda'));
    expect(sodas.length).toBeGreaterThanOrEqual(14);
    for (const s of sodas) expect(s.optionGroups, s.id).toEqual(['drink-size', 'container']);
    for (const id of ['diet-coke', 'diet-pepsi', 'diet-dr-pepper', 'sprite-zero', 'coke-zero']) {
      expect(itemById(id).tags).toContain('diet');
    }
    for (const kind of ['tea', 'water', 'juice'])
      expect(
        drinks.some((d) => d.tags.includes(kind)),
        kind,
      ).toBe(true);

    const size = group('drink-size');
    expect(size.min).toBe(1);
    expect(size.prompt).toBeTruthy();
    expect(size.choices.map((c) => c.name)).toEqual([
      '12 fl oz',
      '16.9 fl oz',
      '20 fl oz',
      '1 liter',
      '2 liter',
    ]);
    const container = group('container');
    expect(container.min).toBe(0);
    expect(container.choices.filter((c) => c.default)).toHaveLength(1);
  });

  it('knows the words in "a diet coke and 3 bottles of sprite", "three 20 fl oz coke cans", "a 2 liter pepsi"', () => {
    expect(itemNamed('diet coke')?.id).toBe('diet-coke');
    expect(itemNamed('diet cokes')?.id).toBe('diet-coke');
    expect(itemNamed('sprite')?.id).toBe('sprite');
    expect(itemNamed('coke')?.id).toBe('coca-cola');
    expect(itemNamed('cokes')?.id).toBe('coca-cola');
    expect(itemNamed('coca cola')?.id).toBe('coca-cola');
    expect(itemNamed('pepsi')?.id).toBe('pepsi');
    expect(itemNamed('dr. pepper')?.id).toBe('dr-pepper');
    expect(itemNamed('mtn dew')?.id).toBe('mountain-dew');
    expect(itemNamed('oj')?.id).toBe('orange-juice');
    const sprite = itemById('sprite');
    const one = (item: MenuItem, w: string) => choicesNamed(item, w).map((m) => `${m.group}.${m.choice.id}`);
    expect(one(sprite, 'bottles')).toEqual(['container.bottle']);
    expect(one(itemById('coca-cola'), '20 fl oz')).toEqual(['drink-size.20-fl-oz']);
    expect(one(itemById('coca-cola'), 'cans')).toEqual(['container.can']);
    expect(one(itemById('pepsi'), '2 liter')).toEqual(['drink-size.2-liter']);
    for (const w of ['2l', '2 litre', 'two liter', '2-liter'])
      expect(one(sprite, w)).toEqual(['drink-size.2-liter']);
    for (const w of ['20 oz', '20 ounce']) expect(one(sprite, w)).toEqual(['drink-size.20-fl-oz']);
    expect(one(sprite, '12 oz')).toEqual(['drink-size.12-fl-oz']);
  });

  it('keeps every customer word unambiguous: item names across the menu, choice names within an item', () => {
    const owner = new Map<string, string>();
    for (const item of venue.menu.items) {
      for (const w of words(item)) {
        expect(owner.get(w) ?? item.id, `"${w}"`).toBe(item.id);
        owner.set(w, item.id);
      }
    }
    for (const item of venue.menu.items) {
      const seen = new Map<string, string>();
      for (const gid of item.optionGroups) {
        for (const c of group(gid).choices) {
          for (const w of words(c)) {
            const key = `${gid}.${c.id}`;
            expect(seen.get(w) ?? key, `${item.id}: "${w}"`).toBe(key);
            seen.set(w, key);
            expect(owner.has(w), `${item.id}: option word "${w}" is also an item name`).toBe(false);
          }
        }
      }
    }
  });

  it('has vegan and vegetarian choices beyond pizza, limited stock and an unavailable item', () => {
    expect(
      venue.menu.items.filter((i) => i.diet === 'vegan' && i.category !== 'drinks').length,
    ).toBeGreaterThanOrEqual(4);
    expect(
      venue.menu.items.filter((i) => i.category === 'salads' && i.diet !== 'non-vegetarian').length,
    ).toBeGreaterThan(1);
    const stocked = venue.menu.items.filter((i) => i.stock !== null);
    expect(stocked.length).toBeGreaterThanOrEqual(1);
    expect(stocked.every((i) => (i.stock ?? 0) <= 10)).toBe(true);
    expect(venue.menu.items.filter((i) => !i.available).map((i) => i.id)).toEqual(['pumpkin-cannoli']);
  });

  it('maps at least 8 moods to available items and publishes the documents a customer asks about', () => {
    const own = venue.moods.filter((m) => !m.builtIn);
    expect(own.length).toBeGreaterThanOrEqual(8);
    for (const mood of own) {
      const matches = venue.menu.items.filter(
        (i) =>
          i.available &&
          (mood.tags.some((t) => i.tags.includes(t)) || mood.categories.includes(i.category)) &&
          (mood.maxSpice === undefined || (i.spiceLevel ?? 0) <= mood.maxSpice),
      );
      expect(matches.length, mood.id).toBeGreaterThanOrEqual(3);
    }
    expect(venue.documents.map((d) => d.id)).toEqual([
      'allergens-and-diet',
      'catering',
      'contact',
      'delivery',
      'hours',
      'payments',
      'refunds',
    ]);
    const delivery = venue.documents.find((d) => d.id === 'delivery')?.text ?? '';
    const { fee, freeAbove, minimumOrder } = venue.menu.venue.delivery;
    const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;
    expect(delivery).toContain(dollars(fee));
    expect(delivery).toContain(dollars(freeAbove ?? 0));
    expect(delivery).toContain(dollars(minimumOrder));
    expect(delivery).toContain(`${venue.menu.venue.taxRateBps / 100}%`);
  });
});
