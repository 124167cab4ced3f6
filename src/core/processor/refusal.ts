/**
 * Why the command processor did not pass a proposed command to the engine as it was:
 * - `invalid`: not a command of the closed language (zod);
 * - `unknown_item`, `unknown_option`, `unknown_category`, `unknown_mood`: names nothing on this menu
 *   (an unknown item becomes a clarifying question instead);
 * - `duplicate`: said already by this or another generator;
 * - `conflict`: contradicted by another command of the same message (the later one stands);
 * - `not_allowed`: not a move the dialog allows in its current state.
 */
export type RefusalReason =
  | 'invalid'
  | 'unknown_item'
  | 'unknown_option'
  | 'unknown_category'
  | 'unknown_mood'
  | 'duplicate'
  | 'conflict'
  | 'not_allowed';

/** A proposed command the processor refused or rewrote, for traces, logs and tests. */
export interface Refusal {
  command: unknown;
  source: string;
  reason: RefusalReason;
  detail?: string;
}
