import { log, say, step, type TurnContext } from '../dialog/turn-context.ts';

/**
 * The reply to a message about self-harm: kind, non-judgemental, a pointer to help (local emergency
 * number, a crisis line, someone they trust). Nothing else runs this turn: no order, no re-prompt, no
 * failure counted; the pending question waits. The log carries the event key only, never the text.
 */
export function respondToSafetyConcern(ctx: TurnContext): void {
  step(ctx, 'safety');
  say(ctx, 'safety_self_harm');
  ctx.flags.asked = true;
  log(ctx, 'dialog.safety.self_harm');
}
