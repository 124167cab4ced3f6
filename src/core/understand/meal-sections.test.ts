import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { mealSectionOf } from './meal-sections.ts';

describe('the menu sections of a meal-time word', () => {
  it('names every section serving the meal', () => {
    const diner = loadVenue('diner').menu;
    expect(mealSectionOf('what could he eat for breakfast?', diner)).toEqual({
      meal: 'breakfast',
      categories: ['breakfast', 'griddle', 'omelets'],
    });
    expect(mealSectionOf('anything for dessert', diner)?.categories).toEqual(['desserts']);
  });

  it('is undefined with no meal word or no section serving it', () => {
    expect(mealSectionOf('what can she have', loadVenue('diner').menu)).toBeUndefined();
    expect(mealSectionOf('what is there for breakfast', loadVenue('grill').menu)).toBeUndefined();
  });
});
