import { BoundedMemo } from '../state/bounded-memo.ts';
import { contentWords } from './search-documents.ts';
import { holdsWord, topicWords } from './topic-words.ts';

/**
 * A passage up to this many characters (or of at most two sentences) is quoted whole: the retriever's
 * chunks are whole paragraphs up to this size, and one sentence each beyond it.
 */
const WHOLE_PASSAGE_CHARS = 300;
/** At most this many sentences are kept of a longer passage (continuations aside). */
const MAX_SENTENCES = 3;
/** A sentence is kept when it scores at least this share of the best sentence's score. */
const KEEP_SHARE = 0.6;
/** A sentence that carries on from the one before ("After that we cannot…", "It is…"). */
const CONTINUES =
  /^(?:it|its|they|their|them|this|these|that|those|after that|otherwise|but|however|then|so)\b/i;

/** A passage's sentences (ICU's rules: "$3.49" or "e.g. a" never ends one), trimmed, in order. */
export function passageSentences(text: string): readonly string[] {
  const known = SENTENCES.get(text);
  if (known !== undefined) return known;
  const sentences = [...SEGMENTER.segment(text)].map((s) => s.segment.trim()).filter((s) => s.length > 0);
  return SENTENCES.set(text, Object.freeze(sentences));
}

/** One sentence segmenter for every passage (making one is costly; segmenting holds no state between calls). */
const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });
/** Sentences of the passages answered lately: the same passages answer question after question. */
const SENTENCES = new BoundedMemo<readonly string[]>(1024);

/**
 * The sentences of a long passage that answer the question: those holding the question's topic words
 * (`topicWords`, weighted by how few of the passage's sentences hold each), at most three, in the
 * passage's order, each with a following sentence that carries on from it ("After that…"). With `only`,
 * a sentence must also hold one of those words (an allergen asked about) when any does; with `keep`, the
 * sentences it accepts are the answer (a usual duration) when any is. A short passage, or one no sentence
 * of which holds a topic word, is returned whole: nothing tells which part answers.
 */
export function answeringSentences(
  question: string,
  text: string,
  options: { only?: readonly string[]; keep?: (sentence: string) => boolean } = {},
): string {
  if (text.length <= WHOLE_PASSAGE_CHARS) return text;
  const sentences = passageSentences(text);
  if (sentences.length <= 2) return text;
  const bags = sentences.map((s) => contentWords(s));
  let candidates = sentences.map((_, i) => i);
  if (options.keep) {
    const kept = candidates.filter((i) => options.keep?.(sentences[i] as string));
    if (kept.length > 0) return withContinuations(sentences, kept.slice(0, MAX_SENTENCES));
  }
  const only = (options.only ?? []).flatMap((w) => contentWords(w));
  if (only.length > 0) {
    const holding = candidates.filter((i) => only.every((w) => holdsWord(bags[i] as string[], w)));
    if (holding.length > 0) candidates = holding;
  }
  const words = [...new Set([...topicWords(question), ...only])];
  const df = (w: string) => bags.filter((b) => holdsWord(b, w)).length;
  const weight = new Map(words.map((w) => [w, Math.log(1 + sentences.length / Math.max(1, df(w)))]));
  const score = (i: number) =>
    words.reduce((sum, w) => sum + (holdsWord(bags[i] as string[], w) ? (weight.get(w) ?? 0) : 0), 0);
  const scores = new Map(candidates.map((i) => [i, score(i)]));
  const best = Math.max(0, ...scores.values());
  if (best === 0) return only.length > 0 && candidates.length < sentences.length ? pick(candidates) : text;
  const kept = [...candidates]
    .filter((i) => (scores.get(i) ?? 0) >= KEEP_SHARE * best)
    .sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || a - b)
    .slice(0, MAX_SENTENCES)
    .sort((a, b) => a - b);
  return withContinuations(sentences, kept);

  function pick(at: readonly number[]): string {
    return withContinuations(sentences, at.slice(0, MAX_SENTENCES));
  }
}

/** The kept sentences in order, each followed by the sentences that carry on from it. */
function withContinuations(sentences: readonly string[], kept: readonly number[]): string {
  const out = new Set<number>();
  for (const i of kept) {
    out.add(i);
    for (let k = i + 1; k < sentences.length && CONTINUES.test(sentences[k] as string); k++) out.add(k);
  }
  return [...out]
    .sort((a, b) => a - b)
    .map((i) => sentences[i])
    .join(' ');
}
