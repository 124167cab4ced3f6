import { describe, expect, it } from 'vitest';
import { tinyMenu } from './fixtures/tiny-menu.ts';
import { groupOffered } from './group-offered.ts';
import { Menu, type MenuInput } from './menu-schema.ts';

/** The tiny menu with a combo switch and a combo drink offered only with it, both on the dal. */
function comboMenu(
  drink: Record<string, unknown> = {},
  itemGroups = ['size', 'combo', 'combo-drink'],
): MenuInput {
  const menu = tinyMenu();
  menu.optionGroups = [
    ...(menu.optionGroups ?? []),
    { id: 'combo', name: 'Combo', selection: 'single', choices: [{ id: 'combo', name: 'Combo' }] },
    {
      id: 'combo-drink',
      name: 'Combo Drink',
      selection: 'single',
      offeredWith: { group: 'combo' },
      choices: [{ id: 'coke', name: 'Coke' }],
      ...drink,
    },
  ];
  menu.items = menu.items.map((i) => ({ ...i, optionGroups: itemGroups }));
  return menu;
}

const issues = (input: MenuInput) => {
  const result = Menu.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('offeredWith (a group offered only with another group)', () => {
  it('accepts a gate the items list', () => {
    expect(issues(comboMenu())).toEqual([]);
  });

  it('names an unknown gate group, an unknown gate choice, an item without the gate and a cycle', () => {
    expect(issues(comboMenu({ offeredWith: { group: 'meal' } }))).toEqual(['unknown option group "meal"']);
    expect(issues(comboMenu({ offeredWith: { group: 'combo', choices: ['big'] } }))).toContain(
      '"big" is not a choice of combo',
    );
    expect(issues(comboMenu({}, ['size', 'combo-drink']))).toContain(
      '"combo-drink" is offered only with "combo", which dal does not list',
    );
    const cycle = comboMenu();
    const combo = cycle.optionGroups?.find((g) => g.id === 'combo');
    if (combo) combo.offeredWith = { group: 'combo-drink' };
    expect(issues(cycle).some((m) => m.startsWith('offeredWith makes a cycle'))).toBe(true);
  });

  it('offers the group only when the line holds the gate (or one of its named choices)', () => {
    const any = { offeredWith: { group: 'combo' } };
    const named = { offeredWith: { group: 'combo', choices: ['large-combo'] } };
    expect(groupOffered({}, [])).toBe(true);
    expect(groupOffered(any, [])).toBe(false);
    expect(groupOffered(any, [{ group: 'combo', choice: 'combo' }])).toBe(true);
    expect(groupOffered(named, [{ group: 'combo', choice: 'combo' }])).toBe(false);
    expect(groupOffered(named, [{ group: 'combo', choice: 'large-combo' }])).toBe(true);
  });
});
