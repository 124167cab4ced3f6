import { distance } from 'fastest-levenshtein';
import { eng } from 'stopword';
import { lightStem } from './light-stem.ts';

/** A sparse vector as Qdrant takes it: `indices` are unique uint32 term ids, ascending; `values` aligned. */
export interface SparseVector {
  indices: number[];
  values: number[];
}

/** Words of at least this many letters also get character-trigram terms (typo tolerance). */
export const TRIGRAM_MIN_LETTERS = 5;
/**
 * BM25's term-frequency saturation constant (Robertson & Zaragoza, "The Probabilistic Relevance
 * Framework", the usual 1.2): a term's weight in a chunk is `tf × (K1 + 1) / (tf + K1)`. There is no
 * length normalisation (chunks are one bullet or sentence each); Qdrant's `modifier: 'idf'` supplies the
 * inverse document frequency at query time.
 */
const K1 = 1.2;
/**
 * What all the trigram terms of one query word weigh together, against 1 for its stem: a word spelt
 * exactly scores 1 + 0.5, a word with one typo about 0.5 × the share of its trigrams that survive, so a
 * near spelling ranks below an exact one and above nothing.
 */
const TRIGRAMS_PER_WORD = 0.5;

const STOP_WORDS = new Set(eng);

/**
 * The sparse full-text vector of a chunk (its context and text): one term per distinct light stem
 * (`lightStem`), stop words dropped, weighted by BM25 saturation, plus one term per character trigram of
 * each word of {@link TRIGRAM_MIN_LETTERS}+ letters (with `^`/`$` marking the word's ends), weighted the
 * same. Term ids are FNV-1a hashes of `w:<stem>` and `g:<trigram>` (collisions add up).
 */
export function documentSparseVector(text: string): SparseVector {
  const counts = new Map<number, number>();
  for (const word of words(text)) {
    add(counts, termId(`w:${lightStem(word)}`), 1);
    for (const gram of trigrams(word)) add(counts, termId(`g:${gram}`), 1);
  }
  return toSparse(counts, (tf) => (tf * (K1 + 1)) / (tf + K1));
}

/**
 * The sparse vector of a query: each distinct stem weighs 1, the trigrams of each long word share
 * {@link TRIGRAMS_PER_WORD}. Empty (no indices) when the query has no word but stop words.
 */
export function querySparseVector(text: string): SparseVector {
  const weights = new Map<number, number>();
  for (const word of new Set(words(text))) {
    weights.set(termId(`w:${lightStem(word)}`), 1);
    const grams = [...new Set(trigrams(word))];
    for (const gram of grams) add(weights, termId(`g:${gram}`), TRIGRAMS_PER_WORD / grams.length);
  }
  return toSparse(weights, (w) => w);
}

/**
 * Whether a chunk's text (context and text) answers to a query word by word: a query word and a text
 * word share a light stem, or a query word of {@link TRIGRAM_MIN_LETTERS}+ letters is one edit
 * (Levenshtein) from a text word. The sparse vector's trigram terms only recall candidates (one shared
 * trigram is enough to be returned by Qdrant); this decides which of them are hits.
 */
export function sharesQueryWord(query: string, text: string): boolean {
  const textWords = new Set(words(text));
  const stems = new Set([...textWords].map(lightStem));
  return [...new Set(words(query))].some(
    (w) =>
      stems.has(lightStem(w)) ||
      ([...w].length >= TRIGRAM_MIN_LETTERS &&
        [...textWords].some((t) => Math.abs(t.length - w.length) <= 1 && distance(w, t) <= 1)),
  );
}

/** Lower-cased words of letters and digits, accents folded, stop words and lone letters (the s of "what's") dropped. */
function words(text: string): string[] {
  const found =
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return found.filter((w) => !STOP_WORDS.has(w) && !/^\p{L}$/u.test(w));
}

function trigrams(word: string): string[] {
  const letters = [...word];
  if (letters.length < TRIGRAM_MIN_LETTERS) return [];
  const marked = ['^', ...letters, '$'];
  const grams: string[] = [];
  for (let i = 0; i + 3 <= marked.length; i++) grams.push(marked.slice(i, i + 3).join(''));
  return grams;
}

function add(map: Map<number, number>, key: number, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function toSparse(terms: Map<number, number>, weight: (raw: number) => number): SparseVector {
  const indices = [...terms.keys()].sort((a, b) => a - b);
  return { indices, values: indices.map((i) => weight(terms.get(i) ?? 0)) };
}

/** 32-bit FNV-1a of the UTF-16 code units, as an unsigned integer (a Qdrant sparse index). */
function termId(term: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
