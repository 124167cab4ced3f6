/**
 * Phrases that say the customer has ordered all they want ("nothing else", "that is all", "all set"),
 * written with contractions expanded as the understanding's tokens read them. The one source of these
 * words: the checkout cue (`CUES.checkout`) and the whole-message test `closesOrder` are built from it.
 */
export const ORDER_COMPLETE: readonly string[] = [
  'nothing else',
  'that is all',
  'that is it',
  'that will be all',
  'that is everything',
  'i am finished',
  'all set',
];

/** Contractions a written message may use for the expanded words of {@link ORDER_COMPLETE}. */
const CONTRACTED: ReadonlyArray<[RegExp, string]> = [
  [/^that is /, "that'?(?:s| is) "],
  [/^that will /, "that'?(?:ll| will) "],
  [/^i am /, "(?:i'?m |i am )"],
];

/**
 * The regular-expression source matching an expanded phrase as written, contracted or not ("that is
 * all" → "that's all", "thats all", "that is all"). Pure.
 */
export function writtenPattern(phrase: string): string {
  for (const [expanded, written] of CONTRACTED)
    if (expanded.test(phrase)) return phrase.replace(expanded, written);
  return phrase;
}
