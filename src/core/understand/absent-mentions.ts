import type { ParseResult } from './parse-result.ts';
import { SERVING_VESSELS } from './serving-vessels.ts';

type Unresolved = ParseResult['unresolved'][number];
type Absent = NonNullable<ParseResult['absentDishes']>[number];

/** How a dish is cooked, said after (or before) its name: never a word of the dish's name ("ribeye medium rare"). */
const PREPARATION_PHRASES: readonly string[][] = [
  'medium rare',
  'medium well',
  'mid rare',
  'well done',
  'extra rare',
  'rare',
  'medium',
  'bloody',
].map((p) => p.split(' '));

/** Sizes said before a dish's name ("a large calzone"): the size asked, never a word of the name. */
const SIZE_BEFORE: ReadonlySet<string> = new Set(['large', 'small', 'regular', 'big', 'jumbo', 'xl', 'huge']);

/** Nouns a dish is served in, said before "of" ("a side of", "a bowl of"): no dish of their own. */
const SERVING_NOUNS: ReadonlySet<string> = new Set(['side', 'sides', 'order', 'orders', ...SERVING_VESSELS]);

/**
 * A mention's words without the preparation words at either end ("ribeye medium rare" → "ribeye") nor
 * a size before them ("large calzone" → "calzone");
 * the words unchanged when nothing else would be left.
 */
export function withoutPreparation(words: readonly string[]): string[] {
  let ws = [...words];
  for (let changed = true; changed && ws.length > 0; ) {
    changed = false;
    for (const p of PREPARATION_PHRASES) {
      if (ws.length > p.length && p.every((w, j) => ws[ws.length - p.length + j] === w)) {
        ws = ws.slice(0, ws.length - p.length);
        changed = true;
      } else if (ws.length > p.length && p.every((w, j) => ws[j] === w)) {
        ws = ws.slice(p.length);
        changed = true;
      }
    }
  }
  while (ws.length > 1 && SIZE_BEFORE.has(ws[0] as string)) ws = ws.slice(1);
  return ws;
}

/** `inner`'s words stand in a row inside `outer`'s. */
function contains(outer: readonly string[], inner: readonly string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i++)
    if (inner.every((w, j) => outer[i + j] === w)) return true;
  return false;
}

/**
 * The dishes the menu lacks that one message names, each said once by its shortest sensible name:
 * preparation words are no part of a name ("ribeye medium rare" is the ribeye), a serving noun said
 * before "of" beside another unknown dish is none ("a side of mashed potatoes": the side is the mashed
 * potatoes), and a mention whose words stand inside another's is that one dish (the shorter name kept,
 * with the suggestions of either). Mentions naming option choices (`choices`) are left as they are.
 * `normalized`: the message's normalized text. Pure.
 */
export function mergedUnresolved(unresolved: readonly Unresolved[], normalized: string): Unresolved[] {
  const trimmed = unresolved.map((u) => {
    if ((u.choices?.length ?? 0) > 0) return u;
    const words = withoutPreparation(u.text.split(' '));
    return words.length === u.text.split(' ').length ? u : { ...u, text: words.join(' ') };
  });
  const plain = (u: Unresolved) => (u.choices?.length ?? 0) === 0;
  const servingOnly = (u: Unresolved) =>
    plain(u) &&
    u.text.split(' ').every((w) => SERVING_NOUNS.has(w)) &&
    new RegExp(`\\b${u.text} of\\b`).test(normalized) &&
    trimmed.some((o) => o !== u && plain(o) && !o.text.split(' ').every((w) => SERVING_NOUNS.has(w)));
  const kept = trimmed.filter((u) => !servingOnly(u));
  const out: Unresolved[] = [];
  for (const u of kept) {
    if (!plain(u)) {
      out.push(u);
      continue;
    }
    const words = u.text.split(' ');
    const at = out.findIndex(
      (o) => plain(o) && (contains(o.text.split(' '), words) || contains(words, o.text.split(' '))),
    );
    if (at < 0) {
      out.push(u);
      continue;
    }
    const o = out[at] as Unresolved;
    const [short, long] = o.text.split(' ').length <= words.length ? [o, u] : [u, o];
    const seen = new Set<string>();
    out[at] = {
      ...long,
      ...short,
      suggestions: [...short.suggestions, ...long.suggestions].filter(
        (s) => !seen.has(s.id) && seen.add(s.id),
      ),
      ...(short.food || long.food ? { food: true as const } : {}),
    };
  }
  return out;
}

/**
 * Dishes the menu lacks asked about (`absentDishes`), without those already among the unknown mentions
 * of `unresolved` (the same dish, or one holding its words in a row: "ribeye medium rare" beside
 * "ribeye"), each trimmed of preparation words. Pure.
 */
export function absentBesideUnresolved(
  absent: readonly Absent[],
  unresolved: readonly Unresolved[],
): Absent[] {
  return absent
    .map((a) => {
      const words = withoutPreparation(a.text.split(' '));
      return words.length === a.text.split(' ').length ? a : { ...a, text: words.join(' ') };
    })
    .filter((a) => {
      const words = a.text.split(' ');
      return !unresolved.some(
        (u) => contains(words, u.text.split(' ')) || contains(u.text.split(' '), words),
      );
    });
}
