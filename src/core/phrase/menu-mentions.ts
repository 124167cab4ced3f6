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
  const finder = phraseFinder(phrases);
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
      const lower = norm(text);
      return finder(lower).map((m) => ({ ...m, itemIds: [...(byPhrase.get(m.phrase) ?? [])] }));
    },
  };
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const PLURALS = ['es', 's', ''] as const;

/**
 * Finds `phrases` (lower case, longest first) in lower-case text as whole words, a plural `s`/`es`
 * allowed after, leftmost first and, at one place, the first phrase of the list that fits; the scan
 * goes on after each match. The same matches as one alternation regex
 * (`(?<![\p{L}\p{N}])(p1|p2|...)(?:e?s)?(?![\p{L}\p{N}])`), found by looking the phrases up by their
 * first word at each word of the text instead of trying all of them at every character. A list with a
 * phrase that does not start with a letter or digit keeps the regex.
 */
export function phraseFinder(
  phrases: readonly string[],
): (lower: string) => { index: number; phrase: string }[] {
  if (phrases.length === 0) return () => [];
  if (phrases.some((p) => !FIRST_WORD.test(p))) {
    const pattern = new RegExp(
      String.raw`(?<![\p{L}\p{N}])(${phrases.map(escapeRegExp).join('|')})(?:e?s)?(?![\p{L}\p{N}])`,
      'giu',
    );
    return (lower) => [...lower.matchAll(pattern)].map((m) => ({ index: m.index, phrase: m[1] as string }));
  }
  // phrases by first word, each list in the phrases' order (rank = position in `phrases`)
  const byFirst = new Map<string, number[]>();
  phrases.forEach((p, rank) => {
    const first = (FIRST_WORD.exec(p) as RegExpExecArray)[0];
    const list = byFirst.get(first) ?? [];
    list.push(rank);
    byFirst.set(first, list);
  });
  const endsAt = (lower: string, phrase: string, at: number): number => {
    if (!lower.startsWith(phrase, at)) return -1;
    const after = at + phrase.length;
    for (const plural of PLURALS) {
      if (!lower.startsWith(plural, after)) continue;
      const next = lower[after + plural.length];
      if (next === undefined || !WORD_CHAR.test(next)) return after + plural.length;
    }
    return -1;
  };
  return (lower) => {
    const out: { index: number; phrase: string }[] = [];
    let from = 0;
    for (const word of lower.matchAll(WORD_RUN)) {
      const at = word.index;
      if (at < from) continue;
      const w = word[0];
      let best = -1;
      let bestEnd = -1;
      for (const key of [w, w.endsWith('s') ? w.slice(0, -1) : '', w.endsWith('es') ? w.slice(0, -2) : '']) {
        if (!key) continue;
        for (const rank of byFirst.get(key) ?? []) {
          if (best !== -1 && rank >= best) break;
          const end = endsAt(lower, phrases[rank] as string, at);
          if (end !== -1) {
            best = rank;
            bestEnd = end;
            break;
          }
        }
      }
      if (best === -1) continue;
      out.push({ index: at, phrase: phrases[best] as string });
      from = bestEnd;
    }
    return out;
  };
}
