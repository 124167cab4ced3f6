import type { Menu } from '../../domain/menu-schema.ts';
import { LEXICON_STOPWORDS as STOPWORDS } from './common-words.ts';
import { normalize } from './normalize.ts';

/**
 * For each dish, the one-word names of other dishes of its kind (sharing an option group with it) filed
 * in another category: the bare noun a plainer dish answers to ("pizza" of a Build Your Own Pizza,
 * beside a Pepperoni Pizza among the specialties). A dish name ending in such a word is that noun with a distinctive word before it,
 * as it is when the word is its category's ("Pepperoni Pizza" in "Pizzas"). Folded word keys. Pure.
 */
export function genericDishWords(menu: Menu): Map<string, Set<string>> {
  const oneWord = new Map<string, string[]>();
  for (const item of menu.items)
    for (const p of [item.name, ...item.aliases]) {
      const words = normalize(p).tokens.filter((t) => !t.punct && !STOPWORDS.has(t.key));
      const only = words.length === 1 ? (words[0]?.key ?? '') : '';
      if (only !== '') oneWord.set(item.id, [...(oneWord.get(item.id) ?? []), only]);
    }
  const out = new Map<string, Set<string>>();
  for (const item of menu.items) {
    const groups = new Set(item.optionGroups);
    const words = new Set<string>();
    for (const other of menu.items) {
      if (other.category === item.category || !other.optionGroups.some((g) => groups.has(g))) continue;
      for (const w of oneWord.get(other.id) ?? []) words.add(w);
    }
    out.set(item.id, words);
  }
  return out;
}
