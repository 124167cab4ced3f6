import type { Menu } from '../../domain/menu-schema.ts';
import { joinList } from '../respond/phrases.ts';

type Choice = { group: string; choice: string };

/**
 * The removals ("no onions") of choices a dish does not hold: neither a default of one of its option
 * groups nor among its picks. Taking those off changes nothing, so the customer is told rather than
 * the request silently ignored. A qualified removal ("no extra cheese") is about the amount and is kept.
 */
export function missingRemovals(
  menu: Menu,
  itemId: string,
  picks: readonly Choice[],
  without: readonly (Choice & { qualifier?: string | undefined })[],
): Choice[] {
  const item = menu.items.find((i) => i.id === itemId);
  if (!item) return [];
  const groups = menu.optionGroups.filter((g) => item.optionGroups.includes(g.id));
  const held = (choice: string) =>
    picks.some((p) => p.choice === choice) ||
    groups.some((g) => g.choices.some((c) => c.id === choice && c.default === true));
  return without
    .filter((w) => !w.qualifier && !held(w.choice))
    .map((w) => ({ group: w.group, choice: w.choice }));
}

/** "onions and olives": the menu names of removals, for a sentence. */
export function removalNames(menu: Menu, removals: readonly Choice[]): string {
  const names = removals.map((r) => {
    const groups = menu.optionGroups.filter((g) => g.id === r.group);
    const named = [...groups, ...menu.optionGroups].flatMap((g) => g.choices).find((c) => c.id === r.choice);
    return (named?.name ?? r.choice).toLowerCase();
  });
  return joinList([...new Set(names)], 'and');
}
