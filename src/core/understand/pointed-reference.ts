import { FOOD_WORDS } from './food-words.ts';
import type { ParseResult } from './parse-result.ts';
import { singularOf } from './singular.ts';

/** Words that point at a dish already spoken of ("the", "my", "that"). */
const POINTERS = /\b(?:the|my|that|this|our|both)\s+$/i;

/**
 * "toast the sandwich", "no mayo on my sandwich": a general food word pointed at with "the / my / that"
 * in a message that edits a cart dish (an `update` line) names that dish, not a dish the menu lacks.
 * Drops such one-word mentions from `unresolved` (`text` is the message as written; the mentions'
 * spans index it). Returns the list unchanged when nothing is edited. Pure.
 */
export function dropPointedReferences(
  unresolved: ParseResult['unresolved'],
  lines: ParseResult['lines'],
  text: string,
): ParseResult['unresolved'] {
  if (!lines.some((l) => l.action === 'update')) return unresolved;
  return unresolved.filter((u) => {
    if (!u.food || !u.span || u.text.includes(' ')) return true;
    if (!FOOD_WORDS.has(u.text) && !FOOD_WORDS.has(singularOf(u.text))) return true;
    return !POINTERS.test(text.slice(0, u.span[0]));
  });
}
