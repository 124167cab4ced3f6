import type { ParseResult } from '../understand/parse-result.ts';

/** Where a clause starts: a comma, "and", "plus", "&" or "+" (lowercase text). */
const CLAUSE_START = /(?:,|\band\b|\bplus\b|&|\+)/g;

/**
 * `text` with each clause that names a dish the menu lacks blanked out, from the clause's start (its
 * "and" or comma included) to the end of the dish's words ("and a large birch beer" where understanding
 * read "beer" as an absent food word): those words describe that dish and answer no option question of
 * the waiting dish. Offsets are kept (blanks are spaces). Only `unresolved` entries marked `food` count.
 * Pure.
 */
export function withoutAbsentDishes(text: string, unresolved: ParseResult['unresolved']): string {
  let out = text;
  const lower = text.toLowerCase();
  for (const u of unresolved) {
    if (!u.food) continue;
    const at = lower.indexOf(u.text.toLowerCase());
    if (at < 0) continue;
    const from = clauseStartBefore(lower, at);
    const to = at + u.text.length;
    out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}

/** Where the clause holding offset `at` of `lower` starts: its last comma, "and", "plus" before it, else 0. */
export function clauseStartBefore(lower: string, at: number): number {
  let from = 0;
  for (const m of lower.slice(0, at).matchAll(CLAUSE_START)) from = m.index ?? 0;
  return from;
}
