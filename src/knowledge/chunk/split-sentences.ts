/**
 * Sentences of a paragraph by `Intl.Segmenter` (sentence granularity, Unicode UAX #29 rules as ICU applies
 * them), so "$3.99" or "e.g. a" never ends a sentence. Returns trimmed, non-empty sentences in order.
 */
export function splitSentences(text: string, locale = 'en'): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const sentences: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const s = segment.trim();
    if (s.length > 0) sentences.push(s);
  }
  return sentences;
}
