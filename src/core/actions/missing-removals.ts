import { choiceName } from '../../domain/choice-name.ts';
import type { Menu } from '../../domain/menu-schema.ts';
import { joinList } from '../respond/phrases.ts';
import { type Choice, removalHolds } from '../understand/removal-holds.ts';

type Without = Choice & { qualifier?: string | undefined };

/**
 * The removals ("no onions") of choices a dish does not hold as an option: neither a default of one of
 * its option groups nor among its picks. Taking those off deselects nothing, so they are noted or said
 * (`sortRemovals`) rather than silently ignored. A qualified removal ("no extra cheese") is about the
 * amount and is kept.
 */
export function missingRemovals(
  menu: Menu,
  itemId: string,
  picks: readonly Choice[],
  without: readonly Without[],
): Choice[] {
  if (!menu.items.some((i) => i.id === itemId)) return [];
  return removalHolds(
    menu,
    itemId,
    without.map((w) => ({ said: w.choice, choice: w })),
    { picks },
  )
    .filter((h) => h.how !== 'option')
    .map(({ removal }) => ({ group: removal.choice?.group ?? '', choice: removal.choice?.choice ?? '' }));
}

/** How a dish takes the removals said for it: `removalHolds` read for choices. */
export interface SortedRemovals {
  /** Removals it holds as no option (`missingRemovals`): the two parts below. */
  lacking: Choice[];
  /** Those its listed ingredients, name or description hold: the kitchen note "no onions, no mayo". */
  note: string | undefined;
  /** Those nothing of the dish holds: nothing to take off, said as such. */
  absent: Choice[];
}

/**
 * Sorts the removals a dish takes no option for ("no onions" on a biryani made with onion: a kitchen
 * note; "no mushrooms" on a dish without any: absent). `picks`: the line's chosen options. Pure.
 */
export function sortRemovals(
  menu: Menu,
  itemId: string,
  picks: readonly Choice[],
  without: readonly Without[],
): SortedRemovals {
  const lacking = missingRemovals(menu, itemId, picks, without);
  const holds = removalHolds(
    menu,
    itemId,
    lacking.map((c) => ({ said: c.choice, choice: c })),
  );
  const held = holds.filter((h) => h.how === 'listed' || h.how === 'named');
  const noted = [
    ...new Set(held.map((h) => `no ${choiceName(menu, h.removal.choice as Choice).toLowerCase()}`)),
  ];
  const absent = holds
    .filter((h) => h.how === 'none' || h.how === 'part')
    .map((h) => h.removal.choice as Choice);
  return { lacking, note: noted.length > 0 ? noted.join(', ') : undefined, absent };
}

/** "onions and olives": the menu names of removals, for a sentence. */
export function removalNames(menu: Menu, removals: readonly Choice[]): string {
  const names = removals.map((r) => choiceName(menu, r).toLowerCase());
  return joinList([...new Set(names)], 'and');
}
