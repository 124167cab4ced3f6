import type { LineDraft } from './build-lines.ts';
import type { MenuIndex } from './menu-index.ts';
import {
  NEGATION_FILLER,
  NO_LONGER,
  REMOVAL_VERBS,
  SPLIT_NEGATION_PARTICLES,
  SPLIT_NEGATION_VERBS,
} from './negation-cues.ts';
import { normalize, type Token } from './normalize.ts';
import type { ParsedWithout } from './parse-result.ts';
import type { Segment } from './segment.ts';

/** Words that make an item mention a topic rather than a request: "a joke about pepperoni pizza". */
const TOPIC_WORDS = new Set(['joke', 'story', 'poem', 'song', 'riddle', 'limerick', 'haiku', 'fact', 'rap']);
const GRATITUDE = new Set(['thanks', 'thank', 'thx', 'ty']);
/** "I love your pepperoni pizza", "we enjoyed the tiramisu": a compliment, not a request. */
const PRAISE = new Set(['love', 'loved', 'like', 'liked', 'enjoyed', 'enjoy', 'adore']);
const PRAISE_OBJECT = new Set(['your', 'the']);
const PAST_PRAISE = new Set(['loved', 'liked', 'enjoyed']);
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

/** "I was going to get wings but…", "I thought about a calzone, but…": a plan given up. */
const PAST_PLAN = new Set(['going', 'thinking', 'thought', 'wanted', 'planned', 'planning', 'considering']);
const CONTRAST = new Set(['but', 'instead', 'however']);

/** A past plan before the mention (same clause) and a contrast after it ("…but just give me…"). */
function abandonedPlan(segs: readonly Segment[], k: number): boolean {
  let plan = false;
  for (let j = k - 1; j >= 0; j--) {
    const s = segs[j] as Segment;
    if (s.type === 'break') break;
    if (s.type === 'word' && PAST_PLAN.has(s.norm) && (segs[j - 1] as Segment | undefined)?.type === 'word') {
      const before = segs[j - 1] as { norm?: string };
      if (before.norm === 'was' || before.norm === 'were' || before.norm === 'i' || before.norm === 'we')
        plan = true;
    }
  }
  if (!plan) return false;
  for (let j = k + 1; j < segs.length; j++) {
    const s = segs[j] as Segment;
    if (s.type === 'word' && CONTRAST.has(s.norm)) return true;
    if (s.type === 'break' && !s.comma) return false;
  }
  return false;
}

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
  const art = segs[k - 1];
  const verb = segs[k - 2];
  if (
    art?.type === 'word' &&
    verb?.type === 'word' &&
    PRAISE.has(verb.norm) &&
    PRAISE_OBJECT.has(art.norm) &&
    (art.norm === 'your' || PAST_PRAISE.has(verb.norm))
  )
    return 'topic';
  for (let j = k - 1; j >= 0; j--) {
    const s = segs[j] as Segment;
    if (s.type === 'break') break;
    if (s.type === 'word' && TOPIC_WORDS.has(s.norm)) return 'topic';
    if (gratitudeGap && s.type === 'word' && GRATITUDE.has(s.norm)) return 'topic';
    if (!(s.type === 'word' && GRATITUDE_GAP.has(s.norm))) gratitudeGap = false;
  }
  if (abandonedPlan(segs, k)) return 'negated';
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

/**
 * "leave the onions off", "take the coke off my order": a verb ("leave", "take", "keep", "hold") before
 * the mention and a particle ("off", "out", "away") right after it (only fillers between).
 */
export function splitNegation(segs: readonly Segment[], k: number): boolean {
  // a list of options may stand between: "keep the olives and the onions off"
  const between = (s: Segment) =>
    (s.type === 'word' && NEGATION_FILLER.has(s.norm)) ||
    s.type === 'and' ||
    s.type === 'or' ||
    (s.type === 'break' && s.comma === true) ||
    (s.type === 'lex' && s.entries.every((e) => e.kind === 'choice'));
  let verb: string | undefined;
  for (let j = k - 1; j >= 0; j--) {
    const s = segs[j] as Segment;
    if (s.type === 'word' && SPLIT_NEGATION_VERBS.has(s.norm)) verb = s.norm;
    else if (between(s)) continue;
    break;
  }
  if (!verb) return false;
  for (let j = k + 1; j < segs.length; j++) {
    const s = segs[j] as Segment;
    // "take the pizza out" may be a takeout: only "take … off" removes
    if (s.type === 'word' && SPLIT_NEGATION_PARTICLES.has(s.norm)) return verb !== 'take' || s.norm === 'off';
    if (between(s)) continue;
    return false;
  }
  return false;
}

/**
 * "take off the ham", "leave out onions": a split-negation verb right before its particle, then the
 * choice (only fillers between). For choices only: "take off the latte" names a cart line.
 */
export function particleNegation(segs: readonly Segment[], k: number): boolean {
  for (let j = k - 1; j >= 1; j--) {
    const s = segs[j] as Segment;
    if (s.type === 'word' && SPLIT_NEGATION_PARTICLES.has(s.norm)) {
      const verb = segs[j - 1] as Segment;
      return verb.type === 'word' && SPLIT_NEGATION_VERBS.has(verb.norm);
    }
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

const PREPOSITIONS = new Set(['on', 'to', 'for', 'in', 'from', 'off']);
const BACK_ARTICLES = new Set(['the', 'that', 'this', 'my']);

/**
 * A mention that points back at an item already ordered in this message ("one large meat lovers, and
 * hold the bacon on the meat lovers"): not a second order. Its options go to the first line.
 */
function backReference(line: LineDraft, segs: readonly Segment[], earlier: readonly LineDraft[]) {
  const art = segs[line.seg - 1];
  const prep = segs[line.seg - 2];
  if (art?.type !== 'word' || !BACK_ARTICLES.has(art.norm)) return undefined;
  if (prep?.type !== 'word' || !PREPOSITIONS.has(prep.norm)) return undefined;
  return earlier.findLast((l) => l.itemId === line.itemId && l.action === 'add');
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
    const first =
      line.action === 'add' || line.action === 'update' ? backReference(line, segs, out) : undefined;
    if (first) {
      for (const o of line.options)
        if (!first.options.some((x) => x.group === o.group && x.choice === o.choice)) first.options.push(o);
      for (const w of line.without)
        if (!first.without.some((x) => x.group === w.group && x.choice === w.choice)) first.without.push(w);
      continue;
    }
    if (line.action !== 'add') {
      out.push(line);
      continue;
    }
    const scope = mentionScope(segs, line.seg, itemAt);
    if (scope === 'topic') continue;
    if (scope === 'negated' || splitNegation(segs, line.seg)) {
      const end = (segs[line.seg] as Segment).end;
      if (cart.includes(line.itemId) || saidNoLonger(tokens, end)) out.push({ ...line, action: 'remove' });
      continue;
    }
    out.push(line);
  }
  return out;
}

/**
 * "no sauce", "without dressing": a general word naming one of the item's default choices by the last
 * word of its name ("Tomato Sauce"). Only when exactly one default choice of the item fits.
 */
export function defaultByHeadNoun(itemId: string, key: string, index: MenuIndex): ParsedWithout | undefined {
  const found: ParsedWithout[] = [];
  for (const gid of index.items.get(itemId)?.optionGroups ?? []) {
    const group = index.groups.get(gid);
    for (const c of group?.choices ?? []) {
      if (!c.default) continue;
      const last = normalize(c.name)
        .tokens.filter((t) => !t.punct)
        .at(-1);
      if (last?.key === key) found.push({ group: gid, choice: c.id, choiceName: c.name });
    }
  }
  return found.length === 1 ? found[0] : undefined;
}
