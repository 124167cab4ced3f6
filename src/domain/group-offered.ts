import type { OptionGroup } from './menu-schema.ts';

/** A choice a cart line holds: its option group's id and the choice's id. */
export interface HeldChoice {
  group: string;
  choice: string;
}

/**
 * Whether a group is asked once its gate choice is taken though its `min` is 0: offered only with another
 * group's choice, one pick, and no default choice (a combo's drink: the combo includes one, and which is
 * the customer's to say; a combo's side with a default is said, not asked). Declining it leaves it out.
 */
export function askedWithGate(
  group: Pick<OptionGroup, 'offeredWith' | 'selection' | 'min' | 'choices'>,
): boolean {
  return (
    group.offeredWith !== undefined &&
    group.selection === 'single' &&
    group.min === 0 &&
    !group.choices.some((c) => c.default)
  );
}

/**
 * Whether a line holding `held` is offered the choices of `group`: always, unless the group is
 * `offeredWith` another group's choices (a combo's drink only with the combo) and `held` has none of
 * them (any choice of that group when the gate names none). The gate's own gate is not followed: the
 * line's choice of the gate group is checked as a choice in its turn.
 */
export function groupOffered(group: Pick<OptionGroup, 'offeredWith'>, held: readonly HeldChoice[]): boolean {
  const gate = group.offeredWith;
  if (!gate) return true;
  return held.some((h) => h.group === gate.group && (gate.choices?.includes(h.choice) ?? true));
}
