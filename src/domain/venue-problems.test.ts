import { describe, expect, it } from 'vitest';
import { describePath } from './describe-path.ts';
import { minorUnitsHint } from './venue-problems.ts';

const menu = (currency: string, amount: unknown) => ({
  venue: { currency },
  items: [{ id: 'chicken-tacos', price: { amount, currency }, optionGroups: ['size', 'salsa'] }],
});
const amount = ['items', 0, 'price', 'amount'];

describe('minorUnitsHint', () => {
  it('gives the amount in the currency minor units, from a number or a string', () => {
    expect(minorUnitsHint(menu('USD', 8.5), { path: amount, message: '' })).toContain('write 850 for 8.5');
    expect(minorUnitsHint(menu('USD', '8.50'), { path: amount, message: '' })).toContain(
      'write 850 for "8.50"',
    );
    expect(minorUnitsHint(menu('JPY', 8.5), { path: amount, message: '' })).toContain('whole JPY: write 9');
  });

  it('says nothing of an integer amount or of a field that is not money', () => {
    expect(minorUnitsHint(menu('USD', 850), { path: amount, message: '' })).toBeUndefined();
    expect(minorUnitsHint({ max: 1.5 }, { path: ['max'], message: '' })).toBeUndefined();
  });
});

describe('describePath', () => {
  it('names entries by id, and an entry of a list of ids by itself', () => {
    expect(describePath(menu('USD', 1), ['items', 0, 'optionGroups', 1])).toBe(
      'items[chicken-tacos].optionGroups[salsa]',
    );
  });

  it('keeps the index of an entry whose id is not unique or not there', () => {
    const twice = { items: [{ id: 'a' }, { id: 'a' }, { name: 'x' }] };
    expect(describePath(twice, ['items', 1, 'id'])).toBe('items[1].id');
    expect(describePath(twice, ['items', 2])).toBe('items[2]');
  });
});
