import { describe, expect, it } from 'vitest';
import { optionGroupOf } from '../../testing/option-group-of.ts';
import { unofferedPercent } from './unoffered-percent.ts';

const group = (names: string[]) => optionGroupOf(names, 'sugar', 'Sugar level');

describe('unofferedPercent', () => {
  const levels = group(['0%', '25%', '50%', '75%', '100%']);
  it.each([
    ['30% sugar', '30%'],
    ['60 percent please', '60%'],
    ['like 10 pct', '10%'],
  ])('"%s" at a group of percents that lacks it is said back as %s', (text, heard) => {
    expect(unofferedPercent(text, levels)).toBe(heard);
  });

  it('leaves an offered percent, no percent, and groups that are no percents alone', () => {
    expect(unofferedPercent('50% sugar', levels)).toBeUndefined();
    expect(unofferedPercent('half sugar', levels)).toBeUndefined();
    expect(unofferedPercent('30% sugar', group(['Whole Milk', '2% Milk', 'Oat Milk']))).toBeUndefined();
  });
});
