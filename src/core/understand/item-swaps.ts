import type { Token } from './normalize.ts';
import type { ParsedLine } from './parse-result.ts';

/** Words joining the dish that goes to the dish that comes: "replace the samosa with an onion bhaji". */
const LINKS = new Set(['with', 'for', 'by', 'to', 'into']);
/** Words allowed after the link before the new dish is named ("with an", "for the"), besides a count. */
const FILLERS = new Set([
  ...['a', 'an', 'the', 'some'],
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
]);

/** Words joining a changed cart line to the dish it becomes: "switch the omelet to a cheese omelet". */
const UPDATE_LINKS = new Set(['to', 'into', 'for']);
/** "make the cannoli a pumpkin spice cannoli": an article alone joins the line to what it becomes. */
const ARTICLES = new Set(['a', 'an']);

type SwapLine = ParsedLine & { action?: ParsedLine['action'] };

/**
 * "replace the samosa with 3 samosas", "swap the samosa for an onion bhaji": a line read as a swap
 * (`replace`) followed, across only a linking word, by a line to add is the dish that goes, not a dish
 * to swap in. So is a plain change of a line (`update`) followed by another dish across "to / into /
 * for" or an article ("switch the omelet to a cheese omelet", "make the cannoli a pumpkin spice one"). The second line becomes the swap, naming the first's item in `replaces`; the first goes.
 * Works on the list in place.
 */
export function applyItemSwaps(lines: SwapLine[], tokens: readonly Token[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const gone = lines[i] as SwapLine;
    const next = lines[i + 1] as SwapLine;
    if ((next.action ?? 'add') !== 'add') continue;
    const between = tokens.filter((t) => t.start >= gone.span[1] && t.end <= next.span[0]).map((t) => t.norm);
    if (gone.action === 'update') {
      // "switch the omelet to a cheese omelet", "make the cannoli a pumpkin spice cannoli": a cart line
      // changed into another dish, said plainly (the line itself carries no change of its own)
      const plain = gone.options.length === 0 && gone.without.length === 0 && !gone.note;
      const into =
        (between.length > 0 && UPDATE_LINKS.has(between[0] as string)) ||
        (between.length === 1 && ARTICLES.has(between[0] as string));
      if (!plain || !into || next.itemId === gone.itemId) continue;
    } else if (gone.action !== 'replace') continue;
    if (between.length === 0) continue;
    if (gone.action === 'replace' && !LINKS.has(between[0] as string)) continue;
    // "with 3 samosas": the count is the new line's (its mention starts at the dish)
    if (!between.slice(1).every((w) => FILLERS.has(w) || /^\d+$/.test(w))) continue;
    next.action = 'replace';
    next.replaces = gone.itemId;
    lines.splice(i, 1);
  }
}
