import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { missingRemovals, removalNames } from './missing-removals.ts';

const { menu } = loadVenue('pizzeria');
const group = 'pepperoni-pizza-toppings';

describe('missingRemovals', () => {
  it('keeps a removal of a choice the dish neither comes with nor was given', () => {
    const missing = missingRemovals(menu, 'pepperoni-pizza', [], [{ group, choice: 'onions' }]);
    expect(missing).toEqual([{ group, choice: 'onions' }]);
    expect(removalNames(menu, missing)).toBe('onions');
  });
  it('drops removals of a default or of a picked choice, and amount-only removals', () => {
    expect(missingRemovals(menu, 'pepperoni-pizza', [], [{ group, choice: 'pepperoni' }])).toEqual([]);
    expect(
      missingRemovals(menu, 'pepperoni-pizza', [{ group, choice: 'onions' }], [{ group, choice: 'onions' }]),
    ).toEqual([]);
    expect(
      missingRemovals(menu, 'pepperoni-pizza', [], [{ group, choice: 'onions', qualifier: 'extra' }]),
    ).toEqual([]);
  });
});
