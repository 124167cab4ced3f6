import type { Menu } from '../../domain/menu-schema.ts';

const gateGroupsOf = new WeakMap<Menu, ReadonlySet<string>>();

/** The option groups other groups are offered only with (`offeredWith`), per menu. */
function gateGroups(menu: Menu): ReadonlySet<string> {
  let gates = gateGroupsOf.get(menu);
  if (!gates) {
    gates = new Set(menu.optionGroups.flatMap((g) => (g.offeredWith ? [g.offeredWith.group] : [])));
    gateGroupsOf.set(menu, gates);
  }
  return gates;
}

/**
 * The gates the cart `lines` hold, as `itemId/group/choice` (`SessionState.cartGates`): each line's
 * choices of a group another group is offered only with. Empty when the menu gates nothing.
 */
export function heldGates(
  lines: readonly { itemId: string; options: readonly { group: string; choice: string }[] }[],
  menu: Menu,
): string[] {
  const gates = gateGroups(menu);
  if (gates.size === 0) return [];
  const held = new Set<string>();
  for (const l of lines)
    for (const o of l.options) if (gates.has(o.group)) held.add(`${l.itemId}/${o.group}/${o.choice}`);
  return [...held];
}
