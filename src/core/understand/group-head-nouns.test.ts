import { describe, expect, it } from 'vitest';
import { Menu } from '../../domain/menu-schema.ts';
import { fixtureMenu } from './test-fixture.ts';
import { createUnderstanding } from './understanding.ts';
import { summarizeLines, venueParser } from './venue-fixture.ts';

/** The fixture menu with more cheeses (two named "… cheese") and bacon among the pizza toppings. */
function cheeseMenu(): Menu {
  const menu = JSON.parse(JSON.stringify(fixtureMenu)) as {
    optionGroups: { id: string; choices: object[] }[];
  };
  const cheese = (id: string, name: string) => ({ id, name, allergens: ['milk'], diet: 'vegetarian' });
  menu.optionGroups
    .find((g) => g.id === 'pizza-toppings')
    ?.choices.push(
      cheese('cheddar', 'Cheddar'),
      cheese('goat-cheese', 'Goat cheese'),
      cheese('blue-cheese', 'Blue cheese'),
    );
  return Menu.parse(menu);
}

describe('a choice said with its kind’s head noun', () => {
  const u = createUnderstanding(cheeseMenu());
  const lines = (t: string) => summarizeLines(u.parse(t));

  it('reads "cheddar cheese" as one choice, not cheddar plus the generic cheese', () => {
    expect(lines('a margherita pizza with cheddar cheese')).toEqual(['margherita-pizza x1 [cheddar] -[]']);
  });

  it('keeps two toppings of different sorts apart', () => {
    expect(lines('a margherita pizza with olives cheese')).toEqual([
      'margherita-pizza x1 [olives,cheese] -[]',
    ]);
  });
});

describe('fixed food phrases', () => {
  const pz = venueParser('pizzeria');

  it('does not read "salt and pepper" as green peppers', () => {
    expect(pz.lines('a cheese pizza with salt and pepper')).toEqual(['cheese-pizza x1 [] -[]']);
    expect(pz.lines('wings with salt and pepper')).toEqual(['chicken-wings x1 [] -[]']);
  });
});
