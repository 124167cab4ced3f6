import { MaitreError } from './maitre-error.ts';

/**
 * Base of the language-model failures (`src/core/ports/language-model.ts`). `retryable` says whether
 * the same request may succeed later; `model` names the model that failed (never the prompt or any
 * customer text). Every subclass has a stable code (docs/llm.md). The core answers a
 * turn whose model call failed with the rule brain.
 */
export class LanguageModelError extends MaitreError {
  readonly retryable: boolean;
  readonly model: string | undefined;

  constructor(
    code: string,
    message: string,
    retryable: boolean,
    details: Record<string, unknown> & { model?: string | undefined },
    options?: ErrorOptions,
  ) {
    super(code, message, details, options);
    this.retryable = retryable;
    this.model = details.model;
  }
}
