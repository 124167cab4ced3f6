import { createHash } from 'node:crypto';
import type { MenuResponse } from '../../contract/backend-api.ts';
import type { BackendPort } from '../../core/ports/backend-port.ts';
import type { Clock } from '../../core/ports/clock.ts';
import type {
  Embedder,
  KnowledgeChunk,
  KnowledgeHit,
  KnowledgeIndex,
  KnowledgeQuery,
  KnowledgeRetriever,
} from '../../core/ports/knowledge-retriever.ts';
import { type Logger, silentLogger } from '../../core/ports/logger.ts';
import type { Venue } from '../../domain/venue.ts';
import { KnowledgeUnavailableError } from '../../errors/knowledge-unavailable-error.ts';
import { chunkDocuments } from '../chunk/chunk-documents.ts';
import { chunkMenu, quotableMenuText } from '../chunk/chunk-menu.ts';
import { HybridRetriever } from '../retrieve/hybrid-retriever.ts';

/** Bump when chunking or the embedded text changes, so persisted indexes are rebuilt. */
export const KNOWLEDGE_SCHEMA = 'chunks-v4';

/** Chunks embedded per embedder call. */
export const EMBED_BATCH = 64;

/** Meta keys the knowledge base keeps in its index. */
export const META = {
  schema: 'schema',
  embedder: 'embedder',
  documents: 'documentsHash',
  menu: 'menuVersion',
} as const;

/** Progress of a rebuild: chunks embedded and stored so far, of `total`. */
export type RebuildProgress = (done: number, total: number) => void;

export interface RebuildStats {
  documentChunks: number;
  menuChunks: number;
  menuVersion: string;
}

export interface KnowledgeBaseOptions {
  venue: Venue;
  backend: Pick<BackendPort, 'getMenu'>;
  index: KnowledgeIndex;
  embedder: Embedder;
  clock: Clock;
  logger?: Logger;
  /** The backend's menu version is read at most this often, on a search; default 30 s. */
  menuCheckEverySeconds?: number;
}

/**
 * A venue's knowledge: a KnowledgeRetriever that keeps its index fresh. `rebuild` re-indexes everything;
 * `ensureFresh` re-indexes only what changed (the embedder or chunk schema: everything; the documents'
 * hash: the documents; the backend's menu version: the menu). `close` closes the index.
 */
export interface KnowledgeBase extends KnowledgeRetriever {
  /**
   * What the index holds now: chunk schema, embedder, the documents' hash and the menu version indexed
   * (`''` before the first index). Changes whenever a document or the menu is re-indexed: the reply
   * cache keys knowledge answers by it, so a change never serves an answer written from the old text.
   */
  version(): string;
  rebuild(onProgress?: RebuildProgress): Promise<RebuildStats>;
  ensureFresh(onProgress?: RebuildProgress): Promise<void>;
  close(): Promise<void>;
}

/**
 * Characters of a chunk an embedder sees at most. A menu card lists the item's own facts first and its
 * option groups last; a long list of choices (80 toppings) would otherwise outweigh the item itself.
 */
export const EMBED_MAX_CHARS = 600;

/** The text an embedder sees for a chunk: its heading path, then its text, cut at EMBED_MAX_CHARS. */
export function embeddingText(chunk: KnowledgeChunk): string {
  return `${chunk.context}\n${chunk.text}`.slice(0, EMBED_MAX_CHARS);
}

/**
 * Opens the index for the embedder's dimensions and returns the venue's knowledge base. Nothing is
 * indexed until the first `search` or `ensureFresh` (a persisted index whose meta matches is used as is).
 * On a `search`, at most every `menuCheckEverySeconds` (by `clock`), the backend's menu version is read
 * and the menu chunks re-indexed when it changed, so a menu change shows without a restart; a failed
 * check is logged (`knowledge.menu.check_failed`) and the index kept. Errors: the index's and embedder's.
 */
export async function createKnowledgeBase(options: KnowledgeBaseOptions): Promise<KnowledgeBase> {
  const { venue, backend, index, embedder, clock } = options;
  const logger = options.logger ?? silentLogger;
  const checkEveryMs = (options.menuCheckEverySeconds ?? 30) * 1000;
  await index.open(embedder.dimensions);
  const timeZone = venue.menu.venue.timezone;
  // hits are remembered per version of the index (below): a re-indexed menu or documents forget them
  const retriever = new HybridRetriever(embedder, index, () => ({ now: clock.now(), timeZone }), {
    generation: () => (writing > 0 ? '' : `${writes}:${version()}`),
  });
  const documentChunks = chunkDocuments(venue.documents);
  const documentsHash = createHash('sha256')
    .update(JSON.stringify(documentChunks))
    .digest('hex')
    .slice(0, 16);
  const embedderKey = `${embedder.id}:${embedder.dimensions}`;
  let fresh = false;
  /** Index writes running, and begun or ended so far: hits found across a write are not remembered. */
  let writing = 0;
  let writes = 0;
  /** The menu version the index holds ('' until known). */
  let indexedMenu = '';
  let lastMenuCheck = Number.NEGATIVE_INFINITY;
  let pending: Promise<unknown> = Promise.resolve();

  /** Runs `work` as one change to what the index keeps on disk (`KnowledgeIndex.batch`), where it can. */
  const asOneChange = <T>(work: () => Promise<T>): Promise<T> =>
    index.batch === undefined ? work() : index.batch(work);

  /** Runs `task` after any running refresh, one at a time. */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = pending.then(task, task);
    pending = run.catch(() => undefined);
    return run;
  };

  const store = async (
    chunks: KnowledgeChunk[],
    progress: { done: number; total: number; on?: RebuildProgress },
  ) => {
    for (let i = 0; i < chunks.length; i += EMBED_BATCH) {
      const batch = chunks.slice(i, i + EMBED_BATCH);
      const vectors = await embedder.embed(batch.map(embeddingText));
      await index.upsert(batch.map((chunk, j) => ({ chunk, vector: vectors[j]! })));
      progress.done += batch.length;
      progress.on?.(progress.done, progress.total);
    }
  };

  /** Runs an index write, counted so that no hits found across it are remembered. */
  const writingIndex = async (write: () => Promise<void>): Promise<void> => {
    writing++;
    writes++;
    try {
      await write();
    } finally {
      writing--;
      writes++;
    }
  };

  const indexMenu = async (
    menu: MenuResponse,
    progress: { done: number; total: number; on?: RebuildProgress },
  ) => {
    const chunks = chunkMenu(menu);
    await writingIndex(async () => {
      await index.remove({ kind: 'menu' });
      await store(chunks, progress);
      await index.setMeta(META.menu, menu.version);
      indexedMenu = menu.version;
    });
    return chunks.length;
  };

  const indexDocuments = (progress: { done: number; total: number; on?: RebuildProgress }) =>
    writingIndex(async () => {
      await index.remove({ kind: 'document' });
      await store(documentChunks, progress);
      await index.setMeta(META.documents, documentsHash);
    });

  const rebuildNow = (onProgress?: RebuildProgress): Promise<RebuildStats> =>
    asOneChange(() => rebuildAll(onProgress));

  const rebuildAll = async (onProgress?: RebuildProgress): Promise<RebuildStats> => {
    const menu = await backend.getMenu();
    const progress = { done: 0, total: documentChunks.length + menu.items.length, on: onProgress };
    onProgress?.(0, progress.total);
    await index.setMeta(META.schema, '');
    await indexDocuments(progress);
    const menuChunks = await indexMenu(menu, progress);
    await index.setMeta(META.embedder, embedderKey);
    await index.setMeta(META.schema, KNOWLEDGE_SCHEMA);
    lastMenuCheck = clock.now().getTime();
    fresh = true;
    logger.info(
      { venue: venue.id, documentChunks: documentChunks.length, menuChunks },
      'knowledge.index.rebuilt',
    );
    return { documentChunks: documentChunks.length, menuChunks, menuVersion: menu.version };
  };

  const ensureFreshNow = (onProgress?: RebuildProgress): Promise<void> =>
    asOneChange(() => bringUpToDate(onProgress));

  const bringUpToDate = async (onProgress?: RebuildProgress): Promise<void> => {
    const [schema, embedderMeta, docsMeta, menuMeta] = await Promise.all([
      index.getMeta(META.schema),
      index.getMeta(META.embedder),
      index.getMeta(META.documents),
      index.getMeta(META.menu),
    ]);
    if (schema !== KNOWLEDGE_SCHEMA || embedderMeta !== embedderKey) {
      await rebuildNow(onProgress);
      return;
    }
    const menu = await backend.getMenu();
    const docsChanged = docsMeta !== documentsHash;
    const menuChanged = menuMeta !== menu.version;
    const progress = {
      done: 0,
      total: (docsChanged ? documentChunks.length : 0) + (menuChanged ? menu.items.length : 0),
      on: onProgress,
    };
    if (docsChanged) await indexDocuments(progress);
    if (menuChanged) {
      await indexMenu(menu, progress);
      logger.info({ venue: venue.id, menuVersion: menu.version }, 'knowledge.menu.reindexed');
    } else indexedMenu = menu.version;
    lastMenuCheck = clock.now().getTime();
    fresh = true;
  };

  const checkMenu = async (): Promise<void> => {
    const now = clock.now().getTime();
    if (now - lastMenuCheck < checkEveryMs) return;
    lastMenuCheck = now;
    try {
      const menu = await backend.getMenu();
      if ((await index.getMeta(META.menu)) === menu.version) {
        // a shared index another replica re-indexed: this one's version (and remembered hits) follow it
        indexedMenu = menu.version;
        return;
      }
      await asOneChange(() => indexMenu(menu, { done: 0, total: menu.items.length }));
      logger.info({ venue: venue.id, menuVersion: menu.version }, 'knowledge.menu.reindexed');
    } catch (error) {
      logger.warn({ venue: venue.id, err: (error as Error).message }, 'knowledge.menu.check_failed');
    }
  };

  const version = () => (fresh ? `${KNOWLEDGE_SCHEMA}:${embedderKey}:${documentsHash}:${indexedMenu}` : '');

  return {
    version,
    rebuild: (onProgress) => serial(() => rebuildNow(onProgress)),
    ensureFresh: (onProgress) => serial(() => ensureFreshNow(onProgress)),
    async search(query: KnowledgeQuery): Promise<KnowledgeHit[]> {
      if (!fresh) {
        try {
          await serial(() => (fresh ? Promise.resolve() : ensureFreshNow()));
        } catch (error) {
          throw new KnowledgeUnavailableError(`knowledge index not ready: ${(error as Error).message}`, {
            cause: error,
          });
        }
      } else if (clock.now().getTime() - lastMenuCheck >= checkEveryMs) await serial(checkMenu);
      // a menu card is found by its other names but quoted without them
      return (await retriever.search(query)).map((hit) =>
        hit.chunk.source.kind === 'menu'
          ? { ...hit, chunk: { ...hit.chunk, text: quotableMenuText(hit.chunk.text) } }
          : hit,
      );
    },
    close: () => serial(() => index.close()),
  };
}
