import type { MenuIndex } from './menu-index.ts';

/** How many of the said choices fall in a required group (min ≥ 1) of the dish: they define it. */
export function definingCount(
  itemId: string,
  said: readonly (readonly { group: string }[])[],
  index: MenuIndex,
): number {
  return said.filter((ch) =>
    ch.some((c) => index.accepts(itemId, c.group) && (index.groups.get(c.group)?.min ?? 0) > 0),
  ).length;
}

/**
 * The one dish the said choices name: the only dish taking them all, else the one dish they define
 * most (in its required groups: "a root beer" is the soda's flavor, not a hero's optional combo drink),
 * a tie broken by the larger share of the dish's required groups (with `breakTies`).
 */
export function definedDish(
  said: readonly (readonly { group: string }[])[],
  candidates: readonly string[],
  index: MenuIndex,
  /** Break a tie by the share of required groups (false: a tie names no dish). */
  breakTies = true,
): string | undefined {
  if (candidates.length <= 1) return candidates[0];
  const scored = candidates.map((id) => ({ id, n: definingCount(id, said, index) }));
  const best = Math.max(...scored.map((x) => x.n));
  const top = scored.filter((x) => x.n === best);
  if (best === 0) return undefined;
  if (top.length === 1) return top[0]?.id;
  if (!breakTies) return undefined;
  // "a sprite": the soda (flavour and size required) before the kids meal (main, side and drink): the
  // dish the choices define the larger share of, when one does
  const share = (id: string) => best / Math.max(1, requiredGroups(id, index));
  const most = Math.max(...top.map((x) => share(x.id)));
  const first = top.filter((x) => share(x.id) === most);
  return first.length === 1 ? first[0]?.id : undefined;
}

/** How many of the item's option groups are required (min ≥ 1). */
function requiredGroups(itemId: string, index: MenuIndex): number {
  return (index.items.get(itemId)?.optionGroups ?? []).filter((g) => (index.groups.get(g)?.min ?? 0) > 0)
    .length;
}
