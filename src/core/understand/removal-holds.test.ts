import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { isFoodKey, removalHolds, removalKeys } from './removal-holds.ts';

const grill = loadVenue('grill').menu;
const pizzeria = loadVenue('pizzeria').menu;
const spice = loadVenue('spice-route').menu;

const how = (menu: typeof grill, itemId: string, said: string) =>
  removalHolds(menu, itemId, [{ said }])[0]?.how;

describe('removalKeys folds removal words one way', () => {
  it.each([
    ['Tomatoes', ['tomato']],
    ['tomatos', ['tomato']],
    ['jalapeños', ['jalapeno']],
    ['Sautéed Mushrooms', ['sauteed', 'mushroom']],
    ['spring-onions', ['spring', 'onion']],
  ])('"%s"', (text, keys) => {
    expect(removalKeys(text)).toEqual(keys);
  });
});

describe('removalHolds says how a dish holds a removal', () => {
  it('a listed ingredient, in any of its forms', () => {
    expect(how(grill, 'diablo-burger', 'jalapeño')).toBe('listed');
    expect(how(grill, 'diablo-burger', 'the jalapenos')).not.toBe('none');
    expect(how(grill, 'hamburger', 'tomatos')).toBe('listed');
  });
  it('a word of the name or description only', () => {
    expect(how(grill, 'grilled-chicken', 'ranch')).toBe('named');
  });
  it('nothing the dish holds', () => {
    expect(how(spice, 'chicken-tikka', 'cashews')).toBe('none');
  });
  it('a choice: an option when a default, picked or qualified; else by its name', () => {
    const group = 'pepperoni-pizza-toppings';
    const holds = removalHolds(pizzeria, 'pepperoni-pizza', [
      { said: 'pepperoni', choice: { group, choice: 'pepperoni' } },
      { said: 'onions', choice: { group, choice: 'onions' } },
      { said: 'cheese', choice: { group, choice: 'onions', qualifier: 'extra' } },
    ]);
    expect(holds.map((h) => h.how)).toEqual(['option', 'none', 'option']);
  });
  it('words a choice already read as removed are an option', () => {
    const hold = removalHolds(pizzeria, 'veggie-supreme', [{ said: 'olives' }], {
      removed: [{ choiceName: 'Black Olives' }],
    });
    expect(hold[0]?.how).toBe('option');
  });
});

describe('isFoodKey tells food words from others', () => {
  it.each([
    ['cashew', true],
    ['mushroom', true],
    ['rush', false],
  ])('%s', (key, want) => {
    expect(isFoodKey(spice, key)).toBe(want);
  });
});
