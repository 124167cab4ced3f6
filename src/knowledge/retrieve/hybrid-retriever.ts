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
import { askedAnswerTypes, holdsAnswerType } from './answer-type.ts';
import { confidence, coverage, queryTerms } from './match-confidence.ts';
import { normalizeQuery, type QueryClock } from './normalize-query.ts';
import { RRF_K, reciprocalRankFusion } from './reciprocal-rank-fusion.ts';

/**
 * Weight of query coverage (retrieve/match-confidence.ts) added to a fused candidate's score in hybrid
 * mode: a light rerank of the fused candidates that lifts a passage covering more of the question's
 * words and concepts over one that only sits high in one list. Fused scores run about 0.012 … 0.033
 * (0.7/61 … 1.7/61), so 0.02 moves a candidate a few places, rarely from the bottom to the top. Tuned on
 * the tuned eval set (hybrid recall@3 while tuning: 0 → 0.871, 0.01 → 0.897, 0.02 → 0.901, 0.03 → 0.901).
 */
export const COVERAGE_RERANK = 0.02;

/**
 * Weights of the full-text and vector lists in the fusion (weighted RRF: weight / (60 + rank)). Customers
 * paraphrase, so the vector list (words, typos and concepts) is the better ranker on the tuned eval set
 * (recall@3 0.868 vs 0.798 alone); full text still contributes exact names and numbers. Hybrid recall@3:
 * text weight 1 → 0.894, 0.85 → 0.897, 0.7 → 0.901, 0.5 → 0.901 (while tuning).
 */
export const FUSION_WEIGHTS = { text: 0.7, vector: 1 } as const;

/**
 * Score added in hybrid mode to a fused candidate that holds the kind of value the question asks for
 * (retrieve/answer-type.ts: "how long" → a duration, "how much" → money, "what time" → a clock time).
 * Comparable to COVERAGE_RERANK: it breaks ties between neighbouring passages of one topic. Tuned on the
 * tuned eval set (hybrid recall@1 / @3: 0 → 0.742 / 0.901, 0.003 → 0.762 / 0.907, 0.006 → 0.765 /
 * 0.901, 0.01 → 0.768 / 0.901, 0.015 → 0.765 / 0.901). Menu chunks are left out: every one holds a
 * price and numbers, so the kind of value says nothing there (0.768 / 0.911 with them left out).
 */
export const ANSWER_TYPE_RERANK = 0.01;

/** Candidates each method contributes before fusion. */
export const CANDIDATES_PER_METHOD = 20;

/** Questions whose hits are remembered (least recently asked dropped first); a few KB each. */
export const HITS_MEMO_ENTRIES = 500;

/**
 * Remembering hits: `generation()` names what the index holds now (the knowledge base's version: chunk
 * schema, embedder, documents, menu version); hits are reused only within one generation, and '' (not
 * known yet) remembers nothing.
 */
export interface HitsMemo {
  generation: () => string;
  entries?: number;
}

/**
 * The KnowledgeRetriever over an Embedder and a KnowledgeIndex. The query is lower-cased, stripped of
 * punctuation, its chat spellings read and its relative days named (normalizeQuery); the index's full-text and vector searches (CANDIDATES_PER_METHOD each, the query's filter
 * passed down) are fused by reciprocal rank fusion (k = 60; Cormack et al. 2009) in `hybrid` mode (the
 * default; weighted, FUSION_WEIGHTS, then a light coverage rerank, COVERAGE_RERANK), or used alone in
 * `text` / `vector` mode. `score` is the RRF score (hybrid), BM25 (text) or
 * cosine (vector); `confidence` is comparable across modes (retrieve/match-confidence.ts). A failure of
 * the index or the embedder is a KnowledgeUnavailableError carrying the cause. With a `memo`, the hits of a
 * question (its normalised text, k, mode and filter) are remembered within one generation of the index:
 * customers ask the same few questions, and a search costs about a millisecond of CPU (embedding, two
 * index searches, coverage of every candidate). Each caller gets its own list and hit objects.
 */
export class HybridRetriever implements KnowledgeRetriever {
  private readonly remembered = new Map<string, KnowledgeHit[]>();
  private rememberedGeneration = '';

  /** `clock`: when questions are asked, for "today" / "tonight" / "tomorrow" (retrieve/normalize-query.ts). */
  constructor(
    private readonly embedder: Embedder,
    private readonly index: KnowledgeIndex,
    private readonly clock?: () => QueryClock,
    private readonly memo?: HitsMemo,
  ) {}

  async search(query: KnowledgeQuery): Promise<KnowledgeHit[]> {
    const k = query.k ?? 5;
    const mode = query.mode ?? 'hybrid';
    const text = normalizeQuery(query.text, this.clock?.());
    if (text.length === 0 || k <= 0) return [];
    const generation = this.memo?.generation() ?? '';
    if (generation === '') return this.searchIndex(text, k, mode, query);
    if (generation !== this.rememberedGeneration) {
      this.remembered.clear();
      this.rememberedGeneration = generation;
    }
    const key = `${mode}\u0000${k}\u0000${query.filter ? JSON.stringify(query.filter) : ''}\u0000${text}`;
    const known = this.remembered.get(key);
    if (known !== undefined) {
      this.remembered.delete(key);
      this.remembered.set(key, known);
      return known.map((hit) => ({ ...hit }));
    }
    const hits = await this.searchIndex(text, k, mode, query);
    // the index changed while it searched: these hits may mix generations, keep none
    if (this.memo?.generation() !== generation) return hits;
    if (this.remembered.size >= (this.memo?.entries ?? HITS_MEMO_ENTRIES))
      this.remembered.delete(this.remembered.keys().next().value as string);
    this.remembered.set(
      key,
      hits.map((hit) => ({ ...hit })),
    );
    return hits;
  }

  private async searchIndex(
    text: string,
    k: number,
    mode: NonNullable<KnowledgeQuery['mode']>,
    query: KnowledgeQuery,
  ): Promise<KnowledgeHit[]> {
    let textHits: IndexMatch[] = [];
    let vectorHits: IndexMatch[] = [];
    try {
      const [vector] = await this.embedder.embed([text]);
      if (vector === undefined) throw new Error('the embedder returned no vector');
      [textHits, vectorHits] = await Promise.all([
        mode === 'vector'
          ? Promise.resolve([])
          : this.index.searchText(text, CANDIDATES_PER_METHOD, query.filter),
        this.index.searchVector(vector, CANDIDATES_PER_METHOD, query.filter),
      ]);
    } catch (error) {
      throw new KnowledgeUnavailableError(`knowledge search failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
    const chunks = new Map<string, KnowledgeChunk>();
    for (const m of [...textHits, ...vectorHits]) chunks.set(m.chunk.id, m.chunk);
    const cosine = new Map(vectorHits.map((m) => [m.chunk.id, m.score]));
    let ranked: { id: string; score: number }[];
    if (mode === 'text') ranked = textHits.map((m) => ({ id: m.chunk.id, score: m.score }));
    else if (mode === 'vector') ranked = vectorHits.map((m) => ({ id: m.chunk.id, score: m.score }));
    else
      ranked = reciprocalRankFusion(
        [textHits.map((m) => m.chunk.id), vectorHits.map((m) => m.chunk.id)],
        RRF_K,
        [FUSION_WEIGHTS.text, FUSION_WEIGHTS.vector],
      );
    const terms = queryTerms(text);
    const scored = ranked.map(({ id, score }) => {
      const chunk = chunks.get(id)!;
      const covered = coverage(terms, chunk);
      return { chunk, score, covered, confidence: confidence(covered, cosine.get(id)) };
    });
    if (mode === 'hybrid' && COVERAGE_RERANK > 0) {
      const asked = askedAnswerTypes(text);
      for (const hit of scored) {
        hit.score += COVERAGE_RERANK * hit.covered;
        if (
          asked.length > 0 &&
          hit.chunk.source.document !== 'menu' &&
          holdsAnswerType(hit.chunk.text, asked)
        )
          hit.score += ANSWER_TYPE_RERANK;
      }
      scored.sort((a, b) => b.score - a.score);
    }
    return scored.slice(0, k).map(({ chunk, score, confidence }) => ({ chunk, score, confidence }));
  }
}
