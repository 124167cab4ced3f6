import type { Menu } from './menu-schema.ts';

/** A choice of one of the menu's option groups, by ids. */
export interface ChoiceRef {
  group: string;
  choice: string;
}

/**
 * The menu name of a choice ("Raw Onion"), looked up in its group first (when given), then in any
 * group; its id when the menu lacks it. The one lookup of a choice's name by its ids: understanding,
 * the dialog, the engine and the processor all say a choice by it. Pure.
 */
export function choiceName(menu: Menu, c: { group?: string | undefined; choice: string }): string {
  const groups = menu.optionGroups.filter((g) => g.id === c.group);
  return (
    [...groups, ...menu.optionGroups].flatMap((g) => g.choices).find((x) => x.id === c.choice)?.name ??
    c.choice
  );
}
