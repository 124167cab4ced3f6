import type { KnowledgeHit, KnowledgeQuery, KnowledgeRetriever } from '../core/ports/knowledge-retriever.ts';
import { type Logger, silentLogger } from '../core/ports/logger.ts';
import { KnowledgeUnavailableError } from '../errors/knowledge-unavailable-error.ts';
import { type CreateKnowledgeOptions, createKnowledge } from './create-knowledge.ts';
import type { KnowledgeBase } from './ingest/knowledge-base.ts';

/** After a failed start, a search tries again at most this often (ms). */
export const KNOWLEDGE_RETRY_MS = 30_000;

/** A knowledge base being opened and indexed in the background, usable at once. */
export interface StartedKnowledge {
  /** Searches once the base is ready; throws KnowledgeUnavailableError while it cannot be built. */
  retriever: KnowledgeRetriever;
  /** Settles when the current attempt to open and index finished (also when it failed: see `failed`). */
  ready(): Promise<void>;
  /** Why the last attempt failed; undefined when the base works. */
  failed(): Error | undefined;
  /** The index's version (`KnowledgeBase.version`), `''` while none is built: keys the reply cache. */
  version(): string;
  close(): Promise<void>;
}

/**
 * Opens the venue's knowledge base and indexes it in the background (`ensureFresh`), so a service starts
 * without waiting for embeddings. A search before the build finished waits for it. While opening or
 * building fails (index server down, embeddings unreachable), searches throw `KnowledgeUnavailableError`
 * at once and the dialog answers in its degraded mode; a search after `KNOWLEDGE_RETRY_MS` tries again.
 * Failures are logged as `knowledge.unavailable` (the error's message only: no question text).
 */
export function startKnowledge(options: CreateKnowledgeOptions): StartedKnowledge {
  const logger: Logger = options.logger ?? silentLogger;
  const now = () => options.clock?.now().getTime() ?? Date.now();
  let base: KnowledgeBase | undefined;
  let failure: Error | undefined;
  let failedAt = 0;
  const attempt = async () => {
    const started = Date.now();
    try {
      base ??= await createKnowledge(options);
      await base.ensureFresh();
      failure = undefined;
      logger.info({ venue: options.venue.id, ms: Date.now() - started }, 'knowledge.ready');
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      failedAt = now();
      logger.error({ venue: options.venue.id, err: failure.message }, 'knowledge.unavailable');
    }
  };
  let current = attempt();
  return {
    ready: () => current,
    failed: () => failure,
    version: () => base?.version() ?? '',
    retriever: {
      async search(query: KnowledgeQuery): Promise<KnowledgeHit[]> {
        await current;
        if (failure && now() - failedAt >= KNOWLEDGE_RETRY_MS) {
          current = attempt();
          await current;
        }
        if (!base || failure)
          throw new KnowledgeUnavailableError('the knowledge base is unavailable', { cause: failure });
        return base.search(query);
      },
    },
    close: async () => {
      await current;
      await base?.close();
    },
  };
}
