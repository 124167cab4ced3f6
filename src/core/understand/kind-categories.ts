import type { Menu } from '../../domain/menu-schema.ts';
import { normalize, type Token } from './normalize.ts';

/**
 * Kinds of things a menu serves, each with the general English words that name it or a member of it
 * (folded to their singular keys). General vocabulary only, never a venue's dish words: a category whose
 * name or aliases hold one of these words holds that kind ("Brewed Coffee & Tea" holds drinks).
 */
const KIND_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  [
    'drink',
    [
      'drink',
      'beverage',
      'coffee',
      'tea',
      'espresso',
      'latte',
      'juice',
      'soda',
      'shake',
      'milkshake',
      'smoothie',
      'lemonade',
      'refreshment',
      'bebida',
    ],
  ],
  ['side', ['side', 'accompaniment']],
  ['dessert', ['dessert', 'sweet', 'pudding', 'postre']],
  ['starter', ['starter', 'appetizer', 'appetiser', 'app', 'small plate']],
]);
/** Other words a kind is asked by ("beverages", "appetizers"), folded to the kind's key. */
const KIND_OF = new Map<string, string>(
  [...KIND_WORDS].flatMap(([kind, words]) =>
    words
      .filter((w) => w === kind || ['beverage', 'appetizer', 'appetiser', 'refreshment'].includes(w))
      .map((w) => [w, kind] as const),
  ),
);

const keysOf = (phrase: string): string[] =>
  normalize(phrase)
    .tokens.filter((t) => !t.punct)
    .map((t) => t.key);

/**
 * The categories that hold the kind `kind` ("drink", "side", "dessert", "starter"): those whose name or
 * aliases hold a word of the kind, and those whose items mostly carry the kind as a tag (the menu's
 * item kinds: "drink", "drinks"). Menu order. Empty for a word that is no kind.
 */
export function kindCategories(menu: Menu, kind: string): string[] {
  const words = KIND_WORDS.get(kind);
  if (!words) return [];
  const named = (phrase: string) => {
    const keys = keysOf(phrase);
    return words.some((w) => {
      const ws = w.split(' ');
      return keys.some((_k, i) => ws.every((x, j) => keys[i + j] === x));
    });
  };
  return menu.categories
    .filter((c) => {
      if ([c.name, ...c.aliases].some(named)) return true;
      const items = menu.items.filter((i) => i.category === c.id);
      const tagged = items.filter((i) => i.tags.some((t) => t === kind || t === `${kind}s`));
      return items.length > 0 && tagged.length * 2 > items.length;
    })
    .map((c) => c.id);
}

/** A kind word said in the message ("drinks", "any sides", "beverages"): its index and the kind's key. */
export interface KindWord {
  at: number;
  kind: string;
  /** The word as said ("drinks"). */
  word: string;
}

/** The first word of the message that names a kind of thing served ("drinks", "desserts", "apps"). */
export function readKindWord(tokens: readonly Token[]): KindWord | undefined {
  for (const [at, t] of tokens.entries()) {
    if (t.punct) continue;
    const kind = KIND_WORDS.has(t.key) ? t.key : KIND_OF.get(t.key);
    if (kind) return { at, kind, word: t.norm };
  }
  return undefined;
}

/** What a browse by a kind word reads: one category, or the items of several with the word said. */
export type KindBrowse = { at: number } & ({ category: string } | { items: string[]; noun: string });

/** Words right before a kind word that decline it ("no drinks", "without sides"). */
const DECLINES = new Set(['no', 'not', 'without', 'nothing']);

/**
 * "dairy free drinks?", "any vegetarian sides?": a kind word browses the categories that hold the kind
 * (`kindCategories`), one category as a category filter, several as their items under the word said.
 * A category already read that is not of the kind stays ("Kids Drinks" said exactly). Undefined when no
 * kind word is said, it is declined, or no category holds it. Pure.
 */
export function readKindBrowse(
  tokens: readonly Token[],
  menu: Menu,
  category: string | undefined,
): KindBrowse | undefined {
  const said = readKindWord(tokens);
  if (!said || DECLINES.has(tokens[said.at - 1]?.norm ?? '')) return undefined;
  const cats = kindCategories(menu, said.kind);
  if (cats.length === 0 || (category !== undefined && !cats.includes(category))) return undefined;
  if (cats.length === 1) return { at: said.at, category: cats[0] as string };
  const items = menu.items.filter((i) => cats.includes(i.category)).map((i) => i.id);
  return { at: said.at, items, noun: said.word };
}
