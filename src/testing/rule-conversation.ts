import type { CartLine } from '../contract/backend-api.ts';
import { createDialogConfig } from '../core/config/dialog-config.ts';
import { handleTurn, type TurnResult } from '../core/handle-turn.ts';
import type { SessionState } from '../core/state/session-state.ts';
import { createUnderstanding } from '../core/understand/index.ts';
import { loadVenue } from '../domain/load-venue.ts';
import { fixedClock } from './fixed-clock.ts';
import { InMemoryBackend } from './in-memory-backend.ts';
import { sequentialIds } from './sequential-ids.ts';

/** What `converse` gives back: every turn's result, the last one, and the backend cart's lines after. */
export interface RuleConversation {
  turns: TurnResult[];
  last: TurnResult;
  cart: CartLine[];
}

/**
 * Runs `messages` in one session of the venue `venueId` (a folder under restaurants/) as the embedded
 * default does: rule understanding, an in-memory backend, a fixed clock. For dialog tests that read
 * real sentences end to end. Errors: the venue's load errors.
 */
export async function converse(venueId: string, messages: readonly string[]): Promise<RuleConversation> {
  const venue = loadVenue(venueId);
  const backend = new InMemoryBackend(venue.menu);
  const deps = {
    venue,
    understanding: createUnderstanding(venue.menu, venue.moods, venue.documents),
    backend,
    clock: fixedClock(),
    ids: sequentialIds(),
    config: createDialogConfig(),
  };
  let state: SessionState | undefined;
  const turns: TurnResult[] = [];
  for (const message of messages) {
    const turn = await handleTurn(state, message, deps);
    turns.push(turn);
    state = turn.state;
  }
  const cart = state?.cartId ? await backend.getCart(state.customerId, state.cartId) : undefined;
  return { turns, last: turns.at(-1) as TurnResult, cart: cart?.lines ?? [] };
}
