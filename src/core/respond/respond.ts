import type { Logger } from '../ports/logger.ts';
import { type PhraseContext, PhraseFallback, type Phraser } from '../ports/phraser.ts';
import type { TurnPart, TurnSink } from '../ports/turn-sink.ts';
import type { Act } from './acts.ts';
import type { BotEvent } from './bot-event.ts';
import { joinText } from './join-text.ts';
import { cardsOf, quickRepliesOf, renderActs } from './render-acts.ts';

/**
 * The default phraser: the templates (src/core/respond/phrases.ts), offline, every text event of the turn
 * joined by a space. `respond` without a phraser keeps the template events' interleaving with cards.
 */
export const templatePhraser: Phraser = {
  phrase(acts, context) {
    return renderActs(acts, context)
      .flatMap((e) => (e.type === 'text' ? [e.text] : []))
      .join(' ');
  },
};

/** What `respond` needs besides the acts. */
export interface RespondOptions {
  context: PhraseContext;
  /** A model phraser; absent: the templates. */
  phraser?: Phraser | undefined;
  /** Receives the reply's parts as they are produced; `finish` is left to the caller. */
  sink?: TurnSink | undefined;
  logger?: Logger | undefined;
  /**
   * The templates' rendering of these very acts with `context`, when the caller keeps one (the turn's
   * `events`): used instead of rendering them again. The array is the reply's: the caller does not use
   * it afterwards.
   */
  rendered?: (() => BotEvent[]) | undefined;
}

/** The reply: its events (text, cards, quick replies last) and its text, as stored in the history. */
export interface Reply {
  events: BotEvent[];
  text: string;
}

/**
 * The respond stage: renders a turn's acts into the reply and writes its parts to the sink in order.
 * Without a phraser: the template events (text and cards interleaved as the acts came). With one: its
 * text (streamed delta by delta), then the acts' cards; a phraser that returns `null` leaves the turn to
 * the templates; one that fails before its first delta falls back to them, one that fails after it keeps
 * the text already sent (logged `respond.phraser.failed`, or `respond.phraser.fallback` for a
 * `PhraseFallback`). Never throws but for the sink's errors.
 * Quick replies (the last `suggest` act) come last.
 */
export async function respond(acts: readonly Act[], options: RespondOptions): Promise<Reply> {
  const { context, phraser, sink } = options;
  const write = writerTo(sink);
  let events: BotEvent[] | undefined;
  if (phraser && phraser !== templatePhraser) events = await phrased(acts, phraser, options, write);
  if (!events) {
    events = options.rendered?.() ?? renderActs(acts, context);
    for (const e of events)
      await write(e.type === 'text' ? { type: 'text-delta', delta: e.text } : { type: 'card', event: e });
  }
  const replies = quickRepliesOf(acts);
  if (replies) {
    const event = { type: 'quick_replies' as const, replies };
    events.push(event);
    await write({ type: 'card', event });
  }
  const text = events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
  return { events, text };
}

/**
 * Writes a part to the sink, if any (made by a function rather than inline: under tsx, esbuild's
 * keepNames gives every inline named closure a defineProperty each time it is made).
 */
function writerTo(sink: TurnSink | undefined): (part: TurnPart) => Promise<void> {
  return async (part) => {
    if (sink) await sink.write(part);
  };
}

/** The phraser's text then the cards; undefined when it failed before saying anything. */
async function phrased(
  acts: readonly Act[],
  phraser: Phraser,
  options: RespondOptions,
  write: (part: TurnPart) => Promise<void>,
): Promise<BotEvent[] | undefined> {
  let text = '';
  try {
    const out = phraser.phrase(acts, options.context);
    // the phraser gives this turn to the templates (their text and cards keep their order)
    if (out === null) return undefined;
    if (typeof out === 'string') {
      text = out;
      if (text) await write({ type: 'text-delta', delta: text });
    } else
      for await (const delta of out) {
        if (!delta) continue;
        // a streamed sentence that does not carry its own space still starts apart from the one before
        const piece = joinText(text, delta).slice(text.length);
        text += piece;
        await write({ type: 'text-delta', delta: piece });
      }
  } catch (error) {
    if (error instanceof PhraseFallback)
      options.logger?.info({ reason: error.reason, streamed: text.length > 0 }, 'respond.phraser.fallback');
    else
      options.logger?.warn(
        { reason: error instanceof Error ? error.name : 'unknown', streamed: text.length > 0 },
        'respond.phraser.failed',
      );
    // nothing said yet: the templates take the turn; otherwise what was sent stands, the cards follow
    if (!text) return undefined;
  }
  const cards = cardsOf(acts, options.context);
  for (const c of cards) if (c.type !== 'text') await write({ type: 'card', event: c });
  return text ? [{ type: 'text', text }, ...cards] : cards;
}
