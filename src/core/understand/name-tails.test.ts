import { describe, expect, it } from 'vitest';
import { Menu } from '../../domain/menu-schema.ts';
import { createUnderstanding } from './understanding.ts';
import { summarizeLines } from './venue-fixture.ts';

/** A menu written as a restaurant would without aliases: names only. */
function namesOnlyMenu(): Menu {
  const item = (id: string, name: string, category: string, amount: number) => ({
    id,
    name,
    category,
    description: name,
    ingredients: [name.toLowerCase()],
    price: { amount, currency: 'USD' },
    diet: 'non-vegetarian',
    allergens: [],
    spiceLevel: 0,
    tags: ['house'],
    optionGroups: [],
  });
  return Menu.parse({
    version: 1,
    venue: {
      id: 'names-only',
      name: 'Names Only',
      currency: 'USD',
      timezone: 'America/Chicago',
      taxRateBps: 800,
      delivery: { available: false, fee: 0, freeAbove: 0, minimumOrder: 0 },
      pickup: true,
      paymentMethods: ['card'],
    },
    categories: [
      { id: 'starters', name: 'Starters' },
      { id: 'sandwiches', name: 'Sandwiches' },
      { id: 'drinks', name: 'Drinks' },
    ],
    optionGroups: [],
    items: [
      item('spring-rolls', 'Vegetable Spring Rolls', 'starters', 695),
      item('tikka', 'Chicken Tikka Masala', 'starters', 1495),
      item('grilled', 'Grilled Chicken Sandwich', 'sandwiches', 1095),
      item('crispy', 'Crispy Chicken Sandwich', 'sandwiches', 1095),
      item('iced-tea', 'Iced Tea', 'drinks', 350),
      item('thai-iced-tea', 'Thai Iced Tea', 'drinks', 450),
      item('thai-iced-coffee', 'Thai Iced Coffee', 'drinks', 450),
    ],
  });
}

describe('a dish named by the tail of its name (a menu without aliases)', () => {
  const u = createUnderstanding(namesOnlyMenu());
  const lines = (t: string) => summarizeLines(u.parse(t));

  it('orders by a tail one dish ends in, with its count', () => {
    expect(lines('2 spring rolls')).toEqual(['spring-rolls x2 [] -[]']);
    expect(lines('and a couple of spring rolls')).toEqual(['spring-rolls x2 [] -[]']);
    expect(lines('one tikka masala and an iced coffee')).toEqual([
      'tikka x1 [] -[]',
      'thai-iced-coffee x1 [] -[]',
    ]);
    expect(u.parse('remove 1 spring roll').lines.map((l) => [l.itemId, l.action])).toEqual([
      ['spring-rolls', 'remove'],
    ]);
  });

  it('leaves a tail that is another dish’s whole name to that dish', () => {
    expect(lines('an iced tea')).toEqual(['iced-tea x1 [] -[]']);
  });

  it('reads a tail two dishes share as either, not as one of them', () => {
    const r = u.parse('a chicken sandwich please');
    const ids = r.lines.map((l) => l.itemId);
    expect(ids).not.toEqual(['grilled']);
    expect(ids).not.toEqual(['crispy']);
  });
});

describe('a dish named by the lead of its name (its first words)', () => {
  const u = createUnderstanding(namesOnlyMenu());
  const lines = (t: string) => summarizeLines(u.parse(t));

  it('orders by a lead one dish starts with, with its count and without one', () => {
    expect(lines('one chicken tikka')).toEqual(['tikka x1 [] -[]']);
    expect(lines('2 vegetable spring please')).toEqual(['spring-rolls x2 [] -[]']);
    expect(lines('crispy chicken please')).toEqual(['crispy x1 [] -[]']);
  });

  it('reads a lead two dishes share as either, not as one of them', () => {
    const r = u.parse('a thai iced please');
    expect(r.lines).toEqual([]);
    expect(r.unresolved[0]?.suggestions.map((s) => s.id).sort()).toEqual([
      'thai-iced-coffee',
      'thai-iced-tea',
    ]);
  });

  it('leaves a lead that is another dish’s whole name to that dish', () => {
    expect(lines('an iced tea')).toEqual(['iced-tea x1 [] -[]']);
  });
});
