import { LanguageModelError } from './language-model-error.ts';

/**
 * The model sent nothing for `timeoutMs` milliseconds (no first byte, or a stream that stalled), or the
 * whole call took longer than its limit, after retries. Code `LLM_TIMEOUT`.
 */
export class ModelTimeoutError extends LanguageModelError {
  readonly timeoutMs: number;

  constructor(timeoutMs: number, model?: string, options?: ErrorOptions) {
    super(
      'LLM_TIMEOUT',
      `Language model timed out after ${timeoutMs} ms`,
      true,
      { timeoutMs, model },
      options,
    );
    this.timeoutMs = timeoutMs;
  }
}
