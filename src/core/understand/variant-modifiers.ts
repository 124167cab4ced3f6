import type { Menu } from '../../domain/menu-schema.ts';
import { LEXICON_STOPWORDS } from './common-words.ts';
import { normalize } from './normalize.ts';
import { isSpelledNumber } from './quantity.ts';

/**
 * The variant modifiers of a menu: words that, put before or after one dish's name, give another dish's
 * name ("Iced" + "Latte" = "Iced Latte", "Nitro" + "Cold Brew", "Diet" + "Pepsi", "Bacon" +
 * "Cheeseburger"), read from the items' names and aliases, never from a list of dishes.
 */
export interface VariantModifiers {
  /** Modifier (folded words, space-joined) → base item id → variant item id. */
  readonly byModifier: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Every item name and alias, folded: a phrase that is a dish, not a modifier. */
  readonly dishPhrases: ReadonlySet<string>;
  /** Every folded word of the items' names and aliases (a menu word said as a modifier). */
  readonly itemWords: ReadonlySet<string>;
  /** Every option choice name and alias, folded → the (group id, choice id) pairs it names. */
  readonly choicePhrases: ReadonlyMap<string, ReadonlyArray<{ group: string; choice: string }>>;
}

/** Longest modifier read, in words: longer differences are other dishes, not variants. */
const MAX_MODIFIER_WORDS = 3;

/** A phrase as folded words: lowercase, singular keys, no punctuation ("Iced Lattes" → "iced latte"). */
export function foldPhrase(phrase: string): string {
  return normalize(phrase)
    .tokens.filter((t) => !t.punct)
    .map((t) => t.key)
    .join(' ');
}

const memo = new WeakMap<Menu, VariantModifiers>();

/** The menu's variant modifiers (worked out once per menu). */
export function variantModifiers(menu: Menu): VariantModifiers {
  let found = memo.get(menu);
  if (!found) {
    found = readVariantModifiers(menu);
    memo.set(menu, found);
  }
  return found;
}

function readVariantModifiers(menu: Menu): VariantModifiers {
  const phrases = new Map<string, string[]>();
  const dishPhrases = new Set<string>();
  const itemWords = new Set<string>();
  for (const item of menu.items) {
    const own = [...new Set([item.name, ...item.aliases].map(foldPhrase).filter((p) => p.length > 0))];
    phrases.set(item.id, own);
    for (const p of own) {
      dishPhrases.add(p);
      for (const w of p.split(' ')) itemWords.add(w);
    }
  }
  // modifier → base → variants (several variants for one pair: ambiguous, dropped below)
  const found = new Map<string, Map<string, Set<string>>>();
  const note = (modifier: string, base: string, variant: string) => {
    const words = modifier.split(' ');
    if (words.length > MAX_MODIFIER_WORDS || words.every((w) => LEXICON_STOPWORDS.has(w))) return;
    if (words.some((w) => /\d/.test(w)) || isSpelledNumber(normalize(modifier).tokens)) return;
    if (LEXICON_STOPWORDS.has(words[0] as string) || LEXICON_STOPWORDS.has(words.at(-1) as string)) return;
    const bases = found.get(modifier) ?? new Map<string, Set<string>>();
    found.set(modifier, bases);
    const variants = bases.get(base) ?? new Set<string>();
    bases.set(base, variants);
    variants.add(variant);
  };
  for (const [variant, vPhrases] of phrases)
    for (const [base, bPhrases] of phrases) {
      if (base === variant) continue;
      for (const v of vPhrases)
        for (const b of bPhrases) {
          if (v.endsWith(` ${b}`)) note(v.slice(0, -b.length - 1), base, variant);
          else if (v.startsWith(`${b} `)) note(v.slice(b.length + 1), base, variant);
        }
    }
  const byModifier = new Map<string, Map<string, string>>();
  for (const [modifier, bases] of found) {
    const sure = new Map<string, string>();
    for (const [base, variants] of bases) if (variants.size === 1) sure.set(base, [...variants][0] as string);
    if (sure.size > 0) byModifier.set(modifier, sure);
  }
  const choicePhrases = new Map<string, Array<{ group: string; choice: string }>>();
  for (const g of menu.optionGroups)
    for (const c of g.choices)
      for (const p of new Set([c.name, ...c.aliases].map(foldPhrase))) {
        if (!p) continue;
        const list = choicePhrases.get(p) ?? [];
        if (!list.some((x) => x.group === g.id && x.choice === c.id))
          list.push({ group: g.id, choice: c.id });
        choicePhrases.set(p, list);
      }
  return { byModifier, dishPhrases, itemWords, choicePhrases };
}

/**
 * The menu item that is `itemId`'s dish with `modifier` ("iced" of the latte: the Iced Latte), else its
 * sibling of that modifier (siblingOf: "chocolate" of the Almond Croissant, the Chocolate Croissant), if any.
 */
export function variantOf(menu: Menu, itemId: string, modifier: string): string | undefined {
  return variantModifiers(menu).byModifier.get(modifier)?.get(itemId) ?? siblingOf(menu, itemId, modifier);
}

/**
 * "make it a chocolate one" on an Almond Croissant: the one other dish whose name (or alias) is the
 * modifier followed by the head noun (last word) of the dish's name ("chocolate croissant"). Undefined
 * when none or several are. Pure.
 */
export function siblingOf(menu: Menu, itemId: string, modifier: string): string | undefined {
  const item = menu.items.find((i) => i.id === itemId);
  const head = item ? foldPhrase(item.name).split(' ').at(-1) : undefined;
  if (!head || !modifier) return undefined;
  const wanted = `${modifier} ${head}`;
  const found = menu.items.filter(
    (i) => i.id !== itemId && [i.name, ...i.aliases].some((n) => foldPhrase(n) === wanted),
  );
  return found.length === 1 ? (found[0] as { id: string }).id : undefined;
}

/**
 * The option choice named by `modifier` among the groups `groups` (an item's option groups): "iced" on
 * a latte whose menu has a Hot-or-iced group. Undefined when none (or several groups) name it.
 */
export function choiceNamed(
  menu: Menu,
  groups: readonly string[],
  modifier: string,
): { group: string; choice: string } | undefined {
  const named = (variantModifiers(menu).choicePhrases.get(modifier) ?? []).filter((c) =>
    groups.includes(c.group),
  );
  return named.length === 1 ? named[0] : undefined;
}
