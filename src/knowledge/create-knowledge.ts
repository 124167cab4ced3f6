import { join } from 'node:path';
import type { BackendPort } from '../core/ports/backend-port.ts';
import { type Clock, systemClock } from '../core/ports/clock.ts';
import type { Embedder, KnowledgeIndex } from '../core/ports/knowledge-retriever.ts';
import { type Logger, silentLogger } from '../core/ports/logger.ts';
import type { Venue } from '../domain/venue.ts';
import { ConfigError } from '../errors/config-error.ts';
import { HashingEmbedder } from './embed/hashing-embedder.ts';
import { connectOpenAIEmbedder } from './embed/openai-embedder.ts';
import { OramaIndex } from './index/orama-index.ts';
import { createKnowledgeBase, type KnowledgeBase } from './ingest/knowledge-base.ts';

/** Which index stores the chunks: the embedded Orama file (default), PostgreSQL + pgvector, or Qdrant. */
export type KnowledgeIndexKind = 'embedded' | 'pgvector' | 'qdrant';

export interface CreateKnowledgeOptions {
  venue: Venue;
  backend: Pick<BackendPort, 'getMenu'>;
  /** The data directory: the embedded index persists to `<dataDir>/knowledge/<venue>.orama.json`; in memory when absent. */
  dataDir?: string;
  index?: KnowledgeIndexKind;
  /** PostgreSQL connection string, for `index: 'pgvector'`; absent: PGlite in `<dataDir>/knowledge/pglite` (in memory without a data directory). */
  databaseUrl?: string;
  /** Qdrant's URL and key, for `index: 'qdrant'`. */
  qdrant?: { url: string; apiKey?: string };
  /** An OpenAI-compatible embeddings server (EMBEDDINGS_BASE_URL, EMBEDDINGS_MODEL, EMBEDDINGS_API_KEY); the offline hashing embedder when absent. */
  embeddings?: { baseUrl: string; model: string; apiKey?: string; dimensions?: number };
  clock?: Clock;
  logger?: Logger;
  menuCheckEverySeconds?: number;
}

/**
 * The venue's knowledge base with the configured embedder and index (not yet indexed: the first search or
 * `ensureFresh()` does it). External indexes are imported only when chosen, from
 * `./index/pgvector-index.ts` (`createPgvectorIndex`) and `./index/qdrant-index.ts` (`createQdrantIndex`),
 * one collection per venue. Errors: ConfigError (`CONFIG_INVALID`) when a chosen index lacks its setting
 * or its adapter cannot be loaded; EmbeddingError when the embeddings server cannot be probed.
 */
export async function createKnowledge(options: CreateKnowledgeOptions): Promise<KnowledgeBase> {
  const logger = options.logger ?? silentLogger;
  const embedder: Embedder =
    options.embeddings === undefined
      ? new HashingEmbedder()
      : await connectOpenAIEmbedder(options.embeddings);
  const index = await openIndex(options, logger);
  return createKnowledgeBase({
    venue: options.venue,
    backend: options.backend,
    index,
    embedder,
    clock: options.clock ?? systemClock,
    logger,
    ...(options.menuCheckEverySeconds === undefined
      ? {}
      : { menuCheckEverySeconds: options.menuCheckEverySeconds }),
  });
}

async function openIndex(options: CreateKnowledgeOptions, logger: Logger): Promise<KnowledgeIndex> {
  const kind = options.index ?? 'embedded';
  const collection = options.venue.id;
  switch (kind) {
    case 'embedded':
      return new OramaIndex({
        ...(options.dataDir === undefined
          ? {}
          : { file: join(options.dataDir, 'knowledge', `${collection}.orama.json`) }),
        logger,
      });
    case 'pgvector': {
      const mod = await importAdapter<{
        createPgvectorIndex: (o: Record<string, unknown>) => KnowledgeIndex;
      }>('./index/pgvector-index.ts', 'createPgvectorIndex');
      // a server PostgreSQL when given; else PGlite (bundled pgvector) in the data directory, or in memory
      if (options.databaseUrl !== undefined)
        return mod.createPgvectorIndex({ runtime: 'pg', connectionString: options.databaseUrl, collection });
      return mod.createPgvectorIndex({
        runtime: 'pglite',
        ...(options.dataDir === undefined ? {} : { dataDir: join(options.dataDir, 'knowledge', 'pglite') }),
        collection,
      });
    }
    case 'qdrant': {
      if (options.qdrant === undefined)
        throw new ConfigError('QDRANT_URL', 'is required for the qdrant knowledge index');
      const mod = await importAdapter<{ createQdrantIndex: (o: Record<string, unknown>) => KnowledgeIndex }>(
        './index/qdrant-index.ts',
        'createQdrantIndex',
      );
      return mod.createQdrantIndex({ ...options.qdrant, collection });
    }
  }
}

async function importAdapter<T>(path: string, factory: string): Promise<T> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(path)) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(
      'KNOWLEDGE_INDEX',
      `adapter ${path} could not be loaded: ${(error as Error).message}`,
    );
  }
  if (typeof mod[factory] !== 'function')
    throw new ConfigError('KNOWLEDGE_INDEX', `adapter ${path} exports no ${factory}`);
  return mod as T;
}
