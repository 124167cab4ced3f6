import { describe, expect, it } from 'vitest';
import { picksOf, picksShort, withPick } from './group-picks.ts';
import { OptionGroup } from './menu-schema.ts';

const flavors = OptionGroup.parse({
  id: 'flavors',
  name: 'Flavors',
  selection: 'multiple',
  min: 3,
  max: 3,
  choices: [
    { id: 'a', name: 'A', maxQuantity: 3 },
    { id: 'b', name: 'B', maxQuantity: 3 },
    { id: 'c', name: 'C' },
  ],
});

describe('group picks', () => {
  it('counts a choice taken twice as two', () => {
    expect(
      picksOf(flavors, [
        { group: 'flavors', choice: 'a', quantity: 2 },
        { group: 'x', choice: 'b' },
      ]),
    ).toBe(2);
  });

  it('is short only when some picks were said and fewer than the min', () => {
    expect(picksShort(flavors, [])).toBe(0);
    expect(picksShort(flavors, [{ group: 'flavors', choice: 'a' }])).toBe(2);
    expect(picksShort(flavors, [{ group: 'flavors', choice: 'a', quantity: 3 }])).toBe(0);
    const single = OptionGroup.parse({ ...flavors, selection: 'single', min: 1, max: 1 });
    expect(picksShort(single, [{ group: 'flavors', choice: 'a' }])).toBe(0);
  });

  it('takes a held choice once more within its maxQuantity, and appends any other', () => {
    const held = [{ group: 'flavors', choice: 'a', quantity: 1 }];
    expect(withPick(held, { group: 'flavors', choice: 'a', quantity: 1 }, flavors)).toEqual([
      { group: 'flavors', choice: 'a', quantity: 2 },
    ]);
    expect(withPick(held, { group: 'flavors', choice: 'b', quantity: 1 }, flavors)).toHaveLength(2);
    const c = [{ group: 'flavors', choice: 'c', quantity: 1 }];
    expect(withPick(c, { group: 'flavors', choice: 'c', quantity: 1 }, flavors)).toEqual(c);
  });
});
