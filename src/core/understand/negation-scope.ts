import type { LineDraft } from './build-lines.ts';
import { NEGATION_FILLER, NO_LONGER, REMOVAL_VERBS } from './negation-cues.ts';
import type { Token } from './normalize.ts';
import type { Segment } from './segment.ts';

/** Words that make an item mention a topic rather than a request: "a joke about pepperoni pizza". */
const TOPIC_WORDS = new Set(['joke', 'story', 'poem', 'song', 'riddle', 'limerick', 'haiku', 'fact', 'rap']);
const GRATITUDE = new Set(['thanks', 'thank', 'thx', 'ty']);
const GRATITUDE_GAP = new Set([
  'you',
  'so',
  'much',
  'very',
  'a',
  'lot',
  'again',
  'for',
  'the',
  'my',
  'that',
  'your',
]);

/** How an item mention is governed by the words before it. */
export type MentionScope = 'order' | 'negated' | 'topic';

/**
 * What the words before the item at segment `k` do to it: `negated` after a negation with only
 * fillers, articles or numbers between ("I don't want garlic knots", "no wings for me"); `topic` after
 * thanks-for or a topic word in the same clause ("thanks for the mango lassi", "tell me a joke about
 * pepperoni pizza"); else `order`. A negation reaches over a list joined by "or"/"nor"
 * ("no wings or fries") but stops at any clause break and at any other word.
 */
export function mentionScope(
  segs: readonly Segment[],
  k: number,
  itemAt: ReadonlyArray<string | undefined>,
): MentionScope {
  let gratitudeGap = true;
  for (let j = k - 1; j >= 0; j--) {
    const s = segs[j] as Segment;
    if (s.type === 'break') break;
    if (s.type === 'word' && TOPIC_WORDS.has(s.norm)) return 'topic';
    if (gratitudeGap && s.type === 'word' && GRATITUDE.has(s.norm)) return 'topic';
    if (!(s.type === 'word' && GRATITUDE_GAP.has(s.norm))) gratitudeGap = false;
  }
  for (let j = k - 1; j >= 0; j--) {
    const s = segs[j] as Segment;
    if (s.type === 'neg') return 'negated';
    if (s.type === 'word' && NEGATION_FILLER.has(s.norm)) continue;
    if (s.type === 'qty' && !s.more) continue;
    // "no wings or fries"
    if (s.type === 'or' && itemAt[j - 1] !== undefined) continue;
    if (itemAt[j] !== undefined && segs[j + 1]?.type === 'or') continue;
    break;
  }
  return 'order';
}

/**
 * A phrase that can be an option or a dish, right after a negation or a qualifier, is the option:
 * "no extra cheese on the pizza", "hold the pepperoni" (only fillers between).
 */
export function markedAsOption(segs: readonly Segment[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const s = segs[j] as Segment;
    if (s.type === 'neg' || s.type === 'qual') return true;
    if (s.type === 'word' && NEGATION_FILLER.has(s.norm)) continue;
    return false;
  }
  return false;
}

/** A removal verb governs the mention: "scratch the coke", "forget the garlic knots". */
export function removalVerbBefore(segs: readonly Segment[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const s = segs[j] as Segment;
    if (s.type === 'word' && REMOVAL_VERBS.has(s.norm)) return true;
    if (s.type === 'word' && NEGATION_FILLER.has(s.norm)) continue;
    if (s.type === 'qty') continue;
    return false;
  }
  return false;
}

/** "…anymore", "…after all" after the mention: it was wanted before. */
function saidNoLonger(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i < from + 6; i++) {
    if (tokens[i]?.punct) return false;
    if (NO_LONGER.some((p) => p.every((w, o) => tokens[i + o]?.norm === w))) return true;
  }
  return false;
}

/**
 * Applies each line's mention scope: a negated item in the cart (or said to be no longer wanted) is
 * removed; a negated item not in the cart, or a topic mention, is dropped (mentioned, not ordered).
 * Lines the scope leaves alone are returned unchanged.
 */
export function applyMentionScope(
  lines: readonly LineDraft[],
  segs: readonly Segment[],
  tokens: readonly Token[],
  itemAt: ReadonlyArray<string | undefined>,
  cart: readonly string[],
): LineDraft[] {
  const out: LineDraft[] = [];
  for (const line of lines) {
    if (line.action !== 'add') {
      out.push(line);
      continue;
    }
    const scope = mentionScope(segs, line.seg, itemAt);
    if (scope === 'topic') continue;
    if (scope === 'negated') {
      const end = (segs[line.seg] as Segment).end;
      if (cart.includes(line.itemId) || saidNoLonger(tokens, end)) out.push({ ...line, action: 'remove' });
      continue;
    }
    out.push(line);
  }
  return out;
}
