import type { BotEvent } from '../respond/bot-event.ts';

/**
 * One part of a turn's reply, in order, as it is produced:
 * - `text-delta`: more text; consecutive deltas belong to one text event, until a card;
 * - `card`: a whole non-text event (item list, cart, summary, payment link, sources, quick replies…);
 * - `finish`: the reply is complete (written once, last, also after a failed turn's apology).
 * Concatenating the deltas between cards gives exactly the turn's text events.
 */
export type TurnPart =
  | { type: 'text-delta'; delta: string }
  | { type: 'card'; event: Exclude<BotEvent, { type: 'text' }> }
  | { type: 'finish' };

/**
 * Where a turn writes its reply as it is produced (the service forwards parts to an open SSE or
 * WebSocket reply). `write` may return a promise (back-pressure); the turn awaits it. A sink must not
 * throw: a dropped client is the door's concern, the turn completes and its state is kept.
 */
export interface TurnSink {
  write(part: TurnPart): void | Promise<void>;
}
