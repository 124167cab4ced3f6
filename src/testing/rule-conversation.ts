import type { CartLine } from '../contract/backend-api.ts';
import { createDialogConfig } from '../core/config/dialog-config.ts';
import { handleTurn, type TurnResult } from '../core/handle-turn.ts';
import type { SessionState } from '../core/state/session-state.ts';
import { createUnderstanding } from '../core/understand/index.ts';
import { loadVenue } from '../domain/load-venue.ts';
import type { Venue } from '../domain/venue.ts';
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
 * The turn dependencies of the embedded default for the venue `venueId` (a folder under restaurants/):
 * rule understanding, a fixed clock, sequential ids and `backend` (by default a fresh in-memory backend
 * of the venue's menu; a test passes its own subclass to make the kitchen refuse). Errors: the venue's
 * load errors.
 */
export function ruleTurnDeps<B extends InMemoryBackend = InMemoryBackend>(
  venueId: string,
  backendOf: (menu: Venue['menu']) => B = (menu) => new InMemoryBackend(menu) as B,
) {
  const venue = loadVenue(venueId);
  return {
    venue,
    understanding: createUnderstanding(venue.menu, venue.moods, venue.documents),
    backend: backendOf(venue.menu),
    clock: fixedClock(),
    ids: sequentialIds(),
    config: createDialogConfig(),
  };
}

/**
 * Runs `messages` in one session of the venue `venueId` (a folder under restaurants/) as the embedded
 * default does: rule understanding, an in-memory backend, a fixed clock. For dialog tests that read
 * real sentences end to end. Errors: the venue's load errors.
 */
export async function converse(venueId: string, messages: readonly string[]): Promise<RuleConversation> {
  const deps = ruleTurnDeps(venueId);
  const { backend } = deps;
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

/** The text a turn said, its text events joined by spaces (for dialog tests reading the reply). */
export function replyText(turn: TurnResult): string {
  return turn.events
    .filter((e) => e.type === 'text')
    .map((e) => (e as { text: string }).text)
    .join(' ');
}
