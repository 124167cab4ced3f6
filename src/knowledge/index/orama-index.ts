import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  type AnyOrama,
  count,
  create,
  getByID,
  insertMultiple,
  load,
  remove,
  save,
  search,
} from '@orama/orama';
import { persist, restore } from '@orama/plugin-data-persistence';
import { eng } from 'stopword';
import { z } from 'zod';
import type {
  IndexedChunk,
  IndexMatch,
  KnowledgeChunk,
  KnowledgeFilter,
  KnowledgeIndex,
} from '../../core/ports/knowledge-retriever.ts';
import { type Logger, silentLogger } from '../../core/ports/logger.ts';
import { KnowledgeIndexError } from '../../errors/knowledge-index-error.ts';
import { isStopWord, words } from '../embed/text-features.ts';
import { oramaWhere } from './orama-filter.ts';
import { useSparseVectorFind } from './sparse-vector-find.ts';

/** Query words at least this long are matched with one typo (Levenshtein distance 1); shorter ones exactly. */
export const TYPO_MIN_LENGTH = 5;

/** Cosine floor of a first vector pass (see searchVector). */
const VECTOR_PREFILTER = 0.2;

/** Weight of the heading path against the passage's own text in full-text scoring (BM25 per field). */
const CONTEXT_BOOST = 0.5;

const PersistedIndex = z.object({
  format: z.literal('maitre-knowledge-orama'),
  version: z.literal(1),
  dimensions: z.number().int().positive(),
  meta: z.record(z.string(), z.string()),
  orama: z.string(),
});

export interface OramaIndexOptions {
  /** A file to persist to (saved on every change, or once per `batch`; restored on open); in memory when absent. */
  file?: string;
  logger?: Logger;
}

interface StoredDoc {
  id: string;
  chunk: KnowledgeChunk;
}

/**
 * The embedded KnowledgeIndex on Orama (`@orama/orama`): BM25 full text over the chunk's text and its
 * heading path with English stemming, English stop words, and typo tolerance (distance 1) for words of
 * TYPO_MIN_LENGTH letters or more that the index does not hold as written; a brute-force cosine vector field; enum filters. With `file`, the
 * index and its meta are written by `@orama/plugin-data-persistence` (JSON) into one envelope file
 * after every change, or once per `batch` (written to a temporary file, then renamed) and restored on `open`; an unreadable
 * file or one of other dimensions is logged (`knowledge.index.restore_failed`) and started afresh.
 */
export class OramaIndex implements KnowledgeIndex {
  readonly name = 'embedded';
  private db: AnyOrama | undefined;
  private dimensions = 0;
  private meta = new Map<string, string>();
  private readonly logger: Logger;
  /** Batches running (`batch`), and whether a change inside them awaits saving. */
  private batches = 0;
  private unsaved = false;

  constructor(private readonly options: OramaIndexOptions = {}) {
    this.logger = options.logger ?? silentLogger;
  }

  async open(dimensions: number): Promise<void> {
    if (this.db !== undefined && this.dimensions === dimensions) return;
    this.dimensions = dimensions;
    this.db = createDb(dimensions);
    this.meta = new Map();
    if (this.options.file !== undefined) await this.restoreFrom(this.options.file);
  }

  async upsert(entries: readonly IndexedChunk[]): Promise<void> {
    const db = this.requireDb();
    const docs = [];
    for (const { chunk, vector } of entries) {
      if (vector.length !== this.dimensions) {
        throw new KnowledgeIndexError(
          this.name,
          'upsert',
          `a vector of ${vector.length} numbers; the index takes ${this.dimensions}`,
        );
      }
      if (getByID(db, chunk.id) !== undefined) await remove(db, chunk.id);
      docs.push(toDoc(chunk, vector));
    }
    await insertMultiple(db, docs, 1000);
    await this.persist();
  }

  async remove(match: { document?: string; kind?: 'document' | 'menu' }): Promise<number> {
    const db = this.requireDb();
    const clauses: Record<string, unknown>[] = [];
    if (match.document !== undefined) clauses.push({ document: { eq: match.document } });
    if (match.kind !== undefined) clauses.push({ kind: { eq: match.kind } });
    if (clauses.length === 0) return 0;
    const found = await search(db, { term: '', where: { and: clauses }, limit: count(db) + 1 });
    for (const hit of found.hits) await remove(db, hit.id);
    if (found.hits.length > 0) await this.persist();
    return found.hits.length;
  }

  async searchText(text: string, k: number, filter?: KnowledgeFilter): Promise<IndexMatch[]> {
    const db = this.requireDb();
    const where = oramaWhere(filter);
    const terms = [...new Set(words(text).filter((w) => !isStopWord(w)))];
    const scores = new Map<string, { chunk: KnowledgeChunk; score: number }>();
    // One search per word: BM25 is a sum over the query's terms, so summing the per-word scores ranks as
    // one search would, while each word gets its own typo tolerance. A word the index holds (by stem) is
    // taken as written; only a word it does not hold is looked up again one edit away (a typo), which
    // also spares the costly fuzzy lookup for common words on large indexes.
    const searchTerm = (term: string, tolerance: number) =>
      search(db, {
        term,
        properties: ['text', 'context'],
        boost: { context: CONTEXT_BOOST },
        tolerance,
        threshold: 1,
        limit: Math.max(k * 3, 50),
        // only the stored chunk is read: without this Orama copies every hit's document to blank its vector
        includeVectors: true,
        ...(where === undefined ? {} : { where }),
      });
    for (const term of terms) {
      let result = await searchTerm(term, 0);
      if (result.count === 0 && term.length >= TYPO_MIN_LENGTH) {
        const anywhere =
          where === undefined
            ? result
            : await search(db, { term, properties: ['text', 'context'], limit: 1, includeVectors: true });
        if (anywhere.count === 0) result = await searchTerm(term, 1);
      }
      for (const hit of result.hits) {
        const doc = hit.document as unknown as StoredDoc;
        const prior = scores.get(hit.id);
        if (prior === undefined) scores.set(hit.id, { chunk: doc.chunk, score: hit.score });
        else prior.score += hit.score;
      }
    }
    return [...scores.values()].sort((a, b) => b.score - a.score || compareIds(a.chunk, b.chunk)).slice(0, k);
  }

  async searchVector(vector: readonly number[], k: number, filter?: KnowledgeFilter): Promise<IndexMatch[]> {
    const db = this.requireDb();
    useSparseVectorFind(db, 'vector');
    const where = oramaWhere(filter);
    const run = async (similarity: number) =>
      search(db, {
        mode: 'vector',
        vector: { value: [...vector], property: 'vector' },
        similarity,
        limit: k,
        includeVectors: false,
        ...(where === undefined ? {} : { where }),
      });
    // Orama sorts every vector at or above `similarity`; a floor first keeps that sort small on large
    // indexes, and when fewer than k pass it the search runs again with none (k nearest, no floor).
    let result = await run(VECTOR_PREFILTER);
    if (result.hits.length < k) result = await run(-1);
    return result.hits.map((hit) => ({
      chunk: (hit.document as unknown as StoredDoc).chunk,
      score: hit.score,
    }));
  }

  async count(): Promise<number> {
    return count(this.requireDb());
  }

  async getMeta(key: string): Promise<string | undefined> {
    return this.meta.get(key);
  }

  async setMeta(key: string, value: string): Promise<void> {
    this.meta.set(key, value);
    await this.persist();
  }

  /**
   * Runs `work`, saving the index file once when it settles (also when it throws: what changed is
   * kept, as the calls outside a batch keep theirs), not after each change inside it. A rebuild at
   * start-up made ten writes of the whole index (2.4 MB each for spice-route); it now makes one.
   */
  async batch<T>(work: () => Promise<T>): Promise<T> {
    this.batches++;
    try {
      return await work();
    } finally {
      this.batches--;
      if (this.batches === 0 && this.unsaved && this.db !== undefined) await this.persist();
    }
  }

  async close(): Promise<void> {
    this.db = undefined;
  }

  private requireDb(): AnyOrama {
    if (this.db === undefined) throw new KnowledgeIndexError(this.name, 'search', 'the index is not open');
    return this.db;
  }

  private async persist(): Promise<void> {
    const file = this.options.file;
    if (file === undefined) return;
    if (this.batches > 0) {
      this.unsaved = true;
      return;
    }
    this.unsaved = false;
    const data = (await persist(this.requireDb(), 'json')) as string;
    const envelope = {
      format: 'maitre-knowledge-orama',
      version: 1,
      dimensions: this.dimensions,
      meta: Object.fromEntries(this.meta),
      orama: data,
    };
    await mkdir(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
    await writeFile(tmp, JSON.stringify(envelope));
    await rename(tmp, file);
  }

  private async restoreFrom(file: string): Promise<void> {
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch {
      return;
    }
    try {
      const envelope = PersistedIndex.parse(JSON.parse(raw));
      if (envelope.dimensions !== this.dimensions) {
        this.logger.warn(
          { had: envelope.dimensions, want: this.dimensions },
          'knowledge.index.restore_skipped',
        );
        return;
      }
      // The plugin restores into an Orama with default components; its data goes into ours, which has
      // our tokenizer (stemming, stop words).
      const restored = await restore<AnyOrama>('json', envelope.orama);
      load(this.requireDb(), save(restored));
      this.meta = new Map(Object.entries(envelope.meta));
    } catch (error) {
      this.db = createDb(this.dimensions);
      this.meta = new Map();
      this.logger.warn({ err: (error as Error).message }, 'knowledge.index.restore_failed');
    }
  }
}

function createDb(dimensions: number): AnyOrama {
  return create({
    schema: {
      text: 'string',
      context: 'string',
      kind: 'enum',
      document: 'enum',
      diet: 'enum',
      category: 'enum',
      allergens: 'enum[]',
      hasAllergenData: 'boolean',
      vector: `vector[${dimensions}]`,
    } as const,
    components: { tokenizer: { language: 'english', stemming: true, stopWords: [...eng] } },
  }) as unknown as AnyOrama;
}

function toDoc(chunk: KnowledgeChunk, vector: number[]): Record<string, unknown> {
  return {
    id: chunk.id,
    text: chunk.text,
    context: chunk.context,
    kind: chunk.source.kind,
    document: chunk.source.document,
    ...(chunk.diet === undefined ? {} : { diet: chunk.diet }),
    ...(chunk.category === undefined ? {} : { category: chunk.category }),
    ...(chunk.allergens === undefined ? {} : { allergens: chunk.allergens, hasAllergenData: true }),
    vector,
    chunk,
  };
}

function compareIds(a: KnowledgeChunk, b: KnowledgeChunk): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
