import type { RecordedStream, StreamStore } from './stream-store.ts';

interface Entry {
  sessionId: string;
  parts: string[];
  complete: boolean;
  expiresAt: number;
}

/** Reply streams in memory (one replica), expiring after their TTL; keeps at most `maxStreams`. */
export class MemoryStreamStore implements StreamStore {
  private readonly streams = new Map<string, Entry>();
  private readonly latestBySession = new Map<string, { messageId: string; expiresAt: number }>();

  constructor(private readonly maxStreams = 20_000) {}

  async begin(sessionId: string, messageId: string, ttlSeconds: number): Promise<void> {
    const expiresAt = Date.now() + ttlSeconds * 1000;
    if (this.streams.size >= this.maxStreams) {
      const oldest = this.streams.keys().next().value;
      if (oldest !== undefined) this.streams.delete(oldest);
    }
    this.streams.set(messageId, { sessionId, parts: [], complete: false, expiresAt });
    this.latestBySession.delete(sessionId);
    this.latestBySession.set(sessionId, { messageId, expiresAt });
    if (this.latestBySession.size > this.maxStreams) {
      const oldest = this.latestBySession.keys().next().value;
      if (oldest !== undefined) this.latestBySession.delete(oldest);
    }
  }

  async append(messageId: string, parts: string[]): Promise<void> {
    this.live(messageId)?.parts.push(...parts);
  }

  async complete(messageId: string): Promise<void> {
    const entry = this.live(messageId);
    if (entry) entry.complete = true;
  }

  async read(messageId: string, from = 0): Promise<RecordedStream | undefined> {
    const entry = this.live(messageId);
    if (!entry) return undefined;
    return {
      messageId,
      sessionId: entry.sessionId,
      parts: entry.parts.slice(from),
      complete: entry.complete,
    };
  }

  async latest(sessionId: string): Promise<string | undefined> {
    const entry = this.latestBySession.get(sessionId);
    if (!entry || entry.expiresAt <= Date.now()) return undefined;
    return entry.messageId;
  }

  private live(messageId: string): Entry | undefined {
    const entry = this.streams.get(messageId);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.streams.delete(messageId);
      return undefined;
    }
    return entry;
  }
}
