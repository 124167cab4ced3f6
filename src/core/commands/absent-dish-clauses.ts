import type { ParseResult } from '../understand/parse-result.ts';
import { absentDishAt, clauseStartBefore } from './without-absent-dishes.ts';

/**
 * The dishes the menu lacks that the message names in a clause of their own after other words
 * ("regular, and a large birch beer": the birch beer), as understanding's `unresolved` entries marked
 * `food`. An answer to the pending question does not swallow them: each is still said to be absent.
 * Pure.
 */
export function absentDishClauses(
  text: string,
  unresolved: ParseResult['unresolved'],
): ParseResult['unresolved'] {
  const lower = text.toLowerCase();
  return unresolved.filter((u) => {
    if (!u.food) return false;
    const at = absentDishAt(text, u);
    if (!at) return false;
    const from = clauseStartBefore(lower, at[0]);
    return from > 0 && lower.slice(0, from).trim() !== '';
  });
}
