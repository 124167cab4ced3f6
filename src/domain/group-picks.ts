import type { OptionGroup } from './menu-schema.ts';

/** A pick of a line's option: its group, choice and how many times it is taken. */
export interface GroupPick {
  readonly group: string;
  readonly choice: string;
  readonly quantity?: number;
}

/** How many picks of `group` the line's `options` hold (a choice taken twice counts twice). */
export function picksOf(group: OptionGroup, options: readonly GroupPick[]): number {
  return options.reduce((n, o) => n + (o.group === group.id ? (o.quantity ?? 1) : 0), 0);
}

/**
 * How many more picks a group of several picks needs when some were said but fewer than its `min`
 * ("a mochi with mango" where three flavors are picked): 0 when none were said (the group is asked as a
 * whole), when the group has a default choice, or when the picks reach its `min`. Pure.
 */
export function picksShort(group: OptionGroup, options: readonly GroupPick[]): number {
  if (group.selection !== 'multiple' || group.min <= 1 || group.choices.some((c) => c.default)) return 0;
  const picked = picksOf(group, options);
  return picked > 0 && picked < group.min ? group.min - picked : 0;
}

/**
 * `options` with one more `pick`: a choice the line already holds is taken once more (within its
 * `maxQuantity`, else left as it is), any other is appended. Pure.
 */
export function withPick<T extends GroupPick>(
  options: readonly T[],
  pick: T,
  group: OptionGroup | undefined,
): T[] {
  const held = options.findIndex((o) => o.group === pick.group && o.choice === pick.choice);
  if (held < 0) return [...options, pick];
  const max = group?.choices.find((c) => c.id === pick.choice)?.maxQuantity ?? 1;
  if (group?.selection !== 'multiple' || max <= 1) return [...options];
  const out = [...options];
  const was = out[held] as T;
  out[held] = { ...was, quantity: Math.min(max, (was.quantity ?? 1) + (pick.quantity ?? 1)) };
  return out;
}
