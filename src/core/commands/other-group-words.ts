import type { Venue } from '../../domain/venue.ts';

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const wordsOf = (s: string) => norm(s).split(' ').filter(Boolean);
const stem = (w: string) => w.replace(/s$/, '');

/**
 * "put extra cheese on it" while the Turkey Club waits on its size: words said at an option question
 * that the question's group does not offer but that name another option group of the waiting dish by
 * the group's own name or alias ("cheese" of its Cheese group), with no choice of it. They are a
 * request for that dish (its kitchen note; the question stays open), never a choice the group lacks.
 * `heard`: the words not offered, as said; `itemId`: the waiting dish; `pendingGroup`: the question's
 * group (its own name is no other group). Returns the group ids named (empty when none). Pure.
 */
export function otherGroupsNamed(
  heard: string,
  venue: Venue,
  itemId: string,
  pendingGroup: string,
): string[] {
  const item = venue.menu.items.find((i) => i.id === itemId);
  if (!item) return [];
  const said = new Set(wordsOf(heard).map(stem));
  const pendingNames = new Set(
    venue.menu.optionGroups
      .filter((g) => g.id === pendingGroup)
      .flatMap((g) => [g.name, ...g.aliases].map(norm)),
  );
  return venue.menu.optionGroups
    .filter((g) => g.id !== pendingGroup && item.optionGroups.includes(g.id))
    .filter((g) =>
      [g.name, ...g.aliases].some((n) => {
        const words = wordsOf(n);
        // a name the question's group shares ("size" of the fries and of the drink) names that group
        return words.length > 0 && !pendingNames.has(norm(n)) && words.every((w) => said.has(stem(w)));
      }),
    )
    .map((g) => g.id);
}
