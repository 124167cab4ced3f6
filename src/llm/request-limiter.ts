import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ModelRateLimitedError } from '../errors/index.ts';
import type { RateLimitHeaders } from './rate-limit-headers.ts';

/** Settings of the client-side limiter. */
export interface RequestLimiterOptions {
  /** Local requests-per-minute cap; 0 = none. */
  requestsPerMinute: number;
  /** Local tokens-per-minute cap (estimated before the call, corrected after it); 0 = none. */
  tokensPerMinute: number;
  /** Longest wait in ms accepted before a call; a longer one throws `ModelRateLimitedError`. */
  maxWaitMs: number;
  /** Current time in ms (injectable for tests). */
  now: () => number;
  /** Waits `ms` (injectable for tests); rejects with the signal's reason when it aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const KEY = 'llm';

/**
 * The client-side limiter in front of every model call. Two sources, both enforced:
 * 1. local caps (`LLM_RPM`, `LLM_TPM`) with `rate-limiter-flexible`'s in-memory sliding minute
 *    (per process: set them to the account's limits divided by the replica count);
 * 2. what the provider last said (`x-ratelimit-remaining-requests/-tokens` and the matching
 *    `x-ratelimit-reset-*`): when the remaining requests are 0, or the remaining tokens fewer than the
 *    call's estimate, calls wait until the reset.
 * A wait up to `maxWaitMs` is slept; a longer one throws `ModelRateLimitedError` with the wait, at once,
 * so the turn falls back to the rule brain instead of stalling.
 */
export class RequestLimiter {
  private readonly requests: RateLimiterMemory | undefined;
  private readonly tokens: RateLimiterMemory | undefined;
  private requestsBlockedUntil = 0;
  private tokensRemaining: number | undefined;
  private tokensResetAt = 0;

  constructor(private readonly options: RequestLimiterOptions) {
    this.requests =
      options.requestsPerMinute > 0
        ? new RateLimiterMemory({ points: options.requestsPerMinute, duration: 60 })
        : undefined;
    this.tokens =
      options.tokensPerMinute > 0
        ? new RateLimiterMemory({ points: options.tokensPerMinute, duration: 60 })
        : undefined;
  }

  /**
   * Waits until a call estimated at `estimatedTokens` (input + output) may go, then counts it.
   * `signal` cuts a wait short (rejecting with its reason).
   * @throws ModelRateLimitedError when the wait would exceed `maxWaitMs`.
   */
  async acquire(estimatedTokens: number, model?: string, signal?: AbortSignal): Promise<void> {
    const wait = this.providerWaitMs(estimatedTokens);
    if (wait > 0) await this.waitOrThrow(wait, model, signal);
    await this.consume(this.requests, 1, model, signal);
    await this.consume(this.tokens, Math.min(estimatedTokens, this.options.tokensPerMinute), model, signal);
  }

  /** Corrects the local token count once the call's real usage is known (`actual - estimated` tokens). */
  async settle(estimatedTokens: number, actualTokens: number): Promise<void> {
    if (this.tokens === undefined) return;
    const diff = actualTokens - Math.min(estimatedTokens, this.options.tokensPerMinute);
    if (diff > 0) await this.tokens.penalty(KEY, diff);
    else if (diff < 0) await this.tokens.reward(KEY, -diff);
  }

  /** Records what the provider's headers say (from every answer, success or error). */
  observe(headers: RateLimitHeaders): void {
    const now = this.options.now();
    if (headers.remainingRequests === 0 && headers.resetRequestsMs !== undefined) {
      this.requestsBlockedUntil = now + headers.resetRequestsMs;
    }
    if (headers.remainingTokens !== undefined) {
      this.tokensRemaining = headers.remainingTokens;
      this.tokensResetAt = now + (headers.resetTokensMs ?? 0);
    }
  }

  /** Milliseconds to wait, per the provider's last headers, before a call of `estimatedTokens`. */
  providerWaitMs(estimatedTokens: number): number {
    const now = this.options.now();
    let wait = Math.max(0, this.requestsBlockedUntil - now);
    if (
      this.tokensRemaining !== undefined &&
      this.tokensRemaining < estimatedTokens &&
      this.tokensResetAt > now
    ) {
      wait = Math.max(wait, this.tokensResetAt - now);
    }
    return wait;
  }

  private async consume(
    limiter: RateLimiterMemory | undefined,
    points: number,
    model?: string,
    signal?: AbortSignal,
  ): Promise<void> {
    if (limiter === undefined || points <= 0) return;
    for (;;) {
      try {
        await limiter.consume(KEY, points);
        return;
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        await this.waitOrThrow(Math.max(1, error.msBeforeNext), model, signal);
      }
    }
  }

  private async waitOrThrow(ms: number, model?: string, signal?: AbortSignal): Promise<void> {
    if (ms > this.options.maxWaitMs) throw new ModelRateLimitedError(Math.ceil(ms), model);
    await this.options.sleep(ms, signal);
  }
}
