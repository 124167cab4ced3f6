import type { Signals } from '../intent-signals.ts';
import type { Intent } from '../parse-result.ts';

/** Intents given so far by earlier rules of the table, with their confidences. */
export type Given = ReadonlyMap<Intent, number>;

/**
 * One row of the intent table: when `when` returns a confidence (0..1) the message gets `intent` with
 * that confidence (the highest wins when several rules give one intent); `false` means the rule does not
 * apply. Rules run in table order and may look at what earlier rules gave (`given`). `because` is the
 * reason shown in `ParseResult.why`.
 */
export interface IntentRule {
  /** Stable id, "family.name": shown in `why`, used in tests. */
  id: string;
  intent: Intent;
  because: string;
  when(s: Signals, given: Given): number | false;
}
