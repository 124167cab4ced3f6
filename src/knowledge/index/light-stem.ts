import pluralize from 'pluralize';

/**
 * A light English stemmer for full-text terms the index computes itself (Qdrant's sparse vectors):
 * the singular by `pluralize` ("deliveries" → "delivery", "closes" → "close"), then one of `-ing`
 * (words of 6+ letters) or `-ed` (5+), then a final `-e`, so "close", "closes", "closed" and "closing"
 * all give "clos". Words of three letters or fewer are kept. Input: one lower-case word; output: its stem.
 * Lighter than Snowball on purpose: it never merges words with different meanings ("news"/"new").
 */
export function lightStem(word: string): string {
  if (word.length <= 3 || !/^\p{L}+$/u.test(word)) return word;
  let stem = pluralize.singular(word);
  if (stem.length >= 6 && stem.endsWith('ing')) stem = stem.slice(0, -3);
  else if (stem.length >= 5 && stem.endsWith('ed')) stem = stem.slice(0, -2);
  if (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  return stem;
}
