import { describe, expect, it } from 'vitest';
import { loadVenue } from './load-venue.ts';
import type { Allergen, MenuItem, OptionGroup } from './menu-schema.ts';

const venue = loadVenue('spice-route');
const { menu } = venue;
const MAIN_CATEGORIES = ['starters', 'soups', 'mains', 'rice-bowls', 'sandwiches', 'desserts'];

function item(name: string): MenuItem {
  const found = menu.items.find((i) => i.name === name);
  if (!found) throw new Error(`no item named "${name}"`);
  return found;
}

function group(id: string): OptionGroup {
  const found = menu.optionGroups.find((g) => g.id === id);
  if (!found) throw new Error(`no option group "${id}"`);
  return found;
}

function groupsOf(i: MenuItem): OptionGroup[] {
  return i.optionGroups.map(group);
}

function dollars(minor: number): string {
  return `$${(minor / 100).toFixed(2)}`;
}

describe('spice-route venue', () => {
  it('is the USD venue with tax, delivery and all payment methods', () => {
    expect(venue.id).toBe('spice-route');
    expect(menu.venue.currency).toBe('USD');
    expect(menu.venue.taxRateBps).toBe(875);
    expect(menu.venue.delivery.fee).toBeGreaterThan(0);
    expect(menu.venue.delivery.freeAbove).toBeGreaterThan(menu.venue.delivery.minimumOrder);
    expect(menu.venue.paymentMethods).toEqual(expect.arrayContaining(['card', 'cash', 'upi', 'wallet']));
  });

  it('has at least 45 items with unique names and integer USD prices', () => {
    expect(menu.items.length).toBeGreaterThanOrEqual(45);
    const names = menu.items.map((i) => i.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const i of menu.items) {
      expect(Number.isInteger(i.price.amount), i.id).toBe(true);
      expect(i.price.amount, i.id).toBeGreaterThan(0);
      expect(i.price.currency).toBe('USD');
    }
  });

  it('has vegan, vegetarian and non-vegetarian items in every main category', () => {
    for (const category of MAIN_CATEGORIES) {
      const diets = new Set(menu.items.filter((i) => i.category === category).map((i) => i.diet));
      expect([...diets].sort(), category).toEqual(['non-vegetarian', 'vegan', 'vegetarian']);
    }
    expect(menu.items.some((i) => i.category === 'drinks')).toBe(true);
  });

  it('gives every item a description, ingredients, allergens and at least one tag', () => {
    for (const i of menu.items) {
      expect(i.description?.length ?? 0, i.id).toBeGreaterThan(10);
      expect(i.ingredients.length, i.id).toBeGreaterThan(0);
      expect(Array.isArray(i.allergens), i.id).toBe(true);
      expect(i.tags.length, i.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('keeps diets, diet flags and allergens consistent', () => {
    for (const i of menu.items) {
      const has = (a: Allergen) => i.allergens.includes(a);
      if (i.diet === 'vegan') expect(has('milk') || has('eggs'), `${i.id} is vegan`).toBe(false);
      if (i.dietFlags.includes('gluten-free')) expect(has('gluten'), i.id).toBe(false);
      if (i.dietFlags.includes('dairy-free')) expect(has('milk'), i.id).toBe(false);
      if (i.dietFlags.includes('egg-free')) expect(has('eggs'), i.id).toBe(false);
      if (i.dietFlags.includes('nut-free')) expect(has('tree-nuts') || has('peanuts'), i.id).toBe(false);
    }
    for (const flag of ['gluten-free', 'halal', 'jain', 'dairy-free', 'nut-free', 'egg-free'] as const) {
      expect(
        menu.items.some((i) => i.dietFlags.includes(flag)),
        flag,
      ).toBe(true);
    }
  });

  it('declares the allergens its ingredients imply', () => {
    const implied: Array<[RegExp, Allergen]> = [
      [/paneer|yogurt|cream|butter|ghee|cheese|milk|mozzarella|parmesan|chenna/i, 'milk'],
      [/naan|wheat|pasta|penne|pita|paratha|brioche|sourdough|breadcrumbs/i, 'gluten'],
      [/cashew|almond|pistachio|walnut/i, 'tree-nuts'],
      [/prawn|shrimp|crab/i, 'crustaceans'],
      [/squid/i, 'molluscs'],
      [/salmon|cod|fish sauce/i, 'fish'],
      [/\begg\b|eggs|aioli/i, 'eggs'],
      [/soy sauce|tofu|teriyaki|edamame/i, 'soy'],
      [/sesame|tahini|hummus/i, 'sesame'],
      [/mustard/i, 'mustard'],
      [/celery/i, 'celery'],
    ];
    for (const i of menu.items) {
      for (const [pattern, allergen] of implied) {
        const ingredient = i.ingredients.find(
          (ing) => pattern.test(ing) && !/vegan|coconut|peanut-free|gluten-free/i.test(ing),
        );
        if (ingredient)
          expect(i.allergens, `${i.id}: "${ingredient}" implies ${allergen}`).toContain(allergen);
      }
    }
  });

  it('has the dishes customers name, with distinct similarly named items', () => {
    const names = [
      'Masala Dosa',
      'Chicken Biryani',
      'Vegetable Biryani',
      'Paneer Tikka',
      'Chicken Tikka',
      'Chicken Tikka Masala',
      'Butter Chicken',
      'Dal Makhani',
      'Chana Masala',
      'Palak Paneer',
      'Samosa',
      'Mulligatawny Soup',
      'Tomato Soup',
      'Classic Beef Burger',
      'Chicken Burger',
      'Gulab Jamun',
      'Mango Lassi',
      'Masala Chai',
      'Latte',
      'Coke',
      'Diet Coke',
      'Pepsi',
      'Sprite',
      'Sparkling Water',
      'Still Water',
    ];
    for (const name of names) expect(item(name).available, name).toBe(true);
    expect(item('Chicken Tikka').category).toBe('starters');
    expect(item('Chicken Tikka Masala').category).toBe('mains');
    expect(item('Paneer Tikka').allergens).toContain('milk');
    expect(
      menu.items.filter((i) => i.category === 'sandwiches' && i.tags.includes('grilled')).length,
    ).toBeGreaterThan(1);
  });

  it('knows synonyms, plurals and misspellings', () => {
    const aliases: Array<[string, string]> = [
      ['Vegetable Biryani', 'veg biryani'],
      ['Chicken Biryani', 'chicken biriyani'],
      ['Chicken Biryani', 'chicken briyani'],
      ['Masala Dosa', 'dosai'],
      ['Paneer Tikka', 'panner tikka'],
      ['Samosa', 'samosas'],
      ['Coke', 'coca-cola'],
      ['Coke', 'cokes'],
      ['Still Water', 'water'],
      ['Still Water', 'waters'],
    ];
    for (const [name, alias] of aliases) expect(item(name).aliases, name).toContain(alias);
    // An alias points to one item only, so "veg biryani" can never mean the chicken one.
    const owners = new Map<string, string[]>();
    for (const i of menu.items)
      for (const a of [i.name, ...i.aliases])
        owners.set(a.toLowerCase(), [...(owners.get(a.toLowerCase()) ?? []), i.id]);
    const shared = [...owners].filter(([, ids]) => new Set(ids).size > 1);
    expect(shared).toEqual([]);
    expect(menu.categories.every((c) => c.aliases.length > 0)).toBe(true);
  });

  it('shares option groups across items, with a shared spice level and a required portion size', () => {
    const uses = new Map<string, number>();
    for (const i of menu.items) for (const g of i.optionGroups) uses.set(g, (uses.get(g) ?? 0) + 1);
    expect([...uses.values()].filter((n) => n >= 2).length).toBeGreaterThanOrEqual(5);
    expect(uses.get('spice-level')).toBeGreaterThanOrEqual(10);

    const spice = group('spice-level');
    expect(spice.selection).toBe('single');
    expect(spice.choices.map((c) => c.id)).toEqual(['mild', 'medium', 'hot', 'extra-hot']);
    expect(spice.choices.find((c) => c.id === 'mild')?.aliases).toEqual(
      expect.arrayContaining(['not spicy', 'less spicy']),
    );
    expect(spice.choices.find((c) => c.id === 'extra-hot')?.aliases).toEqual(
      expect.arrayContaining(['extra spicy', 'very spicy']),
    );

    const portion = group('portion-size');
    expect(portion.min).toBe(1);
    expect(portion.prompt).toBe('Regular or large?');
    expect(groupsOf(item('Chicken Biryani')).map((g) => g.id)).toContain('portion-size');
    // No choice name or alias is ambiguous within one item's groups.
    for (const i of menu.items) {
      const seen = new Map<string, string>();
      for (const g of groupsOf(i))
        for (const c of g.choices)
          for (const word of [c.name, ...c.aliases]) {
            const key = word.toLowerCase();
            const owner = `${g.id}/${c.id}`;
            expect(seen.get(key) ?? owner, `${i.id}: "${word}"`).toBe(owner);
            seen.set(key, owner);
          }
    }
  });

  it('lets a burger lose its default toppings, take qualifiers and add bacon', () => {
    const burger = item('Classic Beef Burger');
    const toppings = groupsOf(burger).find((g) => g.id === 'burger-toppings');
    expect(toppings?.selection).toBe('multiple');
    expect(toppings?.qualifiers).toEqual(['light', 'extra']);
    const defaults = toppings?.choices.filter((c) => c.default).map((c) => c.id) ?? [];
    expect(defaults).toEqual(expect.arrayContaining(['lettuce', 'tomato', 'onions', 'cheese']));
    expect(toppings?.choices.find((c) => c.id === 'cheese')).toMatchObject({
      diet: 'vegetarian',
      allergens: ['milk'],
    });
    const addOns = groupsOf(burger).flatMap((g) => g.choices);
    expect(addOns.find((c) => c.id === 'bacon')).toMatchObject({ diet: 'non-vegetarian' });
    expect(addOns.find((c) => c.id === 'bacon')?.priceDelta).toBeGreaterThan(0);
  });

  it('counts extra espresso shots on a latte and prices milk swaps', () => {
    const latte = item('Latte');
    const shot = groupsOf(latte)
      .flatMap((g) => g.choices)
      .find((c) => c.name === 'Extra espresso shot');
    expect(shot?.maxQuantity).toBe(4);
    expect(shot?.priceDelta).toBeGreaterThan(0);
    const milk = group('milk-choice');
    expect(milk.choices.find((c) => c.default)?.id).toBe('whole-milk');
    expect(milk.choices.find((c) => c.id === 'oat-milk')?.priceDelta).toBeGreaterThan(0);
    expect(milk.choices.find((c) => c.id === 'almond-milk')?.allergens).toContain('tree-nuts');
    expect(groupsOf(item('Coke')).map((g) => g.id)).toEqual(['soda-size']);
    expect(groupsOf(item('Diet Coke')).map((g) => g.id)).toEqual(['soda-size']);
  });

  it('tracks stock on a few items and has one unavailable item', () => {
    const tracked = menu.items.filter((i) => i.stock !== null);
    expect(tracked.length).toBeGreaterThanOrEqual(2);
    expect(tracked.length).toBeLessThanOrEqual(3);
    for (const i of tracked) expect(i.stock, i.id).toBeLessThanOrEqual(10);
    expect(menu.items.filter((i) => !i.available).length).toBe(1);
  });

  it('maps moods to tags and categories that exist', () => {
    const own = venue.moods.filter((m) => !m.builtIn);
    const ids = own.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['happy', 'cozy', 'adventurous', 'stressed']));
    expect(ids.length).toBeGreaterThanOrEqual(8);
    const stressed = venue.moods.find((m) => m.id === 'stressed');
    expect(stressed?.maxSpice).toBeLessThanOrEqual(1);
    expect(stressed?.aliases).toContain('long day');
    expect(venue.moods.find((m) => m.id === 'cozy')?.categories).toEqual(['soups', 'rice-bowls']);
    const aliases = venue.moods.flatMap((m) => m.aliases.map((a) => a.toLowerCase()));
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const mood of own) {
      const matches = menu.items.filter(
        (i) =>
          i.available &&
          (i.tags.some((t) => mood.tags.includes(t)) || mood.categories.includes(i.category)) &&
          (mood.maxSpice === undefined || (i.spiceLevel ?? 0) <= mood.maxSpice),
      );
      expect(matches.length, mood.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('publishes the documents a customer asks about, consistent with the menu', () => {
    const docs = new Map(venue.documents.map((d) => [d.id, d]));
    for (const id of [
      'hours',
      'delivery',
      'catering',
      'allergens-and-diet',
      'payments',
      'refunds',
      'contact',
      'about',
    ]) {
      expect(docs.get(id)?.title, id).toMatch(/\w/);
      expect(docs.get(id)?.text.length, id).toBeGreaterThan(300);
    }
    const hours = docs.get('hours')?.text ?? '';
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
      expect(hours).toContain(day);
    expect(hours).toMatch(/last orders/i);

    const delivery = docs.get('delivery')?.text ?? '';
    const { fee, freeAbove, minimumOrder } = menu.venue.delivery;
    expect(delivery).toContain(dollars(fee));
    expect(delivery).toContain(dollars(freeAbove ?? 0));
    expect(delivery).toContain(dollars(minimumOrder));

    const payments = docs.get('payments')?.text ?? '';
    expect(payments).toContain(`${menu.venue.taxRateBps / 100}%`);
    for (const word of ['Card', 'Cash', 'UPI', 'Apple Pay']) expect(payments).toContain(word);
    expect(payments).toMatch(/never type your card number/i);
  });
});
