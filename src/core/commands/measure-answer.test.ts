import { describe, expect, it } from 'vitest';
import { optionGroupOf } from '../../testing/option-group-of.ts';
import { measureAnswer } from './measure-answer.ts';

const group = (names: string[]) => optionGroupOf(names);

describe('measureAnswer', () => {
  const lengths = group(['Mini (5")', 'Regular (7.5")', 'Giant (15")']);
  const levels = group(['0%', '25%', '50%', '75%', '100%']);
  const cups = group(['Small (12 oz)', 'Medium (16 oz)', 'Large (20 oz)']);

  it.each([
    ['whole', 'c2'],
    ['a full one', 'c2'],
    ['half please', 'c1'],
    ['the 7.5 inch', 'c1'],
    ['15"', 'c2'],
  ])('"%s" at lengths 5/7.5/15 is the choice %s', (text, id) => {
    expect(measureAnswer(text, lengths)).toEqual({ kind: 'choice', choice: id });
  });

  it('a length between two choices singles both out', () => {
    expect(measureAnswer('a 6 inch', lengths)).toEqual({
      kind: 'between',
      heard: '6"',
      choices: ['c0', 'c1'],
    });
    expect(measureAnswer('footlong', lengths)).toEqual({
      kind: 'between',
      heard: 'footlong',
      choices: ['c1', 'c2'],
    });
  });

  it('percents: the clearly nearest is picked, else the two nearest', () => {
    expect(measureAnswer('30% sugar', levels)).toEqual({ kind: 'choice', choice: 'c1' });
    expect(measureAnswer('40 percent', levels)).toEqual({
      kind: 'between',
      heard: '40%',
      choices: ['c1', 'c2'],
    });
    expect(measureAnswer('half sugar', levels)).toEqual({ kind: 'choice', choice: 'c2' });
    expect(measureAnswer('full sugar', levels)).toEqual({ kind: 'choice', choice: 'c4' });
  });

  it('volumes, in digits or words', () => {
    expect(measureAnswer('14 oz', cups)).toEqual({ kind: 'between', heard: '14 oz', choices: ['c0', 'c1'] });
    expect(measureAnswer('twenty ounces', cups)).toEqual({ kind: 'choice', choice: 'c2' });
  });

  it('leaves alone words of other choices, groups with no measures, and texts with none', () => {
    expect(measureAnswer('whole wheat', lengths)).toBeUndefined();
    expect(measureAnswer('half and half', levels)).toBeUndefined();
    expect(measureAnswer('whole', group(['Small', 'Large']))).toBeUndefined();
    expect(measureAnswer('30% sugar', group(['Whole Milk', '2% Milk', 'Oat Milk']))).toBeUndefined();
    expect(measureAnswer('the big one', lengths)).toBeUndefined();
  });
});
