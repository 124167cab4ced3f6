import { groupOffered, type HeldChoice } from './group-offered.ts';
import type { Choice, Menu } from './menu-schema.ts';

/** The parts of a cart line that say which choices it holds and which defaults it removed. */
export interface HeldLine {
  itemId: string;
  options: readonly HeldChoice[];
  without: readonly HeldChoice[];
}

/**
 * The default choices a line gets because of a choice it holds: the defaults of each of its item's
 * groups that is `offeredWith` a choice the line holds (a combo's default side and size come with the
 * combo), when the line picked nothing in that group and did not remove the default. Groups offered to
 * every line are left out: their defaults are the dish as the menu describes it.
 */
export function openedDefaults(menu: Pick<Menu, 'items' | 'optionGroups'>, line: HeldLine): Choice[] {
  const item = menu.items.find((i) => i.id === line.itemId);
  if (!item) return [];
  const opened: Choice[] = [];
  for (const id of item.optionGroups) {
    const group = menu.optionGroups.find((g) => g.id === id);
    if (!group?.offeredWith || !groupOffered(group, line.options)) continue;
    if (line.options.some((o) => o.group === id)) continue;
    for (const c of group.choices)
      if (c.default && !line.without.some((w) => w.group === id && w.choice === c.id)) opened.push(c);
  }
  return opened;
}
