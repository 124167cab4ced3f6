import type { Diet } from '../../domain/menu-schema.ts';

/**
 * Knowledge ports. The core sees only `KnowledgeRetriever`; `Embedder` and `KnowledgeIndex` are the
 * ports the knowledge adapters (`src/knowledge/`) are built from: an embedded index, Qdrant, pgvector.
 */

/** Where a chunk came from: what a reply cites. */
export interface KnowledgeSource {
  /** `document`: one of the venue's markdown files; `menu`: the backend's menu. */
  kind: 'document' | 'menu';
  /** The document's id (its file name without extension, e.g. `delivery`), or `menu`. */
  document: string;
  /** The document's title (its first heading), or `Menu`. */
  title: string;
  /** The heading the passage sits under (`Fees and minimums`); the title when there is none. */
  section: string;
  /** The menu item a menu chunk describes. */
  itemId?: string;
  /** A table row's table (`<document>#t<n>`): rows of one table are one answer, not several. */
  table?: string;
}

/**
 * One retrievable passage: a whole bullet, sentence, table row or menu item, never a cut one.
 * `text` is plain text (no Markdown) and is what a reply quotes; `context` (the heading path) is indexed
 * with it but not quoted.
 */
export interface KnowledgeChunk {
  /** Stable across rebuilds of unchanged input: `<document>#<n>` or `menu:<itemId>`. */
  id: string;
  text: string;
  /** Heading path, e.g. `Delivery Areas and Fees > Fees and minimums`. */
  context: string;
  source: KnowledgeSource;
  /** Menu chunks: the item's diet. */
  diet?: Diet;
  /** Menu chunks: the allergens the item contains (empty: none declared). */
  allergens?: string[];
  /** Menu chunks: the item's category id. */
  category?: string;
  /** Menu chunks: the backend menu version they were read from. */
  menuVersion?: string;
}

/**
 * Metadata filters. A chunk without the filtered field fails that filter (documents carry no diet), so a
 * diet filter returns menu chunks only. `diet: 'vegetarian'` admits vegan chunks.
 */
export interface KnowledgeFilter {
  kind?: 'document' | 'menu';
  diet?: Diet;
  /** Allergen ids none of which the chunk may contain. */
  allergenFree?: string[];
  category?: string;
}

/** How to rank: full text, vectors, or both fused by reciprocal rank fusion (the default). */
export type RetrievalMode = 'hybrid' | 'text' | 'vector';

export interface KnowledgeQuery {
  text: string;
  /** How many hits at most; default 5. */
  k?: number;
  filter?: KnowledgeFilter;
  mode?: RetrievalMode;
}

/** A ranked chunk. `score` is comparable within one mode only (RRF score for hybrid). */
export interface KnowledgeHit {
  chunk: KnowledgeChunk;
  score: number;
  /**
   * How sure the retriever is that this chunk answers the query, 0..1, comparable across modes: the
   * dialog says "I'm not sure" below its threshold.
   */
  confidence: number;
}

/** What the core asks the venue's knowledge (documents and menu). Errors: `KnowledgeUnavailableError`. */
export interface KnowledgeRetriever {
  search(query: KnowledgeQuery): Promise<KnowledgeHit[]>;
}

/** Text → vectors. Every vector has `dimensions` numbers and unit length. */
export interface Embedder {
  /** Names the model, so an index built by another model is rebuilt (`hashing-v1`, `openai:<model>`). */
  readonly id: string;
  readonly dimensions: number;
  embed(texts: readonly string[]): Promise<number[][]>;
}

/** A chunk with its vector, as an index stores it. */
export interface IndexedChunk {
  chunk: KnowledgeChunk;
  vector: number[];
}

/** A chunk an index found, with the index's own score (higher is better). */
export interface IndexMatch {
  chunk: KnowledgeChunk;
  score: number;
}

/**
 * Storage and search for chunks: an embedded index, Qdrant, pgvector. One contract suite
 * (`src/knowledge/index/knowledge-index.contract.ts`) runs against every adapter.
 */
export interface KnowledgeIndex {
  /** `embedded`, `pgvector`, `qdrant`. */
  readonly name: string;
  /** Creates the collection for vectors of `dimensions` numbers; idempotent. */
  open(dimensions: number): Promise<void>;
  /** Adds or replaces chunks by id. */
  upsert(entries: readonly IndexedChunk[]): Promise<void>;
  /** Removes the chunks of one document, or of one kind; returns how many went. */
  remove(match: { document?: string; kind?: 'document' | 'menu' }): Promise<number>;
  /** Full text with stemming and typo tolerance; best first. */
  searchText(text: string, k: number, filter?: KnowledgeFilter): Promise<IndexMatch[]>;
  /** Nearest by cosine similarity; best first. */
  searchVector(vector: readonly number[], k: number, filter?: KnowledgeFilter): Promise<IndexMatch[]>;
  count(): Promise<number>;
  /** Small persisted facts about what was indexed (menu version, embedder id, documents' hash). */
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
  /**
   * Runs `work` (a series of the calls above) as one change to what the index keeps on disk: an index
   * that saves its whole state as a file after every change (the embedded one) saves it once, when
   * `work` has settled, instead of after each call. Searches inside `work` see every change at once.
   * Optional: an index without it (a database, a server) takes each call as it comes. Errors: `work`'s.
   */
  batch?<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
