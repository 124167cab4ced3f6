import type { ParseResult } from '../understand/parse-result.ts';

/** Where a clause starts: a comma, "and", "plus", "&" or "+" (lowercase text). */
const CLAUSE_START = /(?:,|\band\b|\bplus\b|&|\+)/g;

/**
 * Where an absent dish's words stand in `text`: the span understanding gave (offsets in the message as
 * written, shifted by `offset` when `text` starts later, as a trimmed message does), else (a model's
 * reading gives no offsets) the first place its words occur. Undefined when they are not in `text`.
 */
export function absentDishAt(
  text: string,
  u: ParseResult['unresolved'][number],
  offset = 0,
): [number, number] | undefined {
  if (u.span) {
    const [from, to] = [u.span[0] - offset, u.span[1] - offset];
    return from >= 0 && to <= text.length ? [from, to] : undefined;
  }
  const at = text.toLowerCase().indexOf(u.text.toLowerCase());
  return at < 0 ? undefined : [at, at + u.text.length];
}

/**
 * `text` with each clause that names a dish the menu lacks blanked out, from the clause's start (its
 * "and" or comma included) to the end of the dish's words ("and a large birch beer" where understanding
 * read "beer" as an absent food word): those words describe that dish and answer no option question of
 * the waiting dish. Offsets are kept (blanks are spaces). Only `unresolved` entries marked `food` count;
 * `offset`: where `text` starts in the message as written. Pure.
 */
export function withoutAbsentDishes(text: string, unresolved: ParseResult['unresolved'], offset = 0): string {
  let out = text;
  const lower = text.toLowerCase();
  for (const u of unresolved) {
    if (!u.food) continue;
    const at = absentDishAt(text, u, offset);
    if (!at) continue;
    const from = clauseStartBefore(lower, at[0]);
    out = out.slice(0, from) + ' '.repeat(at[1] - from) + out.slice(at[1]);
  }
  return out;
}

/** Where the clause holding offset `at` of `lower` starts: its last comma, "and", "plus" before it, else 0. */
export function clauseStartBefore(lower: string, at: number): number {
  let from = 0;
  for (const m of lower.slice(0, at).matchAll(CLAUSE_START)) from = m.index ?? 0;
  return from;
}
