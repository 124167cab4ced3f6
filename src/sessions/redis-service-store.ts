import type { Redis } from 'ioredis';
import type { ServiceStore } from '../server/store/service-store.ts';

/** Notifications kept per session inbox (the oldest beyond go). */
const INBOX_LIMIT = 50;

/** Sessions whose token expiry this process extended recently (`touch`), at most this many. */
const TOUCHES_KEPT = 10_000;

/**
 * The bot service's bookkeeping in Redis (shared by replicas), every key under `prefix` with a TTL.
 *
 * `touch` sends an EXPIRE at most once per `touchEveryMs` (default a tenth of the TTL, at most 60 s) per
 * session and process, giving the token that much more than the TTL: a token then outlives, by at most
 * that, the session's last turn plus its TTL, never the other way round, and a session's turns within the
 * window send no command for it. (A token that outlives its session's state opens nothing: the state is
 * gone, the request answers 404.)
 */
export class RedisServiceStore implements ServiceStore {
  /** Session id → when (ms) the last EXPIRE sent by this process stops covering a turn's touch. */
  private readonly touched = new Map<string, number>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly touchEveryMs?: number,
    private readonly now: () => number = Date.now,
  ) {}

  async saveTokenHash(sessionId: string, hash: string, ttl: number): Promise<void> {
    await this.redis.set(this.k(`token:${sessionId}`), hash, 'EX', ttl);
  }
  async getTokenHash(sessionId: string): Promise<string | undefined> {
    return (await this.redis.get(this.k(`token:${sessionId}`))) ?? undefined;
  }
  async touch(sessionId: string, ttl: number): Promise<void> {
    const now = this.now();
    const covered = this.touched.get(sessionId);
    if (covered !== undefined && covered > now) return;
    const every = this.touchEveryMs ?? Math.min(60_000, ttl * 100);
    this.touched.delete(sessionId);
    if (this.touched.size >= TOUCHES_KEPT) {
      const oldest = this.touched.keys().next().value;
      if (oldest !== undefined) this.touched.delete(oldest);
    }
    this.touched.set(sessionId, now + every);
    try {
      await this.redis.expire(this.k(`token:${sessionId}`), ttl + Math.ceil(every / 1000));
    } catch (error) {
      this.touched.delete(sessionId);
      throw error;
    }
  }
  async mapOrder(orderId: string, sessionId: string, ttl: number): Promise<void> {
    await this.redis.set(this.k(`order:${orderId}`), sessionId, 'EX', ttl);
  }
  async sessionForOrder(orderId: string): Promise<string | undefined> {
    return (await this.redis.get(this.k(`order:${orderId}`))) ?? undefined;
  }
  async setOrderStatus(orderId: string, status: string, ttl: number): Promise<void> {
    await this.redis.set(this.k(`order-status:${orderId}`), status, 'EX', ttl);
  }
  async getOrderStatus(orderId: string): Promise<string | undefined> {
    return (await this.redis.get(this.k(`order-status:${orderId}`))) ?? undefined;
  }
  async enqueue(sessionId: string, json: string, ttl: number): Promise<void> {
    const key = this.k(`inbox:${sessionId}`);
    await Promise.all([
      this.redis.rpush(key, json),
      this.redis.ltrim(key, -INBOX_LIMIT, -1),
      this.redis.expire(key, ttl),
    ]);
  }
  async drain(sessionId: string): Promise<string[]> {
    const key = this.k(`inbox:${sessionId}`);
    // LPOP with a count (Redis ≥ 6.2) takes the whole inbox atomically in one command
    return (await this.redis.lpop(key, INBOX_LIMIT)) ?? [];
  }
  async dequeue(sessionId: string, json: string): Promise<void> {
    await this.redis.lrem(this.k(`inbox:${sessionId}`), 0, json);
  }
  async peek(sessionId: string): Promise<string[]> {
    return this.redis.lrange(this.k(`inbox:${sessionId}`), 0, -1);
  }
  async markSeen(id: string, ttl: number): Promise<boolean> {
    return (await this.redis.set(this.k(`seen:${id}`), '1', 'EX', ttl, 'NX')) === 'OK';
  }
  async claimClientMessage(
    sessionId: string,
    clientMessageId: string,
    messageId: string,
    ttl: number,
  ): Promise<string | undefined> {
    const key = this.k(`cmid:${sessionId}:${clientMessageId}`);
    const ok = await this.redis.set(key, messageId, 'EX', ttl, 'NX');
    if (ok === 'OK') return undefined;
    return (await this.redis.get(key)) ?? undefined;
  }
  async ping(): Promise<void> {
    await this.redis.ping();
  }
  async close(): Promise<void> {}

  private k(key: string): string {
    return this.prefix + key;
  }
}
