import type { Menu } from '../../domain/menu-schema.ts';

/** A menu item named in a text: the words as found, where, and the items the words may mean. */
export interface ItemMention {
  index: number;
  phrase: string;
  itemIds: string[];
}

/**
 * The venue's menu as a finder of item names in generated text (names and aliases, any case, a plural
 * `s`/`es` allowed), plus the words a dish name is built from: `headNouns` (the last word of every
 * name and alias, and the category names: "masala", "pizza", "lassi") and `nameWords` (every word of
 * every name). Built once per venue.
 */
export interface MenuMentions {
  find(text: string): ItemMention[];
  /** True when `phrase` (lower case) is an item's name or alias, or a category's name. */
  isKnownName(phrase: string): boolean;
  /** True when `phrase` (lower case) is part of an item's name or alias, or of a category's name ("tikka masala"). */
  inKnownName(phrase: string): boolean;
  headNouns: ReadonlySet<string>;
  nameWords: ReadonlySet<string>;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const norm = (s: string) => s.toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
const singular = (w: string) => w.replace(/(?:es|s)$/, '');

const built = new WeakMap<object, MenuMentions>();

/** Builds the finder from a venue's menu (once per menu object: later calls reuse it). */
export function menuMentions(menu: Pick<Menu, 'items' | 'categories'>): MenuMentions {
  const known = built.get(menu);
  if (known) return known;
  const mentions = buildMenuMentions(menu);
  built.set(menu, mentions);
  return mentions;
}

function buildMenuMentions(menu: Pick<Menu, 'items' | 'categories'>): MenuMentions {
  const byPhrase = new Map<string, Set<string>>();
  const headNouns = new Set<string>();
  const nameWords = new Set<string>();
  const known = new Set<string>();
  const add = (phrase: string, id: string | undefined) => {
    const p = norm(phrase);
    if (p.length < 2) return;
    known.add(p);
    const words = p.split(/\s+/);
    const last = words.at(-1);
    if (last && last.length > 2) {
      headNouns.add(last);
      headNouns.add(singular(last));
    }
    for (const w of words) if (w.length > 2) nameWords.add(w);
    if (id) byPhrase.set(p, (byPhrase.get(p) ?? new Set()).add(id));
  };
  for (const item of menu.items) for (const n of [item.name, ...item.aliases]) add(n, item.id);
  for (const c of menu.categories)
    for (const n of [c.name, ...c.aliases]) {
      known.add(norm(n));
      const last = norm(n).split(' ').at(-1);
      if (last && last.length > 2) {
        headNouns.add(last);
        headNouns.add(singular(last));
      }
    }
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
  const pattern =
    phrases.length > 0
      ? new RegExp(
          String.raw`(?<![\p{L}\p{N}])(${phrases.map(escapeRegExp).join('|')})(?:e?s)?(?![\p{L}\p{N}])`,
          'giu',
        )
      : undefined;
  const knownText = `\n${[...known].join('\n')}\n`;
  return {
    headNouns,
    inKnownName: (phrase) => knownText.includes(norm(phrase)),
    nameWords,
    isKnownName: (phrase) => {
      const p = norm(phrase);
      return known.has(p) || known.has(singular(p));
    },
    find(text) {
      if (!pattern) return [];
      const lower = norm(text);
      const out: ItemMention[] = [];
      for (const m of lower.matchAll(pattern)) {
        const phrase = m[1] as string;
        out.push({ index: m.index, phrase, itemIds: [...(byPhrase.get(phrase) ?? [])] });
      }
      return out;
    },
  };
}
