import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { converse } from '../../testing/rule-conversation.ts';
import { countChoice } from './count-choice.ts';

const cartOf = (lines: { itemId: string; quantity: number; options: { choiceName: string }[] }[]) =>
  lines.map((l) => `${l.quantity}x${l.itemId}[${l.options.map((o) => o.choiceName).join(',')}]`);

describe('countChoice', () => {
  const menu = loadVenue('pieshop').menu;

  it('finds the choice of a counted group bearing the number', () => {
    expect(countChoice(menu, 'chicken-wings', 20)).toMatchObject({
      group: 'wing-count',
      choiceName: '20 Wings',
    });
    expect(countChoice(menu, 'chicken-wings', 2)).toBeUndefined();
  });

  it('a size in units of measure ("20 oz Bottle", "2 Liter") is no count', () => {
    const drink = menu.items.find((i) => i.optionGroups.includes('drink-size'));
    expect(drink).toBeDefined();
    expect(countChoice(menu, drink!.id, 2)).toBeUndefined();
    expect(countChoice(menu, drink!.id, 20)).toBeUndefined();
  });
});

describe('a number that one of the dish’s counted choices bears sizes the dish', () => {
  it.each([
    ['make the wings 20', '1xchicken-wings[Hot Buffalo,20 Wings]'],
    ['actually make it 6', '1xchicken-wings[Hot Buffalo,6 Wings]'],
    ['make that 20 wings', '1xchicken-wings[Hot Buffalo,20 Wings]'],
    ['make it 2', '2xchicken-wings[10 Wings,Hot Buffalo]'],
  ])('10 wings in the cart, "%s"', async (said, line) => {
    const c = await converse('pieshop', ['10 wings hot buffalo', said]);
    expect(cartOf(c.cart)).toEqual([line]);
  });

  it('"make it 12" with 6 garlic knots in the cart is 12 knots', async () => {
    const c = await converse('slices', ['6 garlic knots', 'make it 12']);
    expect(cartOf(c.cart)).toEqual(['1xgarlic-knots[12 knots]']);
  });
});

describe('a group said twice, in clauses each opened by a count, is two dishes', () => {
  it('"a large pepperoni and a small cheese" orders both pizzas with their sizes', async () => {
    const c = await converse('pieshop', ['can i get a large pepperoni and a small cheese']);
    expect(cartOf(c.cart)).toEqual(['1xpepperoni-pizza[Large 14"]', '1xpizza[Small 10"]']);
  });

  it('with a pizza in the cart, the two clauses are new dishes, not a change of it', async () => {
    const c = await converse('pieshop', [
      'a small cheese pizza',
      'a medium mushroom and a large sausage and onion',
    ]);
    expect(c.cart).toHaveLength(3);
    expect(cartOf(c.cart)[0]).toBe('1xpizza[Small 10"]');
  });
});

describe('a word of another dish’s name said alone, which is a choice of the cart dish', () => {
  it.each([
    ['iced', 'Iced'],
    ['hot please', 'Hot'],
  ])('"%s" right after a latte changes the latte', async (said, choice) => {
    const c = await converse('cafe', ['a medium oat latte', said]);
    expect(c.cart).toHaveLength(1);
    expect(c.cart[0]?.options.map((o) => o.choiceName)).toContain(choice);
  });

  it('with no cart dish taking it, the word still orders the dish ("iced" → Iced Black Tea)', async () => {
    const c = await converse('cafe', ['a muffin', 'blueberry', 'iced']);
    expect(c.last.state.pending).toMatchObject({ kind: 'option', itemId: 'iced-tea' });
  });
});
