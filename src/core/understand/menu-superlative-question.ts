import type { Token } from './normalize.ts';
import { PhraseSet } from './phrase-set.ts';
import type { Segment } from './segment.ts';

/** Superlatives the menu's own fields answer (spice, price, a size its names give): general English, no venue's words. */
const MENU_SUPERLATIVES = new PhraseSet(
  'spiciest|hottest|most spicy|mildest|least spicy|cheapest|least expensive|most affordable|most expensive|priciest|biggest|largest|smallest'.split(
    '|',
  ),
);

/**
 * Where the first superlative of {@link MENU_SUPERLATIVES} is said: its first token and the token after
 * it ("cheapest" in "what's your cheapest pie": the kind asked follows). Undefined when none is. Pure.
 */
export function menuSuperlativeAt(tokens: readonly Token[]): { start: number; end: number } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const len = MENU_SUPERLATIVES.matchAt(tokens, i);
    if (len > 0) return { start: i, end: i + len };
  }
  return undefined;
}

/** What such a superlative may be said of, besides a menu word: "the spiciest thing", "the cheapest one". */
const MENU_NOUNS = new Set(
  'thing things dish dishes item items one ones food meal meals drink drinks dessert desserts option options plate starter starters side sides'.split(
    ' ',
  ),
);

/**
 * How the message asks for the menu's extreme by spice or price: `menu` when a superlative of
 * {@link MENU_SUPERLATIVES} comes before a menu phrase ("the cheapest pizza"); `general` when it ends
 * the message or comes before a general menu noun ("the spiciest thing", "the mildest dish"); else
 * undefined ("the cheapest flight"). Pure.
 */
export function asksMenuSuperlative(
  tokens: readonly Token[],
  segs: readonly Segment[],
): 'menu' | 'general' | undefined {
  let found: 'general' | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const len = MENU_SUPERLATIVES.matchAt(tokens, i);
    if (len === 0) continue;
    if (segs.some((s) => s.type === 'lex' && s.start === i + len)) return 'menu';
    const next = tokens[i + len];
    if (next === undefined || next.punct || MENU_NOUNS.has(next.norm)) found = 'general';
  }
  return found;
}
