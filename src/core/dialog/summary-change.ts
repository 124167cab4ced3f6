import { renderPhrase } from '../respond/render-acts.ts';
import { say, type TurnContext } from './turn-context.ts';

/**
 * The kind of pending question "What would you like to change?" records, asked after a no to the order
 * summary. Its polarity is the summary's opposite: at "Shall I place it?" a "no" keeps the order back,
 * at "anything to change?" a "no, looks right" says there is nothing to change (`nothing-to-change.ts`),
 * and the summary is shown again: never placed by it, since only a yes to the summary itself places.
 */
export const SUMMARY_CHANGE_QUESTION = 'summary_change';

/**
 * Says the order was not placed and asks what to change, recording that question as pending so the
 * next message is read against it (a `confirm` there shows the summary again). Mutates `ctx`.
 */
export function askSummaryChange(ctx: TurnContext): void {
  say(ctx, 'not_placed');
  ctx.flags.asked = true;
  ctx.flags.pendingSet = true;
  ctx.state.pending = { kind: SUMMARY_CHANGE_QUESTION, question: renderPhrase(ctx.render, 'not_placed', {}) };
}
