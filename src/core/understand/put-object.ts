import type { MenuIndex } from './menu-index.ts';
import { PUT_VERBS } from './modify-leads.ts';
import type { Token } from './normalize.ts';
import type { Segment } from './segment.ts';

/** Words that point a put verb's thing at a dish ("on the soda", "to my burger"). */
const POINTERS = new Set(['on', 'onto', 'to', 'in', 'into', 'over']);
/** Words between the pointer and the dish it points at. */
const DETERMINERS = new Set([
  'the',
  'my',
  'that',
  'this',
  'his',
  'her',
  'our',
  'their',
  'your',
  'those',
  'these',
]);
/** Words that may stand between the put verb and its thing ("put some cheese on"). */
const BETWEEN = new Set(['some', 'a', 'little', 'bit', 'of', 'extra', 'more']);

/**
 * Segment `k` is the thing a put verb puts on a dish named after it: "put cheese on the soda", "add hash
 * browns to my coffee". Its words then name an option for that dish, never a dish of their own (said
 * back as not offered when the dish does not take them). The verb comes right before (a few words like
 * "some" aside, or as the opening word of the segment's own phrase); a pointer word, a determiner and a
 * segment naming a dish come right after, and no dish it may name takes a
 * group the words name (then they are read as its option as usual). Pure.
 */
export function isPutObject(
  segs: readonly Segment[],
  k: number,
  tokens: readonly Token[],
  index: MenuIndex,
): boolean {
  const s = segs[k];
  if (s?.type !== 'lex') return false;
  let verb = PUT_VERBS.has(tokens[s.start]?.norm ?? '');
  for (let j = k - 1; j >= 0 && !verb; j--) {
    const p = segs[j] as Segment;
    const w = p.type === 'word' || p.type === 'with' ? (tokens[p.start]?.norm ?? '') : '';
    if (PUT_VERBS.has(w)) verb = true;
    else if (!(p.type === 'qty' && p.article) && !BETWEEN.has(w)) break;
  }
  if (!verb) return false;
  const pointer = segs[k + 1];
  const det = segs[k + 2];
  const dish = segs[k + 3];
  if (
    !(
      pointer?.type === 'word' &&
      POINTERS.has(pointer.norm) &&
      det?.type === 'word' &&
      DETERMINERS.has(det.norm) &&
      dish?.type === 'lex'
    )
  )
    return false;
  // the dishes the pointer may name: its items, and every item of a category it names ("the burger")
  const cats = new Set(dish.entries.flatMap((e) => (e.kind === 'category' ? [e.id] : [])));
  const targets = [...index.items.values()].filter(
    (i) => cats.has(i.category) || dish.entries.some((e) => e.kind === 'item' && e.id === i.id),
  );
  if (targets.length === 0) return false;
  // "put cheese on the burger": a dish taking the words' group reads them as its option already
  const groups = new Set(
    s.entries.flatMap((e) => (e.kind === 'choice' || e.kind === 'group' ? [e.group] : [])),
  );
  return !targets.some((i) => i.optionGroups.some((g) => groups.has(g)));
}
