import type { Act } from '../respond/acts.ts';

/** What a phraser may know besides the acts: the wording seed, the venue's name, the recent exchanges. */
export interface PhraseContext {
  /** Seeds template variation: same session, turn and message → same words. */
  seed: string;
  venueName: string;
  /** The customer's message this turn, normalized. */
  message: string;
  /** The last exchanges before this turn, oldest first (`SessionState.history`). */
  history: ReadonlyArray<{ role: 'user' | 'bot'; text: string }>;
}

/**
 * Turns a turn's acts into the reply's text. The default is the templates (src/core/respond/respond.ts,
 * `templatePhraser`); a model phraser (later, src/llm) is grounded only on the acts: every item, price and
 * total it may state is in them. Returns the whole text, or its deltas as they are produced (tokens).
 * Throwing (before its first delta) sends the turn back to the templates. Cards are not the phraser's:
 * the respond stage adds them from the acts after the text.
 */
export interface Phraser {
  phrase(acts: readonly Act[], context: PhraseContext): string | AsyncIterable<string>;
}
