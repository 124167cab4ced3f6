import { choicesOf } from './line-rules.ts';
import type { MenuIndex } from './menu-index.ts';
import type { Segment } from './segment.ts';

/** Words that make a change a replacement of the dish ("… cheese instead"). */
const REPLACING = new Set(['instead', 'rather']);

/** Pronouns standing for a dish already ordered ("do that iced", "get it with oat milk"). */
const POINTED_PRONOUNS = new Set(['it', 'that', 'this', 'them', 'those', 'these']);

/**
 * Whether segment `k` (a choice that is also a word of a dish's name) says an option of a cart dish the
 * clause points at: no count or article of its own, and before it in the clause (no comma or "and"
 * between) a pronoun ("that", "it") with a cart dish taking the choice's group, or a cart dish named
 * ("the latte") that takes it. `cart`: the cart's dishes and the one waiting on its option question.
 * `itemAt`: the dishes the segments before `k` were read as. Pure.
 */
export function choiceOfPointedDish(
  segs: readonly Segment[],
  k: number,
  itemAt: ReadonlyArray<string | undefined>,
  cart: readonly string[],
  index: MenuIndex,
): boolean {
  const ch = choicesOf(segs[k]);
  const prev = segs[k - 1];
  if (ch.length === 0 || cart.length === 0 || prev?.type === 'qty') return false;
  if (prev?.type === 'word' && (prev.norm === 'a' || prev.norm === 'an')) return false;
  const takes = (id: string) => ch.some((c) => index.accepts(id, c.group));
  // "make the pepperoni ones cheese instead": a replacement names the dish that takes the line's place
  for (let j = k + 1; j < segs.length; j++) {
    const s = segs[j] as Segment;
    if (s.type === 'break') break;
    if (s.type === 'word' && REPLACING.has(s.norm)) return false;
  }
  for (let j = k - 1; j >= 0; j--) {
    const s = segs[j] as Segment;
    // "I'll take that, and fries": a pointer of another clause points at nothing here
    if (s.type === 'break' || s.type === 'and') return false;
    const named = itemAt[j];
    if (named !== undefined) return cart.includes(named) && takes(named);
    if (s.type === 'word' && POINTED_PRONOUNS.has(s.norm)) return cart.some(takes);
  }
  return false;
}
