import { MaitreError } from './maitre-error.ts';

/**
 * The venue's knowledge could not answer (its index or the embeddings service failed). Code
 * `KNOWLEDGE_UNAVAILABLE`; the cause is kept. The dialog says it cannot look that up right now.
 */
export class KnowledgeUnavailableError extends MaitreError {
  constructor(message: string, options?: ErrorOptions) {
    super('KNOWLEDGE_UNAVAILABLE', message, undefined, options);
  }
}
