import { MaitreError } from './maitre-error.ts';

/** What an index was doing when it failed. */
export type KnowledgeIndexOperation = 'open' | 'upsert' | 'remove' | 'search' | 'count' | 'meta' | 'close';

/**
 * A knowledge index (pgvector, Qdrant, embedded) could not do what was asked: the server is down, the
 * pgvector extension is missing, a vector has the wrong number of dimensions, a request was malformed.
 * Code `KNOWLEDGE_INDEX_FAILED`; `details` names the index and the operation (never the query text).
 * The retriever turns it into "I can't look that up right now".
 */
export class KnowledgeIndexError extends MaitreError {
  readonly index: string;
  readonly operation: KnowledgeIndexOperation;

  constructor(index: string, operation: KnowledgeIndexOperation, problem: string, options?: ErrorOptions) {
    super(
      'KNOWLEDGE_INDEX_FAILED',
      `Knowledge index ${index}: ${operation} failed: ${problem}`,
      { index, operation },
      options,
    );
    this.index = index;
    this.operation = operation;
  }
}
