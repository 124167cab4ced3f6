import type { ChoiceEntry } from './line-rules.ts';
import type { MenuIndex } from './menu-index.ts';
import { normalize } from './normalize.ts';

/** How many of the dishes taking an optional choice are offered when it names none of them. */
export const OFFERED_OPTION_DISHES = 3;

/** Words of a dish's name that only say how a choice comes alone ("Side of Guacamole", "Extra Dipping Cup"). */
const SERVING_WORDS = new Set(['side', 'of', 'a', 'an', 'the', 'extra', 'cup', 'order', 'add', 'on']);

/** What an optional choice said alone as an order names: one dish to add, or a few to ask among. */
export type OptionalChoiceDishes = { dish: string } | { offered: string[] };

const words = (text: string) =>
  normalize(text)
    .tokens.map((t) => t.key)
    .filter((w) => !SERVING_WORDS.has(w))
    .join(' ');

/**
 * "i want extra chicken", "a side of ranch": choices of optional groups only (no dish's required group)
 * said as an order with no dish. One dish is named when it is the choice alone: the one dish taking
 * them with no group but the said choices' and named as their group is ("Extra Dipping Cup" of the
 * "dipping cup" dips), or the dish whose own
 * name, its serving words aside, is the one choice's name or the words heard for it ("Side of Guacamole"
 * for "Guacamole", "Side of Queso" for "queso" of "Queso Blanco",
 * "Masala Fries" for the sandwiches' "Masala fries"). Else the first OFFERED_OPTION_DISHES of
 * `candidates` (the dishes taking every said choice) are offered. Undefined when a said choice fills a
 * required group (sharedChoiceDishes' case) or no dish takes them.
 */
export function optionalChoiceDishes(
  said: readonly ChoiceEntry[][],
  candidates: readonly string[],
  index: MenuIndex,
  /** The words said for the choices ("queso" of the choice "Queso Blanco"). */
  heard = '',
): OptionalChoiceDishes | undefined {
  const groupsSaid = new Set(said.flatMap((ch) => ch.map((c) => c.group)));
  const required = [...groupsSaid].some((g) => (index.groups.get(g)?.min ?? 0) > 0);
  if (required || candidates.length === 0) return undefined;
  // the dish named as the group is ("Extra Dipping Cup" of the group "Dipping Sauce", alias "dipping cup")
  const groupNames = new Set(
    [...groupsSaid]
      .flatMap((g) => {
        const group = index.groups.get(g);
        return group ? [group.name, ...group.aliases] : [];
      })
      .map(words)
      .filter((w) => w.length > 0),
  );
  const vessels = candidates.filter((id) => {
    const item = index.items.get(id);
    if (!item) return false;
    return item.optionGroups.every((g) => groupsSaid.has(g)) && groupNames.has(words(item.name));
  });
  if (vessels.length === 1) return { dish: vessels[0] as string };
  if (said.length === 1) {
    const names = new Set(
      [...(said[0] ?? []).map((c) => words(choiceName(c, index))), words(heard)].filter((w) => w.length > 0),
    );
    const named = index.menu.items.filter((i) => names.has(words(i.name)));
    if (named.length === 1) return { dish: (named[0] as { id: string }).id };
  }
  if (candidates.length < 2) return { dish: candidates[0] as string };
  // the dishes sharing a word with the choices come first ("extra chicken": the chicken curries)
  const saidWords = new Set(said.flatMap((ch) => ch.flatMap((c) => words(choiceName(c, index)).split(' '))));
  const shared = (id: string) =>
    words(index.items.get(id)?.name ?? '')
      .split(' ')
      .filter((w) => saidWords.has(w)).length;
  const ranked = [...candidates].sort((a, b) => shared(b) - shared(a));
  return { offered: ranked.slice(0, OFFERED_OPTION_DISHES) };
}

const choiceName = (c: ChoiceEntry, index: MenuIndex) =>
  index.groups.get(c.group)?.choices.find((x) => x.id === c.choice)?.name ?? '';
