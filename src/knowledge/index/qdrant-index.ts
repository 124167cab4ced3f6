import { createHash } from 'node:crypto';
import { QdrantClient, type Schemas } from '@qdrant/js-client-rest';
import type {
  IndexedChunk,
  IndexMatch,
  KnowledgeChunk,
  KnowledgeFilter,
  KnowledgeIndex,
} from '../../core/ports/knowledge-retriever.ts';
import { KnowledgeIndexError, type KnowledgeIndexOperation } from '../../errors/index.ts';
import { checkVector } from './check-vector.ts';
import { KnowledgeChunkSchema } from './knowledge-chunk-schema.ts';
import { admittedDiets } from './match-knowledge-filter.ts';
import { documentSparseVector, querySparseVector, sharesQueryWord } from './sparse-text-vector.ts';

/**
 * `url`: the Qdrant REST endpoint (`QDRANT_URL`, e.g. `http://localhost:6333`); `apiKey`: its key, if
 * any (`QDRANT_API_KEY`). `collection`: one per venue; the collection is `maitre_<collection>` (lower
 * case, anything but `[a-z0-9_-]` becomes `_`) and its meta collection `…_meta`. `timeoutMs`: per
 * request (default 10 000). `client`: a ready client (tests); then `url` is not used.
 */
export interface QdrantIndexOptions {
  url?: string;
  apiKey?: string;
  collection: string;
  timeoutMs?: number;
  client?: QdrantClient;
}

/** The named dense vector (cosine) and the named sparse vector (full text, IDF) of every point. */
export const DENSE_VECTOR = 'dense';
export const TEXT_VECTOR = 'text';
/**
 * How many candidates a full-text query asks for, for `k` hits: trigram terms recall near spellings but
 * also chunks sharing a single trigram, which `sharesQueryWord` then drops (a `k × 4 + 20` window).
 */
const textWindow = (k: number): number => Math.floor(k) * 4 + 20;
/** Points per upsert request. */
const UPSERT_BATCH = 256;
/** Payload fields with a keyword index (the filters), and the boolean one. */
const KEYWORD_FIELDS = ['kind', 'document', 'diet', 'category', 'allergens'] as const;
const ALLERGENS_DECLARED = 'allergensDeclared';

/**
 * What a point carries: the whole chunk, and its filter fields at the top level where Qdrant's payload
 * indexes and conditions find them. `allergensDeclared` tells "no allergens" from "not said".
 */
interface ChunkPayload {
  chunk: KnowledgeChunk;
  kind: KnowledgeChunk['source']['kind'];
  document: string;
  diet?: string;
  category?: string;
  allergens?: string[];
  allergensDeclared: boolean;
}

/**
 * `KnowledgeIndex` on Qdrant, with the official REST client (`@qdrant/js-client-rest`).
 *
 * Collection `maitre_<collection>`: named vectors `dense` (the embedder's, cosine) and `text` (sparse,
 * `modifier: 'idf'`). The sparse vector is computed here (`sparse-text-vector.ts`): light stems weighted
 * by BM25 saturation, plus character trigrams of words of five letters or more for typo tolerance; Qdrant
 * multiplies by each term's IDF at query time, so `searchText` ranks like BM25 without length
 * normalisation. Of the candidates Qdrant returns, hits are those that share a stem with the query or
 * have a word one edit from a long query word (`sharesQueryWord`): the same rule as the pgvector index. Payload: the chunk plus `kind`, `document`, `diet`, `category`, `allergens` (keyword
 * indexes) and `allergensDeclared` (bool); filters become `must`/`must_not` conditions. Point ids are
 * UUIDs derived from the chunk id (SHA-256), so upserting the same id replaces. Meta: one point per key
 * in `maitre_<collection>_meta` (a 1-number vector, payload `{ key, value }`).
 *
 * `remove` counts the matching points, then deletes them by filter (two requests: a concurrent writer
 * may make the count approximate). A collection opened with other dimensions is deleted and created
 * again (its vectors came from another embedder). Errors: `KnowledgeIndexError` (`KNOWLEDGE_INDEX_FAILED`).
 */
export class QdrantIndex implements KnowledgeIndex {
  readonly name = 'qdrant';
  readonly #client: QdrantClient;
  readonly #collection: string;
  readonly #meta: string;
  #dimensions: number | undefined;

  constructor(options: QdrantIndexOptions) {
    const base = `maitre_${options.collection.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}`.slice(0, 200);
    this.#collection = base;
    this.#meta = `${base}_meta`;
    if (options.client !== undefined) this.#client = options.client;
    else if (options.url !== undefined)
      this.#client = new QdrantClient({
        url: options.url,
        ...(options.apiKey === undefined ? {} : { apiKey: options.apiKey }),
        timeout: options.timeoutMs ?? 10_000,
        checkCompatibility: false,
      });
    else throw new KnowledgeIndexError(this.name, 'open', 'give a url (QDRANT_URL) or a client');
  }

  /** The collection's name on the server. */
  get collection(): string {
    return this.#collection;
  }

  async open(dimensions: number): Promise<void> {
    if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 65_536)
      throw new KnowledgeIndexError(
        this.name,
        'open',
        `dimensions must be an integer in 1..65536, got ${dimensions}`,
      );
    await this.#run('open', async (client) => {
      let exists = (await client.collectionExists(this.#collection)).exists;
      if (exists) {
        const info = await client.getCollection(this.#collection);
        const vectors = info.config.params.vectors as Record<string, { size?: number }> | undefined;
        if (vectors?.[DENSE_VECTOR]?.size !== dimensions) {
          await client.deleteCollection(this.#collection);
          exists = false;
        }
      }
      if (!exists) {
        await client.createCollection(this.#collection, {
          vectors: { [DENSE_VECTOR]: { size: dimensions, distance: 'Cosine' } },
          sparse_vectors: { [TEXT_VECTOR]: { modifier: 'idf' } },
        });
        for (const field of KEYWORD_FIELDS)
          await client.createPayloadIndex(this.#collection, {
            field_name: field,
            field_schema: 'keyword',
            wait: true,
          });
        await client.createPayloadIndex(this.#collection, {
          field_name: ALLERGENS_DECLARED,
          field_schema: 'bool',
          wait: true,
        });
      }
      if (!(await client.collectionExists(this.#meta)).exists)
        await client.createCollection(this.#meta, { vectors: { size: 1, distance: 'Dot' } });
    });
    this.#dimensions = dimensions;
  }

  async upsert(entries: readonly IndexedChunk[]): Promise<void> {
    const dims = this.#opened('upsert');
    const byId = new Map<string, IndexedChunk>();
    for (const entry of entries) byId.set(entry.chunk.id, entry);
    const unique = [...byId.values()];
    for (const entry of unique) checkVector(this.name, 'upsert', entry.vector, dims);
    await this.#run('upsert', async (client) => {
      for (let start = 0; start < unique.length; start += UPSERT_BATCH) {
        const points = unique.slice(start, start + UPSERT_BATCH).map(({ chunk, vector }) => ({
          id: pointId(chunk.id),
          vector: {
            [DENSE_VECTOR]: [...vector],
            [TEXT_VECTOR]: documentSparseVector(`${chunk.context} ${chunk.text}`),
          },
          payload: payloadOf(chunk) as unknown as Record<string, unknown>,
        }));
        await client.upsert(this.#collection, { wait: true, points });
      }
    });
  }

  async remove(match: { document?: string; kind?: 'document' | 'menu' }): Promise<number> {
    this.#opened('remove');
    const must: Schemas['FieldCondition'][] = [];
    if (match.document !== undefined) must.push({ key: 'document', match: { value: match.document } });
    if (match.kind !== undefined) must.push({ key: 'kind', match: { value: match.kind } });
    if (must.length === 0)
      throw new KnowledgeIndexError(this.name, 'remove', 'name a document or a kind to remove');
    return this.#run('remove', async (client) => {
      const { count } = await client.count(this.#collection, { filter: { must }, exact: true });
      if (count > 0) await client.delete(this.#collection, { wait: true, filter: { must } });
      return count;
    });
  }

  async searchText(text: string, k: number, filter?: KnowledgeFilter): Promise<IndexMatch[]> {
    this.#opened('search');
    const sparse = querySparseVector(text);
    if (sparse.indices.length === 0 || k < 1) return [];
    const candidates = await this.#query(sparse, TEXT_VECTOR, textWindow(k), filter);
    return candidates
      .filter((m) => sharesQueryWord(text, `${m.chunk.context} ${m.chunk.text}`))
      .slice(0, Math.floor(k));
  }

  async searchVector(vector: readonly number[], k: number, filter?: KnowledgeFilter): Promise<IndexMatch[]> {
    const dims = this.#opened('search');
    checkVector(this.name, 'search', vector, dims);
    if (k < 1) return [];
    return this.#query([...vector], DENSE_VECTOR, k, filter);
  }

  async count(): Promise<number> {
    this.#opened('count');
    return this.#run(
      'count',
      async (client) => (await client.count(this.#collection, { exact: true })).count,
    );
  }

  async getMeta(key: string): Promise<string | undefined> {
    this.#opened('meta');
    return this.#run('meta', async (client) => {
      const [point] = await client.retrieve(this.#meta, { ids: [pointId(key)], with_payload: true });
      const value = point?.payload?.value;
      return typeof value === 'string' ? value : undefined;
    });
  }

  async setMeta(key: string, value: string): Promise<void> {
    this.#opened('meta');
    await this.#run('meta', async (client) => {
      await client.upsert(this.#meta, {
        wait: true,
        points: [{ id: pointId(key), vector: [1], payload: { key, value } }],
      });
    });
  }

  /** The REST client holds no connection of its own to end; the index just forgets it was opened. */
  async close(): Promise<void> {
    this.#dimensions = undefined;
  }

  async #query(
    query: number[] | { indices: number[]; values: number[] },
    using: string,
    k: number,
    filter: KnowledgeFilter | undefined,
  ): Promise<IndexMatch[]> {
    return this.#run('search', async (client) => {
      const conditions = qdrantFilter(filter);
      const { points } = await client.query(this.#collection, {
        query,
        using,
        limit: Math.floor(k),
        with_payload: true,
        ...(conditions === undefined ? {} : { filter: conditions }),
      });
      return points.map((p) => ({
        chunk: KnowledgeChunkSchema.parse((p.payload as { chunk?: unknown } | null | undefined)?.chunk),
        score: p.score,
      }));
    });
  }

  #opened(operation: KnowledgeIndexOperation): number {
    if (this.#dimensions === undefined)
      throw new KnowledgeIndexError(
        this.name,
        operation,
        'the index is not open (call open(dimensions) first)',
      );
    return this.#dimensions;
  }

  async #run<T>(operation: KnowledgeIndexOperation, work: (client: QdrantClient) => Promise<T>): Promise<T> {
    try {
      return await work(this.#client);
    } catch (error) {
      if (error instanceof KnowledgeIndexError) throw error;
      const problem = error instanceof Error ? error.message : String(error);
      throw new KnowledgeIndexError(this.name, operation, problem, { cause: error });
    }
  }
}

/** Makes a Qdrant index; nothing is requested until `open`. */
export function createQdrantIndex(options: QdrantIndexOptions): QdrantIndex {
  return new QdrantIndex(options);
}

/**
 * The Qdrant filter for a `KnowledgeFilter` (undefined: none). A missing payload field fails a `match`
 * condition, which gives the port's "a chunk without the field fails the filter"; `allergenFree` also
 * requires `allergensDeclared`.
 */
export function qdrantFilter(filter: KnowledgeFilter | undefined): Schemas['Filter'] | undefined {
  if (filter === undefined) return undefined;
  const must: Schemas['FieldCondition'][] = [];
  const mustNot: Schemas['FieldCondition'][] = [];
  if (filter.kind !== undefined) must.push({ key: 'kind', match: { value: filter.kind } });
  if (filter.diet !== undefined) must.push({ key: 'diet', match: { any: admittedDiets(filter.diet) } });
  if (filter.category !== undefined) must.push({ key: 'category', match: { value: filter.category } });
  if (filter.allergenFree !== undefined) {
    must.push({ key: ALLERGENS_DECLARED, match: { value: true } });
    if (filter.allergenFree.length > 0)
      mustNot.push({ key: 'allergens', match: { any: [...filter.allergenFree] } });
  }
  if (must.length === 0 && mustNot.length === 0) return undefined;
  return { ...(must.length > 0 ? { must } : {}), ...(mustNot.length > 0 ? { must_not: mustNot } : {}) };
}

function payloadOf(chunk: KnowledgeChunk): ChunkPayload {
  return {
    chunk,
    kind: chunk.source.kind,
    document: chunk.source.document,
    ...(chunk.diet === undefined ? {} : { diet: chunk.diet }),
    ...(chunk.category === undefined ? {} : { category: chunk.category }),
    ...(chunk.allergens === undefined ? {} : { allergens: chunk.allergens }),
    allergensDeclared: chunk.allergens !== undefined,
  };
}

/** A UUID (version-4 layout) from SHA-256 of `key`: Qdrant point ids are integers or UUIDs. */
export function pointId(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
