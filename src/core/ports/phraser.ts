import type { Act } from '../respond/acts.ts';
import type { LlmUsage } from './token-budget.ts';

/** What a phraser may know besides the acts: the wording seed, the venue's name, the recent exchanges. */
export interface PhraseContext {
  /** Seeds template variation: same session, turn and message → same words. */
  seed: string;
  venueName: string;
  /** The customer's message this turn, normalized. */
  message: string;
  /** The last exchanges before this turn, oldest first (`SessionState.history`). */
  history: ReadonlyArray<{ role: 'user' | 'bot'; text: string }>;
  /** Tokens (in + out) the session has spent on the model before this turn (`SessionState.llmUsage`). */
  sessionTokens?: number;
  /** Receives the usage of every model call the phraser makes (added to the turn's and session's totals). */
  recordUsage?: (usage: LlmUsage) => void;
}

/**
 * Turns a turn's acts into the reply's text. The default is the templates (src/core/respond/respond.ts,
 * `templatePhraser`); a model phraser (src/core/phrase/model-phraser.ts) is grounded only on the acts:
 * every item, price and total it may state is in them. Returns the whole text, or its deltas as they
 * are produced (tokens), or `null` when the templates should word this turn (their text and cards keep
 * their order). Throwing before its first delta (a {@link PhraseFallback} when it chose to) sends the
 * turn back to the templates. Cards are not the phraser's: the respond stage adds them from the acts
 * after the text.
 */
export interface Phraser {
  phrase(acts: readonly Act[], context: PhraseContext): string | AsyncIterable<string> | null;
}

/**
 * Thrown by a phraser before its first delta when it gives the turn back to the templates on purpose
 * (the model failed, or its text failed the output guard twice): respond renders the templates and logs
 * it at info level, not as a failure.
 */
export class PhraseFallback extends Error {
  override readonly name = 'PhraseFallback';
  constructor(readonly reason: string) {
    super(`phrasing fell back to the templates: ${reason}`);
  }
}
