import type { Menu } from '../../domain/menu-schema.ts';

type Item = Menu['items'][number];
type OptionGroup = Menu['optionGroups'][number];

/** A venue menu indexed for prompt building: items and option groups by id, items by name word. */
export interface MenuLookup {
  item(id: string): Item | undefined;
  group(id: string): OptionGroup | undefined;
  /**
   * Ids of the items whose name or an alias has one of `words` (lower case, 3+ letters or digits),
   * in menu order.
   */
  itemsNamedBy(words: ReadonlySet<string>): string[];
}

/** The words of a name the prompt matches on: runs of 3+ letters or digits, lower case. */
export const nameWords = (text: string): Set<string> =>
  new Set(text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);

const built = new WeakMap<object, MenuLookup>();

/** The lookup of `menu`, built once per menu object (a new menu version is a new object). */
export function menuLookup(menu: Pick<Menu, 'items' | 'optionGroups'>): MenuLookup {
  const known = built.get(menu);
  if (known) return known;
  const items = new Map(menu.items.map((i) => [i.id, i]));
  const groups = new Map(menu.optionGroups.map((g) => [g.id, g]));
  const order = new Map(menu.items.map((i, n) => [i.id, n]));
  const byWord = new Map<string, string[]>();
  for (const item of menu.items)
    for (const name of [item.name, ...item.aliases])
      for (const w of nameWords(name)) {
        const ids = byWord.get(w) ?? [];
        if (!ids.includes(item.id)) ids.push(item.id);
        byWord.set(w, ids);
      }
  const lookup: MenuLookup = {
    item: (id) => items.get(id),
    group: (id) => groups.get(id),
    itemsNamedBy(words) {
      const found = new Set<string>();
      for (const w of words) for (const id of byWord.get(w) ?? []) found.add(id);
      return [...found].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    },
  };
  built.set(menu, lookup);
  return lookup;
}
