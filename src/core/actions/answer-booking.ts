import { log, say, step, type TurnContext } from '../dialog/turn-context.ts';
import { sayHits, searchKnowledge } from './answer-question.ts';
import { offerTeam } from './offer-team.ts';
import { passagePlainText } from './passage-plain-text.ts';

/** The booking topic's words, added to the customer's message so the retriever ranks that topic first. */
const BOOKING_TOPIC = 'reservations book a table booking';
/** A passage speaks about table bookings when it holds one of these words. */
const BOOKING_WORDS = /\b(?:reserv\w*|walk-?ins?|book(?:ing)? a table|table bookings?)\b/i;

/**
 * A request for a table ("can i book a table for 4 tonight"): answered from the venue's documents when
 * they speak about bookings (the retriever's passages, documents only, searched for the message and the
 * booking topic, kept when they name bookings or reservations, at or above `knowledgeUnsureAt`); when
 * the documents say nothing about it, "we don't take table bookings" and the team's contact
 * (`offerTeam`). Never touches the cart.
 */
export async function answerBooking(ctx: TurnContext): Promise<void> {
  ctx.flags.digressed = true;
  const hits = (await searchKnowledge(ctx, `${ctx.message} ${BOOKING_TOPIC}`, true)).filter((h) =>
    BOOKING_WORDS.test(`${h.chunk.source.section} ${passagePlainText(h.chunk.text)}`),
  );
  const top = hits[0];
  if (top && top.confidence >= ctx.deps.config.knowledgeUnsureAt) {
    step(ctx, 'ask_knowledge');
    // said already by another command of the turn ("do you take reservations"): nothing more to say
    sayHits(ctx, `${ctx.message} ${BOOKING_TOPIC}`, hits, true);
    log(ctx, 'dialog.booking.documents', { confidence: Number(top.confidence.toFixed(3)) });
    return;
  }
  say(ctx, 'table_booking');
  offerTeam(ctx);
  log(ctx, 'dialog.booking.none', { best: top?.confidence ?? null });
}
