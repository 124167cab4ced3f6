import type { Redis } from 'ioredis';
import type { BotConfig } from '../config/parse-bot-config.ts';
import type { BotMetrics } from '../metrics/bot-metrics.ts';
import { ApiError } from './api-error.ts';
import { RedisWindowLimiter } from './redis-window-limiter.ts';
import { WindowLimiter } from './window-limiter.ts';

type Limiter = WindowLimiter | RedisWindowLimiter;

/**
 * Per-IP (every request), per-IP session creation and per-session (messages) limits per minute, in
 * memory (`WindowLimiter`: no timer per key) or Redis (`RedisWindowLimiter`: rate-limiter-flexible's
 * keys and counting, limited per replica while Redis fails).
 */
export class RateLimits {
  private readonly ip: Limiter;
  private readonly session: Limiter;
  private readonly sessionCreate: Limiter;

  constructor(
    config: BotConfig,
    private readonly metrics: BotMetrics,
    redis?: Redis,
  ) {
    const make = (points: number, scope: string): Limiter =>
      redis
        ? new RedisWindowLimiter(redis, points, 60, `${config.redisPrefix}rl:${scope}`)
        : new WindowLimiter(points, 60_000);
    this.ip = make(config.rateLimitPerIp, 'ip');
    this.session = make(config.rateLimitPerSession, 'session');
    this.sessionCreate = make(config.rateLimitSessionsPerIp, 'session_create');
  }

  /** One session creation by the client address `ip` (429 RATE_LIMITED, scope `session_create`). */
  consumeSessionCreate(ip: string): Promise<void> {
    return this.consume(this.sessionCreate, ip, 'session_create');
  }

  consumeIp(ip: string): Promise<void> {
    return this.consume(this.ip, ip, 'ip');
  }

  /**
   * `consumeIp` for a Fastify callback hook: calls `done()` when the request of `ip` is allowed, or
   * `done(error)` with the same 429 `ApiError`. In memory it answers at once, without a promise (one per
   * request otherwise); on Redis once the store answered.
   */
  consumeIpThen(ip: string, done: (error?: Error) => void): void {
    if (this.ip instanceof WindowLimiter) {
      const waitMs = this.ip.take(ip);
      if (waitMs > 0) done(this.limited('ip', waitMs));
      else done();
      return;
    }
    this.consumeIp(ip).then(() => done(), done);
  }

  consumeSession(sessionId: string): Promise<void> {
    return this.consume(this.session, sessionId, 'session');
  }

  private async consume(limiter: Limiter, key: string, scope: string): Promise<void> {
    const waitMs = limiter instanceof WindowLimiter ? limiter.take(key) : await limiter.take(key);
    if (waitMs > 0) throw this.limited(scope, waitMs);
  }

  private limited(scope: string, msBeforeNext: number): ApiError {
    this.metrics.rateLimited.inc({ scope });
    const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
    return new ApiError(
      429,
      'RATE_LIMITED',
      scope === 'ip'
        ? 'Too many requests from this address; slow down.'
        : scope === 'session_create'
          ? 'Too many new conversations from this address; wait a moment.'
          : 'Too many messages; wait a moment.',
      { scope, retryAfterSeconds: retryAfter },
      retryAfter,
    );
  }
}
