import { LanguageModelError } from './language-model-error.ts';

/**
 * Why a model is unavailable: `circuit_open` (the breaker fails calls fast while the model keeps
 * failing), `server_error` (5xx after retries), `network` (connection refused, reset), `model_not_found`
 * (404, decommissioned: every fallback model tried), `stream_broken` (failed after text had already
 * been streamed to the caller, so it could not be retried), `rejected` (401/403: a bad or missing key).
 */
export type ModelUnavailableReason =
  | 'circuit_open'
  | 'server_error'
  | 'network'
  | 'model_not_found'
  | 'stream_broken'
  | 'rejected';

/**
 * The model cannot answer now. Code `LLM_UNAVAILABLE`; `reason` says why, `status` is the last HTTP
 * status when there was one. The caller sends the turn to the rule brain without waiting.
 */
export class ModelUnavailableError extends LanguageModelError {
  readonly reason: ModelUnavailableReason;
  readonly status: number | undefined;

  constructor(
    reason: ModelUnavailableReason,
    message: string,
    model?: string,
    status?: number,
    options?: ErrorOptions,
  ) {
    super(
      'LLM_UNAVAILABLE',
      `Language model unavailable (${reason}): ${message}`,
      reason !== 'model_not_found' && reason !== 'rejected',
      {
        reason,
        model,
        status,
      },
      options,
    );
    this.reason = reason;
    this.status = status;
  }
}
