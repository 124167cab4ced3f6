import type { Token } from './normalize.ts';
import type { ParsedLine } from './parse-result.ts';

/** Words joining the dish that goes to the dish that comes: "replace the samosa with an onion bhaji". */
const LINKS = new Set(['with', 'for', 'by', 'to', 'into']);
/** Words allowed after the link before the new dish is named ("with an", "for the"), besides a count. */
const FILLERS = new Set([
  ...['a', 'an', 'the', 'some'],
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
]);

type SwapLine = ParsedLine & { action?: ParsedLine['action'] };

/**
 * "replace the samosa with 3 samosas", "swap the samosa for an onion bhaji": a line read as a swap
 * (`replace`) followed, across only a linking word, by a line to add is the dish that goes, not a dish
 * to swap in. The second line becomes the swap, naming the first's item in `replaces`; the first goes.
 * Works on the list in place.
 */
export function applyItemSwaps(lines: SwapLine[], tokens: readonly Token[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const gone = lines[i] as SwapLine;
    const next = lines[i + 1] as SwapLine;
    if (gone.action !== 'replace' || (next.action ?? 'add') !== 'add') continue;
    const between = tokens.filter((t) => t.start >= gone.span[1] && t.end <= next.span[0]).map((t) => t.norm);
    if (between.length === 0 || !LINKS.has(between[0] as string)) continue;
    // "with 3 samosas": the count is the new line's (its mention starts at the dish)
    if (!between.slice(1).every((w) => FILLERS.has(w) || /^\d+$/.test(w))) continue;
    next.action = 'replace';
    next.replaces = gone.itemId;
    lines.splice(i, 1);
  }
}
