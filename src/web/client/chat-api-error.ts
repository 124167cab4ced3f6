import { MaitreError } from '../../errors/maitre-error.ts';

/**
 * A failed call to the bot API, seen from the page. `code` is the server's error code (docs/api.md)
 * or one of the page's own: NETWORK (no answer), BAD_RESPONSE (an answer the page cannot read),
 * STREAM_FAILED (the turn failed mid-reply).
 */
export class ChatApiError extends MaitreError {
  readonly status: number;
  /** Seconds to wait, from `Retry-After` on 429. */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: string, message: string, status: number, retryAfterSeconds?: number) {
    super(code, message, retryAfterSeconds === undefined ? undefined : { retryAfterSeconds });
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
