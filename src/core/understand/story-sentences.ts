import { CUES } from './cues.ts';
import type { Token } from './normalize.ts';

/** Tokens that end a sentence (a comma does not). */
const SENTENCE_END = new Set(['.', '!', '?']);

/** A line as the sentence reader needs it: its span in the normalized text and whether its count was said. */
interface SpannedLine {
  span: readonly [number, number];
  quantityExplicit: boolean;
}

/** The sentences of a message and which of them order. */
export interface MessageSentences {
  /** Sentence number of each token. */
  of: readonly number[];
  /** Number of sentences. */
  count: number;
  /** Sentences holding an order verb ("we would like", "can i get") or an order line with its count. */
  ordering: ReadonlySet<number>;
}

/**
 * Cuts a message into sentences at . ! ? and marks those that order. Long messages tell a story
 * around the order ("my sister flew in last night ... anyway we'd like 2 butter chicken"): the story's
 * sentences are the customer's, not requests. Pure.
 */
export function messageSentences(tokens: readonly Token[], lines: readonly SpannedLine[]): MessageSentences {
  const of: number[] = [];
  let k = 0;
  tokens.forEach((t, i) => {
    of[i] = k;
    if (t.punct && SENTENCE_END.has(t.norm) && i < tokens.length - 1) k++;
  });
  const ordering = new Set<number>();
  tokens.forEach((t, i) => {
    if (CUES.orderVerb.matchAt(tokens, i) > 0) ordering.add(of[i] as number);
    else if (lines.some((l) => l.quantityExplicit && t.start >= l.span[0] && t.end <= l.span[1]))
      ordering.add(of[i] as number);
  });
  return { of, count: k + 1, ordering };
}

/**
 * The tokens of story sentences: in a message of several sentences of which some order, a sentence
 * that neither orders nor asks (no "?", no question clause) is narrative ("the naan is actually fresh",
 * "my kitchen is a mess"): a dish it mentions in passing is not ordered and an unknown word in it is
 * no dish to ask about. `asks` marks question-clause tokens (`questionClauses`). Pure.
 */
export function storyTokens(sentences: MessageSentences, asks: readonly boolean[]): (i: number) => boolean {
  const { of, count, ordering } = sentences;
  if (count < 2 || ordering.size === 0) return () => false;
  const asking = new Set<number>();
  asks.forEach((a, i) => {
    if (a) asking.add(of[i] as number);
  });
  return (i) => {
    const s = of[i] as number;
    return !ordering.has(s) && !asking.has(s);
  };
}
