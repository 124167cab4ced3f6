import { describe, expect, it } from 'vitest';
import type { CartLine } from '../../contract/backend-api.ts';
import { identicalLines } from './merge-identical-line.ts';

const line = (over: Partial<CartLine> = {}): CartLine => ({
  id: 'l1',
  itemId: 'pizza',
  name: 'Pizza',
  quantity: 1,
  options: [
    { group: 'size', groupName: 'Size', choice: 'large', choiceName: 'Large', quantity: 1, priceDelta: 0 },
    { group: 'top', groupName: 'Top', choice: 'ham', choiceName: 'Ham', quantity: 1, priceDelta: 0 },
  ],
  without: [],
  notes: null,
  unitPrice: 1000,
  lineTotal: 1000,
  ...over,
});

describe('identicalLines', () => {
  it('holds for the same dish made the same way, whatever the order of its options and its quantity', () => {
    const b = line({ id: 'l2', quantity: 3, options: [...line().options].reverse() });
    expect(identicalLines(line(), b)).toBe(true);
  });

  it('fails on another item, option, removal, qualifier or note', () => {
    expect(identicalLines(line(), line({ itemId: 'calzone' }))).toBe(false);
    expect(identicalLines(line(), line({ options: line().options.slice(0, 1) }))).toBe(false);
    expect(
      identicalLines(line(), line({ without: [{ group: 'top', choice: 'onions', choiceName: 'Onions' }] })),
    ).toBe(false);
    const extra = line().options.map((o) => (o.choice === 'ham' ? { ...o, qualifier: 'extra' as const } : o));
    expect(identicalLines(line(), line({ options: extra }))).toBe(false);
    expect(identicalLines(line(), line({ notes: 'well done' }))).toBe(false);
  });
});
