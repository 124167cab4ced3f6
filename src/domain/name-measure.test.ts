import { describe, expect, it } from 'vitest';
import { nameMeasure } from './name-measure.ts';

describe('nameMeasure', () => {
  it.each([
    ['12 inch Italian Sub', { unit: 'inch', value: 12 }],
    ['16 oz Ribeye', { unit: 'oz', value: 16 }],
    ['Half Pound Burger', undefined],
    ['20 Wings', { unit: 'count', value: 20 }],
    ['6-Piece Nuggets', { unit: 'count', value: 6 }],
    ['Large Fries', { unit: 'label', value: 4 }],
    ['Extra Large Fries', { unit: 'label', value: 5 }],
    ['Burrito', undefined],
  ])('%s', (name, measure) => {
    expect(nameMeasure(name)).toEqual(measure);
  });
});
