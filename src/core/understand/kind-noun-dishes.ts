import { STOPWORDS } from './common-words.ts';
import type { MenuIndex } from './menu-index.ts';
import { normalize, type Token } from './normalize.ts';
import type { Segment } from './segment.ts';

/**
 * The dishes a part of a dish's name said before a kind noun names ("an italian sub", "a chicken hero",
 * "a lamb burger"): the dish words right before a category word. The words must each be a word of some
 * dish's name; the kind noun names every category whose name or alias holds it ("hero" is a Cold and a
 * Hot Hero), and a dish is of the kind when its category is one of those or its own name holds the noun.
 *
 * Returns undefined when the phrase is not of that shape, or when a dish the words name outright (its
 * name or alias) is of the kind ("a cheesesteak hoagie": the venue's cheesesteak is meant). Otherwise
 * `ids` are the dishes both the words and the kind fit (one: that dish; several: the bot asks which;
 * none: the whole phrase is a dish the menu lacks, `near` the dishes the words alone name, unless the
 * words are a choice a dish of the kind takes: "a sausage pizza"), and `text` the phrase said.
 */
export function kindNounDishes(
  segs: readonly Segment[],
  k: number,
  tokens: readonly Token[],
  index: MenuIndex,
): { ids: string[]; near: string[]; text: string } | undefined {
  const s = segs[k];
  const next = segs[k + 1];
  if (s?.type !== 'lex' || next?.type !== 'lex') return undefined;
  if (s.typos > 0 || next.typos > 0) return undefined;
  if (!next.entries.some((e) => e.kind === 'category')) return undefined;
  // "vegan mains", "spicy curries", "gluten free pizzas": a filter word before the kind's plural browses
  // it ("a meat pizza" still names the one dish)
  const plural =
    tokens[next.end - 1] !== undefined && tokens[next.end - 1]?.norm !== tokens[next.end - 1]?.key;
  const filter = s.entries.some(
    (e) => e.kind === 'diet' || e.kind === 'allergen' || e.kind === 'tag' || e.kind === 'mood',
  );
  if (filter && plural) return undefined;
  const words = tokens.slice(s.start, s.end).filter((t) => !t.punct && !STOPWORDS.has(t.key));
  const kind = tokens[next.end - 1];
  if (words.length === 0 || !kind) return undefined;
  const items = [...index.items.values()];
  const holds = (id: string, key: string) => index.nameKeys.get(id)?.has(key) ?? false;
  if (!words.every((w) => items.some((i) => holds(i.id, w.key)))) return undefined;
  const kinds = kindCategories(index, kind.key, next);
  const ofKind = (id: string) => kinds.has(index.items.get(id)?.category ?? '') || holds(id, kind.key);
  const named = s.entries.flatMap((e) => (e.kind === 'item' && !e.weak ? [e.id] : []));
  if (named.some(ofKind)) return undefined;
  const near = items.filter((i) => words.every((w) => holds(i.id, w.key))).map((i) => i.id);
  const ids = near.filter(ofKind);
  // "a sausage pizza": no pizza is named so, but the words are a choice a dish of the kind takes
  const choices = s.entries.flatMap((e) => (e.kind === 'choice' ? [e.group] : []));
  if (ids.length === 0 && items.some((i) => ofKind(i.id) && choices.some((g) => index.accepts(i.id, g))))
    return undefined;
  return {
    ids,
    near: named.length > 0 ? named : near,
    text: tokens
      .slice(s.start, next.end)
      .map((t) => t.norm)
      .join(' '),
  };
}

/** The categories a kind noun names: those of the segment's entries, and every one whose name or alias holds it. */
function kindCategories(index: MenuIndex, key: string, seg: Segment & { type: 'lex' }): Set<string> {
  const out = new Set(seg.entries.flatMap((e) => (e.kind === 'category' ? [e.id] : [])));
  for (const [id, keys] of categoryKeys(index)) if (keys.has(key)) out.add(id);
  return out;
}

/** The folded words of each category's name and aliases, read once per menu index (names do not change). */
const CATEGORY_KEYS = new WeakMap<MenuIndex, ReadonlyMap<string, ReadonlySet<string>>>();

function categoryKeys(index: MenuIndex): ReadonlyMap<string, ReadonlySet<string>> {
  let keys = CATEGORY_KEYS.get(index);
  if (!keys) {
    keys = new Map(
      index.menu.categories.map((c) => [
        c.id,
        new Set([c.name, ...c.aliases].flatMap((p) => normalize(p).tokens.map((t) => t.key))),
      ]),
    );
    CATEGORY_KEYS.set(index, keys);
  }
  return keys;
}
