import type { CartLine } from '../../contract/backend-api.ts';
import type { Menu } from '../../domain/menu-schema.ts';

/** What a removal of a line's required pick means: the line itself, or the group asked again. */
export type RequiredChoiceRemoval = { kind: 'remove' } | { kind: 'ask'; group: string };

/**
 * "actually no coke" with a Fountain Soda (Coke) in the cart: removals said with nothing else, each of
 * the choice the line holds in a required single-choice group, cannot take the choice off (the dish
 * needs one). When the group is the dish's defining pick (its first required group: a soda's flavour, a
 * tea's kind), the customer means the line: `remove`. When it is one part of a dish with several
 * required picks of their own (a kids meal's drink after its main): `ask` which instead. Undefined when
 * any removal is of something else, or the change says more than removals.
 */
export function requiredChoiceRemoval(
  menu: Menu,
  line: CartLine,
  without: readonly { group: string; choice: string }[],
  saysMore: boolean,
): RequiredChoiceRemoval | undefined {
  if (saysMore || without.length === 0) return undefined;
  const item = menu.items.find((i) => i.id === line.itemId);
  if (!item) return undefined;
  const groupOf = (id: string) => menu.optionGroups.find((g) => g.id === id);
  const required = (id: string) => {
    const g = groupOf(id);
    return g !== undefined && g.selection === 'single' && g.min > 0;
  };
  const held = without.every(
    (w) => required(w.group) && line.options.some((o) => o.group === w.group && o.choice === w.choice),
  );
  if (!held) return undefined;
  const defining = item.optionGroups.find(required);
  if (without.every((w) => w.group === defining)) return { kind: 'remove' };
  return { kind: 'ask', group: (without[0] as { group: string }).group };
}
