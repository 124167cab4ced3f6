import { distance } from 'fastest-levenshtein';
import type { KnowledgeChunk } from '../../core/ports/knowledge-retriever.ts';
import { conceptsOfStem, textFeatures } from '../embed/text-features.ts';

/**
 * How the confidence of a hit is made, 0..1, the same in every mode:
 *   confidence = COVERAGE_WEIGHT · coverage + (1 − COVERAGE_WEIGHT) · min(1, cosine / COSINE_FULL)
 * - coverage: the share of the query's content words (stop words out, stemmed) the chunk (text and heading
 *   path) covers: the same stem or its agent noun ("own" / "owner"), a stem one edit away for words of 5+ letters (a typo), or a lexicon
 *   concept the chunk also expresses ("bring" is covered by "Delivery"), alone or within a lexicon phrase
 *   of content words ("sit outside" is covered by "patio").
 * - cosine: the query vector's cosine with the chunk's (from the vector search; 0 when the chunk was not
 *   among its top hits), counted full at COSINE_FULL.
 * A query with no content word has coverage 0. Measured with the hashing embedder, hybrid top hit: on the
 * tuned eval set, right top hits p10 0.55 / median 0.82; wrong top hits (often a neighbouring passage)
 * median 0.68; 8 questions about nothing a venue publishes ("the capital of australia"), on both sample
 * venues, median 0.19, p90 0.28. A "not sure" threshold near 0.4 separates the last from the first.
 */
export const COVERAGE_WEIGHT = 0.6;
export const COSINE_FULL = 0.6;

export interface QueryTerms {
  stems: string[];
  concepts: Set<string>;
  /** Per stem, the concepts of the all-content-word lexicon phrase it sat in ("sit outside" → `outdoor`). */
  phraseConcepts: Map<string, Set<string>>;
}

/** The content stems and concepts of a query, read once per search. */
export function queryTerms(query: string): QueryTerms {
  const f = textFeatures(query);
  return {
    stems: [...new Set(f.stems)],
    concepts: new Set(f.concepts.keys()),
    phraseConcepts: f.phraseConcepts,
  };
}

/** A chunk's stems (as a set and a list) and concepts: what coverage compares a query against. */
interface ChunkTerms {
  stems: Set<string>;
  stemList: string[];
  concepts: Map<string, number>;
}

/** Chunk texts read at most this many at once before the memo starts afresh (a venue has hundreds). */
const CHUNK_TERMS_KEPT = 20_000;
const chunkTermsMemo = new Map<string, ChunkTerms>();

/**
 * The terms of a chunk's context and text, read once per distinct text (a pure function of the text, so
 * a memo keyed by the text itself is never stale, whatever the index holds now).
 */
function chunkTerms(chunk: KnowledgeChunk): ChunkTerms {
  const text = `${chunk.context}\n${chunk.text}`;
  let terms = chunkTermsMemo.get(text);
  if (terms === undefined) {
    const f = textFeatures(text);
    const stems = new Set(f.stems);
    terms = { stems, stemList: [...stems], concepts: f.concepts };
    if (chunkTermsMemo.size >= CHUNK_TERMS_KEPT) chunkTermsMemo.clear();
    chunkTermsMemo.set(text, terms);
  }
  return terms;
}

/** The share of the query's content words the chunk covers (see COVERAGE_WEIGHT's doc). */
export function coverage(query: QueryTerms, chunk: KnowledgeChunk): number {
  if (query.stems.length === 0) return 0;
  const { stems, stemList, concepts } = chunkTerms(chunk);
  let covered = 0;
  for (const s of query.stems) {
    if (stems.has(s) || stems.has(`${s}er`)) covered++;
    else if (s.length >= 5 && stemList.some((c) => Math.abs(c.length - s.length) <= 1 && distance(c, s) <= 1))
      covered++;
    else if (conceptsOfStem(s).some((c) => concepts.has(c))) covered++;
    else if ([...(query.phraseConcepts.get(s) ?? [])].some((c) => concepts.has(c))) covered++;
  }
  return covered / query.stems.length;
}

/** The confidence of one hit (see COVERAGE_WEIGHT's doc). */
export function confidence(coverageShare: number, cosine: number | undefined): number {
  const cos = Math.max(0, Math.min(1, (cosine ?? 0) / COSINE_FULL));
  const value = COVERAGE_WEIGHT * coverageShare + (1 - COVERAGE_WEIGHT) * cos;
  return Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000;
}
