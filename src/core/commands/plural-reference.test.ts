import { describe, expect, it } from 'vitest';
import { pointsAtEveryLine } from './plural-reference.ts';

/** The span of `dish` in `text`. */
const at = (text: string, dish: string): [number, number] => {
  const i = text.indexOf(dish);
  return [i, i + dish.length];
};

describe('pointsAtEveryLine: a dish said by its plural, pointed at', () => {
  it.each([
    ['no cilantro on the tacos', 'tacos', 'Taco'],
    ['make the pizzas thin crust', 'pizzas', 'Pepperoni Pizza'],
    ['oat milk in all the lattes', 'lattes', 'Latte'],
    ['extra cheese on my burgers', 'burgers', 'Classic Burger'],
  ])('"%s" points at every line', (text, dish, name) => {
    expect(pointsAtEveryLine(text, at(text, dish), name)).toBe(true);
  });

  it.each([
    ['no cilantro on the taco', 'taco', 'Taco'],
    ['extra ranch on the wings', 'wings', 'Wings'],
    ['no salt on the fries', 'fries', 'French Fries'],
    ['two tacos with corn', 'tacos', 'Taco'],
  ])('"%s" does not', (text, dish, name) => {
    expect(pointsAtEveryLine(text, at(text, dish), name)).toBe(false);
  });

  it('needs the plural in the customer\'s own words, not one spelt out for "ones"', () => {
    const text = 'make the pepperoni pizzas cheese instead';
    expect(
      pointsAtEveryLine(
        text,
        at(text, 'pepperoni pizzas'),
        'Pepperoni Pizza',
        'make the pepperoni ones cheese instead',
      ),
    ).toBe(false);
    expect(pointsAtEveryLine(text, at(text, 'pepperoni pizzas'), 'Pepperoni Pizza', text)).toBe(true);
  });
});
