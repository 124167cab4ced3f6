import type { Token } from './normalize.ts';
import type { ParsedLine, ParsedOption } from './parse-result.ts';

/** Words joining the dish that goes to the dish that comes: "replace the samosa with an onion bhaji". */
const LINKS = new Set(['with', 'for', 'by', 'to', 'into']);
/** Words allowed after the link before the new dish is named ("with an", "for the"), besides a count. */
const FILLERS = new Set([
  ...['a', 'an', 'the', 'some'],
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
]);

/** Words that end one request and open another ("a steak one and a coke"). */
const SEPARATORS = new Set(['and', 'plus', 'also', 'then', ',', '.', ';', '!', '?']);

/** Words joining a changed cart line to the dish it becomes: "switch the omelet to a cheese omelet". */
const UPDATE_LINKS = new Set(['to', 'into', 'for']);
/** "make the cannoli a pumpkin spice cannoli": an article alone joins the line to what it becomes. */
const ARTICLES = new Set(['a', 'an']);
/** "make the pepperoni ones cheese instead": the line's own "one(s)" may stand before what it becomes. */
const ONE_WORDS = new Set(['one', 'ones']);

type SwapLine = ParsedLine & { action?: ParsedLine['action'] };

/**
 * "replace the samosa with 3 samosas", "swap the samosa for an onion bhaji": a line read as a swap
 * (`replace`) followed, across only a linking word, by a line to add is the dish that goes, not a dish
 * to swap in. So is a plain change of a line (`update`) followed by another dish across "to / into /
 * for" or an article ("switch the omelet to a cheese omelet", "make the cannoli a pumpkin spice one"),
 * or right after it or its "one(s)" ("make the pepperoni ones cheese instead"). The second line becomes
 * the swap, naming the first's item in `replaces`; the first goes. Works on the list in place.
 */
export function applyItemSwaps(
  lines: SwapLine[],
  tokens: readonly Token[],
  singleChoice: (group: string) => boolean = () => true,
): void {
  for (let i = 0; i < lines.length; i++) {
    const gone = lines[i] as SwapLine;
    const next = lines[i + 1] as SwapLine | undefined;
    if (!next) break;
    const nextAction = next.action ?? 'add';
    if (nextAction !== 'add') continue;
    const between = tokens.filter((t) => t.start >= gone.span[1] && t.end <= next.span[0]).map((t) => t.norm);
    if (
      next.itemId === gone.itemId &&
      nextAction === 'add' &&
      sameDishSwap(gone, next, between, singleChoice)
    ) {
      lines.splice(i + 1, 1);
      continue;
    }
    if (gone.action === 'update') {
      // "switch the omelet to a cheese omelet", "make the cannoli a pumpkin spice cannoli": a cart line
      // changed into another dish, said plainly (the line itself carries no change of its own)
      const plain = gone.options.length === 0 && gone.without.length === 0 && !gone.note;
      const into =
        (between.length > 0 && UPDATE_LINKS.has(between[0] as string)) ||
        (between.length === 1 && ARTICLES.has(between[0] as string)) ||
        between.every((w) => ONE_WORDS.has(w));
      if (!plain || !into || next.itemId === gone.itemId) continue;
    } else if (gone.action !== 'replace') continue;
    if (between.length === 0 && gone.action === 'replace') continue;
    if (gone.action === 'replace' && !LINKS.has(between[0] as string)) continue;
    // "with 3 samosas": the count is the new line's (its mention starts at the dish)
    if (!between.slice(1).every((w) => FILLERS.has(w) || /^\d+$/.test(w))) continue;
    next.action = 'replace';
    next.replaces = gone.itemId;
    lines.splice(i, 1);
  }
}

/**
 * "switch the chicken burrito to a steak one", "swap the steak taco for a chicken one", "change the
 * sausage slice to a cheese one": a changed cart line (`update` or `replace`) followed across a link
 * ("to", "for", "with", "into") by the same dish said with another variety is one change of that line,
 * never a second dish. The new line's options go on the old one; the options the old line was named by
 * leave it when the new one says none of their group and the group takes several picks (the sausage of a
 * plain cheese slice), a single-choice pick said anew replacing the old one. `gone` becomes that change
 * (its `without` grows); true when it did. A count of two or more said with the new dish is kept.
 */
function sameDishSwap(
  gone: SwapLine,
  next: SwapLine,
  between: readonly string[],
  singleChoice: (group: string) => boolean,
): boolean {
  if (gone.action !== 'update' && gone.action !== 'replace') return false;
  if (gone.note || between.length === 0 || !LINKS.has(between[0] as string)) return false;
  // "to a steak one": the new dish's own describing words stand between the link and it
  if (between.length > 6 || between.slice(1).some((w) => SEPARATORS.has(w) || LINKS.has(w))) return false;
  const same = (a: ParsedOption) => (b: ParsedOption) => a.group === b.group && a.choice === b.choice;
  const saidGroups = new Set(next.options.map((o) => o.group));
  const goes = gone.options.filter(
    (o) => !next.options.some(same(o)) && !saidGroups.has(o.group) && !singleChoice(o.group),
  );
  const kept = gone.options.filter((o) => !goes.includes(o) && !saidGroups.has(o.group));
  if (goes.length === 0 && next.options.every((o) => gone.options.some(same(o)))) return false;
  gone.action = 'update';
  gone.options = [...kept, ...next.options];
  gone.without = [
    ...gone.without.filter((w) => !next.options.some((o) => o.group === w.group && o.choice === w.choice)),
    ...goes.map(({ group, choice, choiceName }) => ({ group, choice, choiceName })),
  ];
  if (next.quantityExplicit && next.quantity > 1) {
    gone.quantity = next.quantity;
    gone.quantityExplicit = true;
  }
  return true;
}
