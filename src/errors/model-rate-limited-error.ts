import { LanguageModelError } from './language-model-error.ts';

/**
 * The provider (HTTP 429) or the client-side limiter refused the call and the wait it asks for is longer
 * than the caller is willing to stall a turn. Code `LLM_RATE_LIMITED`; `retryAfterMs` is the wait in
 * milliseconds the provider asked for (`retry-after`, `retry-after-ms` or `x-ratelimit-reset-*`), or the
 * limiter computed.
 */
export class ModelRateLimitedError extends LanguageModelError {
  readonly retryAfterMs: number;

  constructor(retryAfterMs: number, model?: string, options?: ErrorOptions) {
    super(
      'LLM_RATE_LIMITED',
      `Language model rate limited: retry after ${retryAfterMs} ms`,
      true,
      { retryAfterMs, model },
      options,
    );
    this.retryAfterMs = retryAfterMs;
  }
}
