import type { ParsedLine, ParseResult } from './parse-result.ts';

/**
 * `reading` replaced by an edit of the cart: an `order_update` (confidence 0.9) with `lines` and
 * `unresolved`, its question, absent dishes and free options dropped (the words were the edit's), and
 * `why` naming the rule that read it. Pure.
 */
export function asCartEdit(
  reading: ParseResult,
  edit: { lines: ParsedLine[]; unresolved: ParseResult['unresolved']; rule: string; because: string },
): ParseResult {
  const {
    itemQuestion: _q,
    absentDishes: _a,
    question: _t,
    freeOptions: _f,
    freeWithout: _w,
    ...rest
  } = reading;
  return {
    ...rest,
    intents: [{ intent: 'order_update', confidence: 0.9 }],
    lines: edit.lines,
    itemRefs: [],
    unresolved: edit.unresolved,
    why: {
      scope: reading.why?.scope ?? { class: 'restaurant', score: 0 },
      intents: [{ intent: 'order_update', rule: edit.rule, because: edit.because }],
    },
  };
}
