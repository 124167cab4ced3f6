import type { MenuIndex } from './menu-index.ts';
import { normalize } from './normalize.ts';

/** The folded lexicon keys of a phrase's words ("Onion Rings" → onion, ring); hyphens split words. */
export function phraseKeys(text: string): string[] {
  return normalize(text.replace(/-/g, ' '))
    .tokens.filter((t) => !t.punct)
    .map((t) => t.key);
}

/** Every word is in the set (and there is at least one). */
export function covers(set: ReadonlySet<string>, words: readonly string[]): boolean {
  return words.length > 0 && words.every((w) => set.has(w));
}

/** The words naming a dish: its name and aliases, and with `category` its category's too (as keys). */
export function itemWords(index: MenuIndex, itemId: string, category: boolean): ReadonlySet<string> {
  const item = index.items.get(itemId);
  if (!item) return new Set();
  const phrases = [item.name, ...item.aliases];
  if (category) phrases.push(item.category, index.categoryNames.get(item.category) ?? '');
  return new Set(phrases.flatMap(phraseKeys));
}
