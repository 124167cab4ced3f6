import { MaitreError } from '../../errors/maitre-error.ts';

/** The embeddings service failed or answered something unexpected. Code `EMBEDDINGS_FAILED`. */
export class EmbeddingError extends MaitreError {
  constructor(message: string, details?: Record<string, unknown>, options?: ErrorOptions) {
    super('EMBEDDINGS_FAILED', message, details, options);
  }
}
