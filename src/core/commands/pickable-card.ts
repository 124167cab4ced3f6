import { recentListed, type SessionState } from '../state/session-state.ts';
import type { GenerationContext } from './generation-context.ts';

/**
 * The card a message may pick from by a place or a property ("the second one", "the mild one"): the
 * card shown in the last LISTED_TURNS turns (`recentListed`), when the message names no dish (no order
 * line, no dish referred to) and answers no pending question; else undefined. Each reader adds its own
 * intents and filters (`pickFromList`, `attributePick`).
 */
export function pickableCard(g: GenerationContext): SessionState['listed'] {
  const listed = recentListed(g.state);
  if (!listed || g.parse.lines.length > 0 || g.parse.itemRefs.length > 0 || g.answers.answered)
    return undefined;
  return listed;
}
