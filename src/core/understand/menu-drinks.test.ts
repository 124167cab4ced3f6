import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { menuDrinks } from './menu-drinks.ts';

describe('the drinks offered in place of one the menu lacks (menu-drinks.ts)', () => {
  it('takes the plain drink categories before a section of shakes tagged as sweets', () => {
    const grill = loadVenue('grill').menu;
    const names = menuDrinks(grill).map((d) => d.name);
    expect(names).toHaveLength(4);
    expect(names).not.toContain('Milkshake');
    // the shakes still fill the places the plain drinks leave
    expect(menuDrinks(grill, 6).map((d) => d.name)).toContain('Milkshake');
  });

  it('a shake inside the drinks section is a drink like the others, in menu order', () => {
    const diner = loadVenue('diner').menu;
    expect(menuDrinks(diner, 10).map((d) => d.name)).toContain('Milkshake');
  });
});
