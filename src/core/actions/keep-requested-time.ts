import { ensureOrderFrame, orderFrame } from '../dialog/frames.ts';
import { log, say, type TurnContext } from '../dialog/turn-context.ts';
import { resolveRequestedTime, storedTimeText, storedTimeValue } from '../facts/requested-time-verdict.ts';
import { hasHours } from '../facts/venue-schedule.ts';

/** How "as soon as possible" is said back and shown in the summary. */
export const ASAP_TEXT = 'as soon as possible';

/**
 * Checks a requested time (a canonical value of `readRequestedTime`) on the venue's clock
 * (`TurnDeps.clock`, `venue.timezone`) and hours, and keeps it in `slots.when` (`asap` or an ISO 8601
 * instant). Returns how it is said back ("today at 7:30 pm", "as soon as possible"); undefined when
 * refused: a time gone by, a time the venue (or its delivery) is closed, or no time at all; the
 * customer is told why and the order's checkout will ask for another time (`askWhen`).
 */
export function keepRequestedTime(ctx: TurnContext, value: string): string | undefined {
  const { state, deps } = ctx;
  const venue = deps.venue.menu.venue;
  const verdict = resolveRequestedTime(value, venue, state.slots.fulfillment, deps.clock.now());
  if (verdict.kind === 'asap' || verdict.kind === 'at') {
    state.slots.when = verdict.kind === 'asap' ? 'asap' : verdict.iso;
    const frame = orderFrame(state);
    if (frame) delete frame.slots.askWhen;
    if (verdict.kind === 'asap') return ASAP_TEXT;
    // a venue that publishes no hours table cannot have the time checked: its hours line is said with it,
    // never a silent yes to a time it may be closed at
    if (!hasHours(venue) && venue.contact?.hours)
      return `${verdict.text} (our hours are ${venue.contact.hours}: please make sure that time works)`;
    return verdict.text;
  }
  if (verdict.kind === 'past') say(ctx, 'when_past', { time: verdict.text });
  else if (verdict.kind === 'closed')
    say(ctx, verdict.hours ? 'when_closed' : 'when_closed_day', { time: verdict.text, hours: verdict.hours });
  else say(ctx, 'bad_when');
  // asked again at checkout (a question now would clash with the one the flow asks)
  ensureOrderFrame(ctx).slots.askWhen = true;
  state.skipped = state.skipped.filter((s) => s !== 'when');
  log(ctx, 'dialog.slot.refused', { slot: 'when', reason: verdict.kind });
  return undefined;
}

/** The kept requested time as said to the customer; `as soon as possible` when none was given. */
export function requestedTimeShown(ctx: TurnContext): string {
  const when = ctx.state.slots.when;
  if (when === undefined || when === 'asap') return ASAP_TEXT;
  return storedTimeText(when, ctx.deps.venue.menu.venue, ctx.deps.clock.now());
}

/**
 * Checks the kept requested time again after the fulfillment changed ("actually make it delivery"):
 * delivery may run other hours than the venue. A time the new fulfillment cannot keep is dropped, the
 * customer told why, and the checkout asks for another (`keepRequestedTime`). True when it still holds.
 */
export function recheckRequestedTime(ctx: TurnContext): boolean {
  const when = ctx.state.slots.when;
  if (when === undefined || when === 'asap') return true;
  const value = storedTimeValue(when, ctx.deps.venue.menu.venue, ctx.deps.clock.now());
  if (value === undefined) return true;
  if (keepRequestedTime(ctx, value) !== undefined) return true;
  delete ctx.state.slots.when;
  return false;
}
