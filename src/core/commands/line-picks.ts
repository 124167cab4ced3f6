import type { Menu } from '../../domain/menu-schema.ts';
import type { ParsedLine } from '../understand/parse-result.ts';

/** An order line's option as a command's `OptionPick`. */
export const optionPick = (o: ParsedLine['options'][number]) => ({
  group: o.group,
  choice: o.choice,
  quantity: o.quantity,
  ...(o.qualifier ? { qualifier: o.qualifier } : {}),
});
/** An order line's removal as a command's `Without`. */
export const withoutPick = (w: ParsedLine['without'][number]) => ({
  group: w.group,
  choice: w.choice,
  ...(w.qualifier ? { qualifier: w.qualifier } : {}),
});

/**
 * The choices `picks` (read with no dish named, each in the first group offering it) as the dish
 * `itemId` offers them: each in that dish's group holding the same choice ("Black Olives" of the
 * Toppings read as the Supreme's own toppings group); a choice the dish does not offer is dropped.
 */
export function onDish<T extends { group: string; choice: string }>(
  itemId: string,
  menu: Menu,
  picks: readonly T[],
): T[] {
  const groups = menu.items.find((i) => i.id === itemId)?.optionGroups ?? [];
  const own = menu.optionGroups.filter((og) => groups.includes(og.id));
  return picks.flatMap((p) => {
    if (groups.includes(p.group)) return [p];
    const home = own.find((og) => og.choices.some((c) => c.id === p.choice));
    return home ? [{ ...p, group: home.id }] : [];
  });
}
