import { describe, expect, it } from 'vitest';
import { choiceMeasure } from './choice-measure.ts';

describe('choiceMeasure', () => {
  it('splits a size choice name into its word and measures', () => {
    expect(choiceMeasure('Medium 12"')).toEqual({ word: 'Medium', measures: ['12"'] });
    expect(choiceMeasure('Cup (8 oz)')).toEqual({ word: 'Cup', measures: ['8 oz'] });
    expect(choiceMeasure('Large 18" (8 slices)')).toEqual({ word: 'Large', measures: ['18"', '8 slices'] });
    expect(choiceMeasure('Mini (5")')).toEqual({ word: 'Mini', measures: ['5"'] });
    expect(choiceMeasure('500 ml Bottle')).toEqual({ word: 'Bottle', measures: ['500 ml'] });
    expect(choiceMeasure('Extra Large 16" (Party)')).toEqual({
      word: 'Extra Large (Party)',
      measures: ['16"'],
    });
  });
  it('a name of only a measure keeps no word; a name with no measure gives none', () => {
    expect(choiceMeasure('6 inch')).toEqual({ word: '', measures: ['6 inch'] });
    expect(choiceMeasure('Footlong')).toEqual({ word: 'Footlong', measures: [] });
  });
});
