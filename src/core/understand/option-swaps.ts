import type { BuiltLines } from './build-lines.ts';
import { choicesOf } from './line-rules.ts';
import type { Token } from './normalize.ts';
import type { Segment } from './segment.ts';

/** "X instead of Y", "Y rather than X" put the option after the cue in place of … */
const AFTER_CUE: ReadonlyArray<readonly string[]> = [
  ['instead', 'of'],
  ['rather', 'than'],
  ['in', 'place', 'of'],
];
/** … and "swap Y for X", "replace Y with X", "change Y to X" take the first option after the verb away. */
const SWAP_VERBS = new Set(['swap', 'replace', 'switch', 'substitute', 'sub', 'change', 'trade', 'exchange']);

/**
 * Option swaps: the option a swap cue names as the one to go becomes a removal (`without`) on the line
 * it was attached to, or a free removal when it had no line; the other option stays an addition. The
 * engine then drops it from the item's options, or removes it when it was a default ("pineapple instead
 * of olives" on a Veggie Supreme). Works in place on `built`.
 */
export function applyOptionSwaps(
  built: BuiltLines,
  segs: readonly Segment[],
  tokens: readonly Token[],
): void {
  for (const k of swappedAway(segs, tokens)) {
    const s = segs[k] as Segment;
    const ids = new Set(choicesOf(s).map((c) => c.choice));
    const line = [...built.lines].reverse().find((l) => l.options.some((o) => ids.has(o.choice)));
    if (line) {
      const o = line.options.find((x) => ids.has(x.choice));
      if (!o) continue;
      line.options = line.options.filter((x) => x.choice !== o.choice);
      if (!line.without.some((w) => w.group === o.group && w.choice === o.choice))
        line.without.push({ group: o.group, choice: o.choice, choiceName: o.choiceName });
      // "onions instead of peppers on the supreme": the swap is of options, not of the item
      if (line.action === 'replace') line.action = 'update';
      continue;
    }
    const free = built.freeOptions.find((o) => ids.has(o.choice));
    if (!free) continue;
    built.freeOptions = built.freeOptions.filter((o) => o !== free);
    built.freeWithout.push({ group: free.group, choice: free.choice, choiceName: free.choiceName });
  }
}

/**
 * "swap olives for pineapple": a linking word and another option follow (not "change it to large"). The
 * option may qualify the dish it names ("change the chicken tacos to steak": the dish's words stand
 * between the option and the link).
 */
function swapsFor(segs: readonly Segment[], tokens: readonly Token[], j: number): boolean {
  const dishNext = (s: Segment | undefined) =>
    s?.type === 'lex' &&
    choicesOf(s).length === 0 &&
    s.entries.some((e) => e.kind === 'item' || e.kind === 'category');
  const at = dishNext(segs[j + 1]) ? j + 1 : j;
  const link = segs[at + 1];
  const linkWord = link ? tokens[link.start]?.norm : undefined;
  if (!link || !linkWord || !['for', 'with', 'to', 'into', 'by'].includes(linkWord)) return false;
  for (let m = at + 2; m < segs.length; m++) {
    const t = segs[m] as Segment;
    if (t.type === 'lex') return choicesOf(t).length > 0;
    if (t.type === 'break') return false;
  }
  return false;
}

/** Segment indexes of the options a swap cue sends away. */
function swappedAway(segs: readonly Segment[], tokens: readonly Token[]): number[] {
  const out: number[] = [];
  const words = (s: Segment) => tokens.slice(s.start, s.end).map((t) => t.norm);
  for (let k = 0; k < segs.length; k++) {
    const s = segs[k] as Segment;
    if (s.type !== 'word' && s.type !== 'with') continue;
    const first = words(s)[0] ?? '';
    const cue = AFTER_CUE.find((c) => c[0] === first && c.every((w, i) => tokens[s.start + i]?.norm === w));
    const from = cue ? k + 1 : SWAP_VERBS.has(first) ? k + 1 : -1;
    if (from < 0) continue;
    for (let j = from; j < segs.length; j++) {
      const t = segs[j] as Segment;
      if (t.type === 'break' || t.type === 'with') break;
      if (t.type === 'lex' && choicesOf(t).length > 0) {
        if (cue || swapsFor(segs, tokens, j)) out.push(j);
        break;
      }
      if (t.type === 'lex') break;
    }
  }
  return out;
}
