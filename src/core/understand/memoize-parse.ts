import { copyJson } from '../state/copy-data.ts';
import type { ParseContext, ParseResult } from './parse-result.ts';

/** Readings kept (least recently used dropped first). */
export const PARSE_MEMO_ENTRIES = 1_000;
/** Longer messages are read afresh: they seldom recur, and would take the room of those that do. */
export const PARSE_MEMO_MAX_TEXT = 200;

/**
 * `parse` with a bounded memo of its readings. A reading depends only on the message and the context
 * (the pending question, the cart's items, the missing details) for one menu, and many messages recur
 * word for word across sessions ("hi", "yes", "show my cart", "what do you recommend?") while a reading
 * costs a few hundred microseconds (lexicon, rules, fact questions, scope classifier). One memo per
 * `Understanding`, which is built per menu, so a new menu starts with an empty memo. Callers may change
 * the reading they get: the memo keeps its own JSON copy (a reading is plain JSON data, as `maitre parse`
 * prints it; `copyJson`, the same value as a JSON round trip at a fraction of its cost) and hands out a
 * fresh copy of it, tens of times cheaper than reading again.
 */
export function memoizeParse(
  parse: (text: string, context?: ParseContext) => ParseResult,
  entries = PARSE_MEMO_ENTRIES,
): (text: string, context?: ParseContext) => ParseResult {
  const memo = new Map<string, ParseResult>();
  return (text, context) => {
    if (text.length > PARSE_MEMO_MAX_TEXT || entries <= 0) return parse(text, context);
    const key = `${context === undefined ? '' : JSON.stringify(context)}\u0000${text}`;
    const known = memo.get(key);
    if (known !== undefined) {
      memo.delete(key);
      memo.set(key, known);
      return copyJson(known);
    }
    const result = parse(text, context);
    if (memo.size >= entries) memo.delete(memo.keys().next().value as string);
    memo.set(key, copyJson(result));
    return result;
  };
}
