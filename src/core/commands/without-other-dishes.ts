import type { ParsedLine } from '../understand/parse-result.ts';
import { clauseStartBefore } from './without-absent-dishes.ts';

/** A determiner or count opening a dish's noun phrase ("a", "another", "two", "2"). */
const DETERMINER = /\b(?:a|an|another|one|two|three|four|five|six|some|\d+)\s+(?=\S)/g;

/**
 * Where the noun phrase of a dish mentioned at `at` of `lower` starts: the start of its clause (a
 * comma, "and", "plus" before it), moved on to the last determiner or count after that start when
 * words stand before the determiner ("large a croissant": the "a"); "and a large croissant" and "a
 * large orange juice" start at their clause. Pure.
 */
export function dishPhraseStart(lower: string, at: number): number {
  const from = clauseStartBefore(lower, at);
  let start = from;
  for (const m of lower.slice(from, at).matchAll(DETERMINER)) {
    const index = from + (m.index ?? 0);
    const before = lower.slice(from, index).replace(/^(?:,|\band\b|\bplus\b|&|\+)/, '');
    if (/[\p{L}\p{N}]/u.test(before)) start = index;
  }
  return start;
}

/**
 * `normalized` (understanding's normalized text) with the noun phrase of every other dish named
 * blanked: from where its phrase starts (`dishPhraseStart`) to the end of its mention. "and a large
 * croissant" at the latte's size question: "large" is said of the croissant and answers nothing; in
 * "large and a croissant" it stays. Lines of `itemId` (the waiting dish) and lines with no span are
 * kept. Offsets are kept (blanks are spaces). Pure.
 */
export function withoutOtherDishes(normalized: string, lines: readonly ParsedLine[], itemId: string): string {
  let out = normalized;
  const lower = normalized.toLowerCase();
  for (const l of lines) {
    if (l.itemId === itemId || l.span[1] <= 0) continue;
    const from = dishPhraseStart(lower, l.span[0]);
    out = out.slice(0, from) + ' '.repeat(l.span[1] - from) + out.slice(l.span[1]);
  }
  return out;
}
