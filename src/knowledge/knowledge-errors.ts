import { MaitreError } from '../errors/maitre-error.ts';

/** The knowledge index failed or was misused (closed, a vector of the wrong size, a bad stored file). */
export class KnowledgeIndexError extends MaitreError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(code, `Knowledge index: ${message}`, details);
  }
}

/** The embeddings service failed or answered something unexpected. Code `EMBEDDINGS_FAILED`. */
export class EmbeddingError extends MaitreError {
  constructor(message: string, details?: Record<string, unknown>, options?: ErrorOptions) {
    super('EMBEDDINGS_FAILED', message, details, options);
  }
}
