import type { LineDraft } from './build-lines.ts';
import type { MenuIndex } from './menu-index.ts';

/**
 * A group with one choice and nothing required ("Toasted", "Warmed") is a switch: left off unless said.
 * "not toasted" is the dish as it comes, so its negation removes nothing. True for such a group.
 */
function isToggle(groupId: string, index: MenuIndex): boolean {
  const g = index.groups.get(groupId);
  return g !== undefined && g.selection === 'single' && g.min === 0 && g.choices.length === 1;
}

/** Drops negations of switch choices that are not on by default ("plain bagel, not toasted"). In place. */
export function dropToggleNegations(lines: readonly LineDraft[], index: MenuIndex): void {
  for (const l of lines)
    l.without = l.without.filter(
      (w) =>
        w.qualifier !== undefined ||
        !isToggle(w.group, index) ||
        index.choice(w.group, w.choice)?.default === true,
    );
}
