import type { Menu } from '../../domain/menu-schema.ts';

type Choice = { group: string; choice: string };

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));

/**
 * Splits removals a dish takes no option for (`missingRemovals`) into those its own ingredients,
 * description or name hold ("no onions" on a biryani made with onion: kept as the kitchen note
 * `note`, "no onions") and those it truly lacks (`absent`: nothing to take off). Pure.
 */
export function removalsAsNotes(
  menu: Menu,
  itemId: string,
  missing: readonly Choice[],
): { absent: Choice[]; note: string | undefined } {
  const item = menu.items.find((i) => i.id === itemId);
  if (!item) return { absent: [...missing], note: undefined };
  const dish = [item.name, item.description ?? '', ...item.ingredients].map(words);
  const nameOf = (r: Choice) =>
    menu.optionGroups.flatMap((g) => g.choices).find((c) => c.id === r.choice)?.name ?? r.choice;
  const holds = (want: readonly string[]) =>
    want.length > 0 && dish.some((d) => d.some((_, i) => want.every((w, k) => d[i + k] === w)));
  const noted: string[] = [];
  const absent: Choice[] = [];
  for (const r of missing) {
    const name = nameOf(r).toLowerCase();
    if (holds(words(name))) noted.push(`no ${name}`);
    else absent.push(r);
  }
  return { absent, note: noted.length > 0 ? [...new Set(noted)].join(', ') : undefined };
}
