import type { MenuIndex } from './menu-index.ts';
import { foldWord, normalize, type Token } from './normalize.ts';
import type { Segment } from './segment.ts';

/** Words that ask for more of something ("extra steak", "double turkey", "xtra chicken"). */
const EXTRA_WORDS: ReadonlySet<string> = new Set(['extra', 'double', 'xtra', 'dbl', 'more']);
/** Words a choice that adds more of the dish's main filling says ("Extra Meat", "Double Protein"). */
const PORTION_WORDS: ReadonlySet<string> = new Set(['meat', 'protein', 'portion', 'filling']);

const keysOf = (text: string) =>
  new Set(
    normalize(text)
      .tokens.filter((t) => !t.punct)
      .map((t) => foldWord(t.norm)),
  );

/**
 * The dish's choice that adds more of its main filling: a choice of one of its groups whose name or
 * aliases say both an extra word and a portion word ("Extra Meat", "double meat", "extra protein").
 */
export function extraPortionChoice(
  itemId: string,
  index: MenuIndex,
): { group: string; choice: string } | undefined {
  for (const g of index.items.get(itemId)?.optionGroups ?? []) {
    for (const c of index.groups.get(g)?.choices ?? []) {
      const words = [c.name, ...c.aliases].map(keysOf);
      if (
        words.some((w) => [...w].some((x) => EXTRA_WORDS.has(x)) && [...w].some((x) => PORTION_WORDS.has(x)))
      )
        return { group: g, choice: c.id };
    }
  }
  return undefined;
}

/** True when the dish is made with every word said (its ingredients and its name): "steak" of a cheesesteak. */
function madeWith(itemId: string, words: readonly string[], index: MenuIndex): boolean {
  const item = index.items.get(itemId);
  if (!item || words.length === 0) return false;
  const own = keysOf([item.name, ...item.ingredients].join(' '));
  return words.every((w) => own.has(w));
}

/**
 * "cheesesteak extra steak", "#7 double turkey": an extra word before a word of what the dish is made
 * of, where that word is no choice of the dish, asks for the dish's extra-portion choice (see
 * `extraPortionChoice`), not for a second dish. Returns the segments read so, with the line's item:
 * the caller drops any item reading of them and attaches the choice to that item's line.
 */
export function extraPortions(
  segs: readonly Segment[],
  tokens: readonly Token[],
  itemAt: ReadonlyArray<string | undefined>,
  index: MenuIndex,
): Map<number, { itemId: string; group: string; choice: string }> {
  const out = new Map<number, { itemId: string; group: string; choice: string }>();
  for (let k = 1; k < segs.length; k++) {
    const s = segs[k] as Segment;
    const prev = segs[k - 1] as Segment;
    const cue =
      (prev.type === 'qual' && prev.qualifier === 'extra') ||
      (prev.type === 'lex' &&
        prev.end - prev.start === 1 &&
        EXTRA_WORDS.has((tokens[prev.start] as Token).norm));
    if (!cue || (s.type !== 'word' && s.type !== 'lex')) continue;
    if (s.type === 'lex' && s.entries.some((e) => e.kind === 'choice' || e.kind === 'group')) continue;
    let dish: string | undefined;
    for (let j = k - 2; j >= 0 && !dish; j--) {
      const p = segs[j] as Segment;
      if (p.type === 'break' && !p.comma) break;
      dish = itemAt[j];
    }
    if (!dish) continue;
    const words = tokens.slice(s.start, s.end).map((t) => t.key);
    const portion = madeWith(dish, words, index) ? extraPortionChoice(dish, index) : undefined;
    if (portion) out.set(k, { itemId: dish, ...portion });
  }
  return out;
}
