import type {
  Embedder,
  IndexMatch,
  KnowledgeChunk,
  KnowledgeHit,
  KnowledgeIndex,
  KnowledgeQuery,
  KnowledgeRetriever,
} from '../../core/ports/knowledge-retriever.ts';
import { KnowledgeUnavailableError } from '../../errors/knowledge-unavailable-error.ts';
import { normalizeQuery, type QueryClock } from './normalize-query.ts';
import { confidence, coverage, queryTerms } from './match-confidence.ts';
import { reciprocalRankFusion } from './reciprocal-rank-fusion.ts';

/** Candidates each method contributes before fusion. */
export const CANDIDATES_PER_METHOD = 20;

/**
 * The KnowledgeRetriever over an Embedder and a KnowledgeIndex. The query is lower-cased, stripped of
 * punctuation, its chat spellings read and its relative days named (normalizeQuery); the index's full-text and vector searches (CANDIDATES_PER_METHOD each, the query's filter
 * passed down) are fused by reciprocal rank fusion (k = 60; Cormack et al. 2009) in `hybrid` mode (the
 * default), or used alone in `text` / `vector` mode. `score` is the RRF score (hybrid), BM25 (text) or
 * cosine (vector); `confidence` is comparable across modes (retrieve/match-confidence.ts). A failure of
 * the index or the embedder is a KnowledgeUnavailableError carrying the cause.
 */
export class HybridRetriever implements KnowledgeRetriever {
  /** `clock`: when questions are asked, for "today" / "tonight" / "tomorrow" (retrieve/normalize-query.ts). */
  constructor(
    private readonly embedder: Embedder,
    private readonly index: KnowledgeIndex,
    private readonly clock?: () => QueryClock,
  ) {}

  async search(query: KnowledgeQuery): Promise<KnowledgeHit[]> {
    const k = query.k ?? 5;
    const mode = query.mode ?? 'hybrid';
    const text = normalizeQuery(query.text, this.clock?.());
    if (text.length === 0 || k <= 0) return [];
    let textHits: IndexMatch[] = [];
    let vectorHits: IndexMatch[] = [];
    try {
      const [vector] = await this.embedder.embed([text]);
      if (vector === undefined) throw new Error('the embedder returned no vector');
      [textHits, vectorHits] = await Promise.all([
        mode === 'vector' ? Promise.resolve([]) : this.index.searchText(text, CANDIDATES_PER_METHOD, query.filter),
        this.index.searchVector(vector, CANDIDATES_PER_METHOD, query.filter),
      ]);
    } catch (error) {
      throw new KnowledgeUnavailableError(`knowledge search failed: ${(error as Error).message}`, { cause: error });
    }
    const chunks = new Map<string, KnowledgeChunk>();
    for (const m of [...textHits, ...vectorHits]) chunks.set(m.chunk.id, m.chunk);
    const cosine = new Map(vectorHits.map((m) => [m.chunk.id, m.score]));
    let ranked: { id: string; score: number }[];
    if (mode === 'text') ranked = textHits.map((m) => ({ id: m.chunk.id, score: m.score }));
    else if (mode === 'vector') ranked = vectorHits.map((m) => ({ id: m.chunk.id, score: m.score }));
    else ranked = reciprocalRankFusion([textHits.map((m) => m.chunk.id), vectorHits.map((m) => m.chunk.id)]);
    const terms = queryTerms(text);
    return ranked.slice(0, k).map(({ id, score }) => {
      const chunk = chunks.get(id)!;
      return { chunk, score, confidence: confidence(coverage(terms, chunk), cosine.get(id)) };
    });
  }
}
