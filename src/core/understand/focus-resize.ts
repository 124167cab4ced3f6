import type { Segment } from './segment.ts';

/** Verbs that set a count on a dish pointed at ("make that 3", "change it to two", "bump them up to 4"). */
const RESIZE_VERBS = new Set(['make', 'change', 'bump', 'up']);
/** Words pointing at the dish in focus. */
const POINTERS = new Set(['it', 'that', 'them', 'those', 'this', 'these']);
/** Words that say a count corrects what is there ("actually 3 of those"), with no verb of their own. */
const CORRECTION_CUES = new Set(['actually', 'instead', 'rather', 'wait', 'sorry', 'no', 'nah', 'oops']);
/** Words that may open the message before the resize ("ok", "oh", "please"). */
const OPENERS = new Set([
  'ok',
  'okay',
  'oh',
  'um',
  'hmm',
  'so',
  'and',
  'also',
  'please',
  'pls',
  'can',
  'could',
  'you',
  'just',
  'lets',
  'let',
  'us',
]);

/**
 * "make that 3 and a chocolate milk", "actually two of those, and a water", "change it to two and add a
 * coke": a count set on the dish in focus by a pointer word ("that", "it", "those"), said at the opening
 * of a message before the other dishes it orders. Reads only the opening clause: openers, then either a
 * resize verb, a pointer, an optional "to" and a bare number, or a correction cue ("actually") and
 * "<number> of those"; the number counts no dish of its own (a dish, an option or more words after it
 * are not this shape). `firstLineSeg`: the segment of the message's first dish (the resize must come
 * before it). Returns the count, or undefined when the message opens with no such resize. Pure.
 */
export function readFocusResize(segs: readonly Segment[], firstLineSeg: number): number | undefined {
  let k = 0;
  let cue = false;
  for (; k < segs.length; k++) {
    const s = segs[k] as Segment;
    if (s.type === 'break' || s.type === 'and') continue;
    if (s.type === 'neg' && !cue) {
      cue = true;
      continue;
    }
    if (s.type !== 'word') break;
    if (CORRECTION_CUES.has(s.norm)) cue = true;
    else if (!OPENERS.has(s.norm)) break;
  }
  const count = resizeAt(segs, k, cue);
  if (!count || count.end >= firstLineSeg) return undefined;
  const next = segs[count.end];
  // the clause must end at the count: a break, an "and" or a "plus"/"add" before the next dish
  if (next && next.type !== 'break' && next.type !== 'and' && next.type !== 'with') return undefined;
  return count.value;
}

function resizeAt(
  segs: readonly Segment[],
  k: number,
  cue: boolean,
): { value: number; end: number } | undefined {
  const word = (i: number, set: ReadonlySet<string>) => {
    const s = segs[i];
    return s?.type === 'word' && set.has(s.norm);
  };
  const bare = (i: number) => {
    const s = segs[i];
    return s?.type === 'qty' && !s.article && !s.more && s.value >= 1 ? s.value : undefined;
  };
  // "make that 3", "change it to two", "bump it up to 4"
  if (word(k, RESIZE_VERBS) && word(k + 1, POINTERS)) {
    let i = k + 2;
    while (word(i, UP_TO)) i++;
    const value = bare(i);
    if (value !== undefined) return { value, end: i + 1 };
  }
  // "actually 3 of those" (the count's segment may hold its "of")
  const value = bare(k);
  if (!cue || value === undefined) return undefined;
  const of = word(k + 1, OF) ? k + 2 : k + 1;
  if (word(of, POINTERS)) return { value, end: of + 1 };
  return undefined;
}

const UP_TO = new Set(['to', 'up']);
const OF = new Set(['of']);
