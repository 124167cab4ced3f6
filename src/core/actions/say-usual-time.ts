import type { TurnContext } from '../dialog/turn-context.ts';
import type { KnowledgeHit } from '../ports/knowledge-retriever.ts';
import { sayHits, searchKnowledge } from './answer-question.ts';

/** A question about how long or when: "how long will it take", "when will it be ready", "how soon", "eta". */
const ASKS_TIME =
  /\b(?:how long|how much longer|how soon|how much time|when|what time|eta|ready|minutes?|mins?)\b/i;

/**
 * A passage that states a usual duration: "usually", "typical", "ready" or "take(s)" and, within the same
 * sentence, a figure in minutes or hours ("usually ready in 20 minutes", "typical delivery time is 35–50
 * minutes"); a deadline ("cancel within 10 minutes of payment") is no usual time.
 */
const USUAL_DURATION =
  /\b(?:usual(?:ly)?|typical(?:ly)?|ready|takes?)\b[^.;\n]{0,60}?\d+\s*(?:(?:[–-]|to)\s*\d+\s*)?\**\s*(?:minutes?|mins?|hours?|hrs?)\b/i;

/** A sentence of a time limit, not of how long an order takes ("last order 15 minutes before closing"). */
const DEADLINE = /\b(?:before|after|last orders?|notice)\b/i;

/** Whether the message asks how long something takes or when it will be ready. */
export function asksTime(message: string): boolean {
  return ASKS_TIME.test(message);
}

/**
 * Quotes the venue documents' passage on how long an order usually takes: the best hit of the message
 * (with the session's pickup or delivery choice added, when made) that states a duration in minutes or
 * hours. Figures come from the documents only. Says it and returns true; says nothing and returns false
 * when no document passage states a duration.
 */
export async function sayUsualTime(ctx: TurnContext): Promise<boolean> {
  const how = ctx.state.slots.fulfillment ?? '';
  // the usual-time passage's own words join the question, whose "it" names nothing a passage says
  const query = `${ctx.message} ${how} usually ready minutes`.replace(/\s+/g, ' ').trim();
  const hits = await searchKnowledge(ctx, query, true);
  const timed = hits.filter((h: KnowledgeHit) => USUAL_DURATION.test(h.chunk.text));
  const best = timed[0];
  if (!best) return false;
  // the sentences stating the duration answer; the rest of the passage (where to collect) does not
  return sayHits(ctx, query, [best], true, {
    keep: (sentence) => USUAL_DURATION.test(sentence) && !DEADLINE.test(sentence),
  });
}
