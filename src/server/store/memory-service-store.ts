import type { ServiceStore } from './service-store.ts';

type Values = Map<string, { value: string; expiresAt: number }>;

/**
 * ServiceStore in process memory: strings and lists with expiry, bounded in size. Session tokens are
 * kept apart from the other keys (client message ids, webhook ids, order maps), so a flood of those can
 * never evict a customer's token (which would end the conversation); tokens are bounded by `maxTokens`,
 * twice the memory session store's capacity by default, the least recently used evicted first.
 */
export class MemoryServiceStore implements ServiceStore {
  private readonly values: Values = new Map();
  private readonly tokens: Values = new Map();
  private readonly lists = new Map<string, { items: string[]; expiresAt: number }>();

  constructor(
    private readonly maxKeys = 200_000,
    private readonly maxTokens = 200_000,
  ) {}

  async saveTokenHash(sessionId: string, hash: string, ttl: number): Promise<void> {
    this.put(sessionId, hash, ttl, this.tokens, this.maxTokens);
  }
  async getTokenHash(sessionId: string): Promise<string | undefined> {
    return this.get(sessionId, this.tokens);
  }
  async touch(sessionId: string, ttl: number): Promise<void> {
    const hash = this.get(sessionId, this.tokens);
    if (hash !== undefined) this.put(sessionId, hash, ttl, this.tokens, this.maxTokens);
  }
  async mapOrder(orderId: string, sessionId: string, ttl: number): Promise<void> {
    this.put(`order:${orderId}`, sessionId, ttl);
  }
  async sessionForOrder(orderId: string): Promise<string | undefined> {
    return this.get(`order:${orderId}`);
  }
  async setOrderStatus(orderId: string, status: string, ttl: number): Promise<void> {
    this.put(`order-status:${orderId}`, status, ttl);
  }
  async getOrderStatus(orderId: string): Promise<string | undefined> {
    return this.get(`order-status:${orderId}`);
  }
  async enqueue(sessionId: string, json: string, ttl: number): Promise<void> {
    const key = `inbox:${sessionId}`;
    const list = this.liveList(key) ?? { items: [], expiresAt: 0 };
    list.items.push(json);
    if (list.items.length > 50) list.items.shift();
    list.expiresAt = Date.now() + ttl * 1000;
    this.lists.set(key, list);
  }
  async drain(sessionId: string): Promise<string[]> {
    const list = this.liveList(`inbox:${sessionId}`);
    this.lists.delete(`inbox:${sessionId}`);
    return list?.items ?? [];
  }
  async dequeue(sessionId: string, json: string): Promise<void> {
    const list = this.liveList(`inbox:${sessionId}`);
    if (list) list.items = list.items.filter((item) => item !== json);
  }
  async peek(sessionId: string): Promise<string[]> {
    return [...(this.liveList(`inbox:${sessionId}`)?.items ?? [])];
  }
  async markSeen(id: string, ttl: number): Promise<boolean> {
    if (this.get(`seen:${id}`) !== undefined) return false;
    this.put(`seen:${id}`, '1', ttl);
    return true;
  }
  async claimClientMessage(
    sessionId: string,
    clientMessageId: string,
    messageId: string,
    ttl: number,
  ): Promise<string | undefined> {
    const key = `cmid:${sessionId}:${clientMessageId}`;
    const earlier = this.get(key);
    if (earlier !== undefined) return earlier;
    this.put(key, messageId, ttl);
    return undefined;
  }
  async ping(): Promise<void> {}
  async close(): Promise<void> {}

  private put(key: string, value: string, ttl: number, map: Values = this.values, max = this.maxKeys): void {
    map.delete(key);
    if (map.size >= max) {
      const oldest = map.keys().next().value;
      if (oldest !== undefined) map.delete(oldest);
    }
    map.set(key, { value, expiresAt: Date.now() + ttl * 1000 });
  }
  private get(key: string, map: Values = this.values): string | undefined {
    const entry = map.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      map.delete(key);
      return undefined;
    }
    return entry.value;
  }
  private liveList(key: string): { items: string[]; expiresAt: number } | undefined {
    const list = this.lists.get(key);
    if (!list) return undefined;
    if (list.expiresAt <= Date.now()) {
      this.lists.delete(key);
      return undefined;
    }
    return list;
  }
}
