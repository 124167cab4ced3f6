import { BUILT_IN_MOODS, type BuiltInMoodWords } from './built-in-mood-lexicon.ts';
import { atLeastSpice, itemHeat, withinSpice } from './item-heat.ts';
import type { Menu, MenuItem } from './menu-schema.ts';
import type { Mood } from './moods-schema.ts';
import type { VenueMood } from './venue.ts';

/**
 * The moods a venue understands: its own (moods.json, first and as written), then the built-in moods
 * of `BUILT_IN_MOODS` defined over this menu's features, so a venue made from a menu alone still
 * answers "something spicy", "I have a sweet tooth" or "what's good on a cold day".
 *
 * - A built-in mood's dishes (`items`, best fit first) are the items within its spice bounds whose
 *   category name or id, tags or dish name hold one of its words, or (with `minSpice`) that are that
 *   hot, and that hold none of its avoid words. A mood with only spice bounds takes every item within
 *   them. A dish the menu does not rate for spice is judged by its heat words (`itemHeat`): with one it
 *   is hot enough for `minSpice` (after every rated hot dish) and over any `maxSpice`; with none it is
 *   under `maxSpice`, after the rated dishes, and never hot. A mood that fits nothing here is kept (with no items), so it is still understood and the
 *   reply can say so.
 * - The venue wins: a phrase one of its moods uses, or that names a dish, category, option or tag of
 *   the menu, is never a built-in phrase; a built-in mood whose id the venue uses gives that mood its
 *   remaining phrases instead of standing apart.
 *
 * Pure; the venue's mood objects are copied, never changed.
 */
export function withBuiltInMoods(menu: Menu, moods: readonly Mood[]): VenueMood[] {
  const taken = new Set([...menuPhrases(menu), ...moods.flatMap((m) => [m.name, ...m.aliases].map(fold))]);
  const own: VenueMood[] = moods.map((m) => ({ ...m, aliases: [...m.aliases] }));
  const out: VenueMood[] = [];
  for (const words of BUILT_IN_MOODS) {
    const phrases = [words.name, ...words.aliases].filter((p) => {
      const key = fold(p);
      if (taken.has(key)) return false;
      taken.add(key);
      return true;
    });
    const same = own.find((m) => m.id === words.id);
    if (same) {
      same.aliases.push(...phrases);
      continue;
    }
    if (phrases.length === 0) continue;
    out.push({
      id: words.id,
      name: words.name,
      aliases: phrases,
      tags: [],
      categories: [],
      items: fittingItems(menu, words),
      ...(words.maxSpice !== undefined ? { maxSpice: words.maxSpice } : {}),
      explanation: words.explanation,
      builtIn: true,
    });
  }
  return [...own, ...out];
}

/** The items of `menu` that suit a built-in mood, best fit first (then in menu order). */
function fittingItems(menu: Menu, words: BuiltInMoodWords): string[] {
  const categories = new Set(
    menu.categories
      .filter((c) => holdsAny([c.name, c.id.replace(/-/g, ' ')], words.categoryWords))
      .map((c) => c.id),
  );
  // a mood of a spice cap alone ("something mild") takes every dish under it, its own words first
  const base = words.maxSpice !== undefined && words.minSpice === undefined ? 1 : 0;
  const scored: { id: string; score: number; at: number }[] = [];
  menu.items.forEach((item, at) => {
    const heat = itemHeat(item);
    if (words.maxSpice !== undefined && !withinSpice(item, words.maxSpice)) return;
    if (holdsAny(dishPhrases(item), words.avoidWords)) return;
    const tag = holdsAny(
      item.tags.map((t) => t.replace(/-/g, ' ')),
      words.tagWords,
    );
    const hot = words.minSpice !== undefined && atLeastSpice(item, words.minSpice);
    // a dish the menu does not rate counts by its heat words, below every rated one (a weak signal);
    // under a cap it comes after the rated dishes, one the menu describes before a bare one
    const heatScore = heat.rated ? 2 + heat.level : 1;
    const capScore = heat.rated ? base : heat.described ? base / 2 : base / 4;
    const score =
      (tag ? 2 : 0) +
      (categories.has(item.category) ? 2 : 0) +
      (holdsAny([item.name, ...item.aliases], words.dishWords) ? 1 : 0) +
      (hot ? heatScore : 0) +
      capScore;
    if (score > 0) scored.push({ id: item.id, score, at });
  });
  return scored.sort((a, b) => b.score - a.score || a.at - b.at).map((s) => s.id);
}

function dishPhrases(item: MenuItem): string[] {
  return [item.name, ...item.aliases, ...item.tags.map((t) => t.replace(/-/g, ' '))];
}

/** Whether one of `phrases` holds one of `words` (each folded, matched as whole words in a row). */
function holdsAny(phrases: readonly string[], words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const wanted = words.map((w) => ` ${fold(w)} `);
  return phrases.some((p) => {
    const padded = ` ${fold(p)} `;
    return wanted.some((w) => padded.includes(w));
  });
}

/** Every phrase the menu uses for a dish, category, option group, choice or tag, folded. */
function menuPhrases(menu: Menu): string[] {
  return [
    ...menu.items.flatMap((i) => [i.name, ...i.aliases, ...i.tags.map((t) => t.replace(/-/g, ' '))]),
    ...menu.categories.flatMap((c) => [c.name, ...c.aliases, c.id.replace(/-/g, ' ')]),
    ...menu.optionGroups.flatMap((g) => [
      g.name,
      ...g.aliases,
      ...g.choices.flatMap((c) => [c.name, ...c.aliases]),
    ]),
  ].map(fold);
}

/**
 * Lower case, letters and digits only, each word folded to one form of singular and plural ("Curries"
 * and "curry" → "curry", "Shakes" → "shake", "cookie" and "cookies" → "cooky").
 */
function fold(phrase: string): string {
  return phrase
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(singular)
    .join(' ');
}

function singular(word: string): string {
  if (word.length <= 3 || word.endsWith('ss') || word.endsWith('us')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ie')) return `${word.slice(0, -2)}y`;
  if (/(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}
