import type { Embedder, KnowledgeChunk, RetrievalMode } from '../../src/core/ports/knowledge-retriever.ts';
import { loadVenue } from '../../src/domain/load-venue.ts';
import { HashingEmbedder } from '../../src/knowledge/embed/hashing-embedder.ts';
import { OramaIndex } from '../../src/knowledge/index/orama-index.ts';
import { createKnowledgeBase } from '../../src/knowledge/ingest/knowledge-base.ts';
import { fixedClock } from '../../src/testing/fixed-clock.ts';
import { InMemoryBackend } from '../../src/testing/in-memory-backend.ts';
import {
  ABSENT_DOCUMENT,
  type KnowledgeExpect,
  type KnowledgeQuestion,
  loadKnowledgeQuestions,
  normalizePassage,
} from './knowledge-questions.ts';

export const RETRIEVAL_MODES: readonly RetrievalMode[] = ['hybrid', 'text', 'vector'];

/** Recall at 1, 3 and 5 (share of questions whose expected chunk is in the top k) and mean reciprocal rank. */
export interface RetrievalScores {
  questions: number;
  recallAt1: number;
  recallAt3: number;
  recallAt5: number;
  mrr: number;
}

export interface RetrievalMiss {
  id: string;
  q: string;
  mode: RetrievalMode;
  /** Rank of the expected chunk in the top 5 (1-based), or null when absent. */
  rank: number | null;
  top: string[];
}

export interface RetrievalEvalResult {
  /** Per venue and per mode. */
  venues: Record<string, Record<RetrievalMode, RetrievalScores>>;
  /** All venues' questions together, per mode. */
  overall: Record<RetrievalMode, RetrievalScores>;
  /** Questions whose expected chunk is not first, per mode (for inspecting the tuned set only). */
  misses: RetrievalMiss[];
}

/**
 * The README's relevance rule (`normalizePassage` of knowledge-questions.ts): the chunk's source document
 * matches and its plain text contains one of the expected passages, or, for `document: menu`, its item
 * id is one of the expected. A table passage (cells joined by `|`) matches a row chunk that holds every
 * cell in order: row chunks put each cell after its column header ("Sunday: Delivery 12:00 pm – 8:30 pm").
 */
export function isExpectedChunk(chunk: KnowledgeChunk, expect: KnowledgeExpect): boolean {
  if (chunk.source.document !== expect.document) return false;
  if (expect.item !== undefined)
    return chunk.source.itemId !== undefined && expect.item.includes(chunk.source.itemId);
  const text = normalizePassage(chunk.text);
  return (expect.passage ?? []).some((passage) => {
    if (!passage.includes('|')) return text.includes(normalizePassage(passage));
    let from = 0;
    for (const cell of passage
      .split('|')
      .map(normalizePassage)
      .filter((c) => c.length > 0)) {
      const at = text.indexOf(cell, from);
      if (at < 0) return false;
      from = at + cell.length;
    }
    return true;
  });
}

/**
 * Runs the retrieval eval over the given question files (eval/knowledge/<venue>.yaml, or loaded questions of one venue each): for each venue
 * the knowledge base is built from the venue's documents and its menu (the in-memory backend), its clock
 * at the file's `askedAt` in the venue's time zone, with the
 * in-memory Orama index and the hashing embedder (or the one given), and every question is asked in hybrid, text and vector
 * mode (top 5). Returns recall@1/3/5 and MRR (over the top 5) per venue and mode and overall.
 */
export async function runRetrievalEval(
  files: readonly (string | readonly KnowledgeQuestion[])[],
  embedder: Embedder = new HashingEmbedder(),
): Promise<RetrievalEvalResult> {
  const venues: RetrievalEvalResult['venues'] = {};
  const ranksByMode = new Map<RetrievalMode, (number | null)[]>(RETRIEVAL_MODES.map((m) => [m, []]));
  const misses: RetrievalMiss[] = [];
  for (const entry of files) {
    // a question about something the venue does not offer has no expected chunk: not scored here
    const questions = (typeof entry === 'string' ? loadKnowledgeQuestions(entry) : entry).filter(
      (q) => q.expect.document !== ABSENT_DOCUMENT,
    );
    const venueId = questions[0]?.venue;
    if (venueId === undefined) continue;
    const venue = loadVenue(venueId);
    const clock = fixedClock(venueLocalToUtc(questions[0]!.askedAt, venue.menu.venue.timezone).toISOString());
    const kb = await createKnowledgeBase({
      venue,
      backend: new InMemoryBackend(venue.menu),
      index: new OramaIndex(),
      embedder,
      clock,
    });
    await kb.ensureFresh();
    const perMode = {} as Record<RetrievalMode, RetrievalScores>;
    for (const mode of RETRIEVAL_MODES) {
      const ranks: (number | null)[] = [];
      for (const question of questions) {
        const hits = await kb.search({ text: question.q, k: 5, mode });
        const at = hits.findIndex((h) => isExpectedChunk(h.chunk, question.expect));
        const rank = at < 0 ? null : at + 1;
        ranks.push(rank);
        if (rank !== 1)
          misses.push({ id: question.id, q: question.q, mode, rank, top: hits.map((h) => h.chunk.id) });
      }
      perMode[mode] = scoreRanks(ranks);
      ranksByMode.get(mode)!.push(...ranks);
    }
    venues[venueId] = perMode;
    await kb.close();
  }
  const overall = Object.fromEntries(
    RETRIEVAL_MODES.map((m) => [m, scoreRanks(ranksByMode.get(m)!)]),
  ) as Record<RetrievalMode, RetrievalScores>;
  return { venues, overall, misses };
}

/**
 * The instant a venue-local wall-clock time (`YYYY-MM-DDTHH:mm`) names in an IANA time zone (the offset
 * read from Intl at that instant; the hour skipped or repeated by a DST change resolves to one of its
 * readings).
 */
export function venueLocalToUtc(local: string, timeZone: string): Date {
  const guess = new Date(`${local}:00Z`).getTime();
  const offsetAt = (t: number): number => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
        .formatToParts(new Date(t))
        .map((p) => [p.type, p.value]),
    );
    const asUtc = Date.UTC(
      +parts.year!,
      +parts.month! - 1,
      +parts.day!,
      +parts.hour!,
      +parts.minute!,
      +parts.second!,
    );
    return asUtc - t;
  };
  const first = guess - offsetAt(guess);
  return new Date(guess - offsetAt(first));
}

/** Recall@1/3/5 and MRR of ranks (1-based, null when not in the top 5). */
export function scoreRanks(ranks: readonly (number | null)[]): RetrievalScores {
  const n = ranks.length;
  const within = (k: number) => (n === 0 ? 0 : ranks.filter((r) => r !== null && r <= k).length / n);
  const mrr = n === 0 ? 0 : ranks.reduce<number>((s, r) => s + (r === null ? 0 : 1 / r), 0) / n;
  return { questions: n, recallAt1: within(1), recallAt3: within(3), recallAt5: within(5), mrr };
}
