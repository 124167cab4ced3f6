import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { type RecordedStream, STREAMS_KEPT_PER_SESSION, type StreamStore } from './stream-store.ts';

/**
 * A completed reply whose stored text (`packText`) exceeds this (characters) is kept deflated; a smaller
 * one is kept as that text. Most replies are 1-4 KB (the open-loop mix: median 2.0 KB, 90th percentile 3.4 KB)
 * and deflating each cost about 3 % of the bot's CPU per turn; two kept per session as text add about
 * 4 KiB per session, within the 16 KiB goal.
 */
export const PACK_ABOVE_BYTES = 4096;

/**
 * Deflate at its fastest level: every completed reply is packed on the turn's path, and on replies of a
 * few kilobytes (JSON parts repeating their keys) level 1 packs about as small as the default level 6 in
 * about half the CPU time.
 */
const PACK_OPTIONS = { level: constants.Z_BEST_SPEED };

/**
 * A completed reply's parts as one text: joined by newlines when none has one (every part is JSON text
 * as JSON.stringify writes it, or `[DONE]`: an SSE `data:` line holds no newline), which costs a fraction
 * of JSON.stringify's escaping of every quote, else as a JSON array.
 */
function packText(parts: string[]): { text: string; joined: boolean } {
  let joined = parts.length > 0;
  // a plain loop: no callback per part on every completed reply
  for (let i = 0; joined && i < parts.length; i++) if ((parts[i] as string).includes('\n')) joined = false;
  return { text: joined ? parts.join('\n') : JSON.stringify(parts), joined };
}

/** The parts `packText` packed. */
function unpackText(text: string, joined: boolean): string[] {
  return joined ? text.split('\n') : (JSON.parse(text) as string[]);
}

interface Entry {
  sessionId: string;
  /** While the reply is produced: its parts as sent. */
  parts: string[];
  /** Once complete: the parts as one text (`packText`), deflated when large (`parts` is then empty). */
  packed: Buffer | string | undefined;
  /** How `packed` splits back into parts: at its newlines, or as a JSON array (`packText`). */
  joined: boolean;
  complete: boolean;
  expiresAt: number;
}

/**
 * Reply streams in memory (one replica), bounded per session in time and size: each expires after the
 * TTL given to `begin` (the bot gives REPLY_RETENTION_SECONDS), a session keeps its latest
 * STREAMS_KEPT_PER_SESSION streams (an older one is dropped when a new one begins), and a completed
 * stream is kept as one text, deflated when longer than PACK_ABOVE_BYTES. `maxStreams` bounds the total as a last resort.
 */
export class MemoryStreamStore implements StreamStore {
  private readonly streams = new Map<string, Entry>();
  /** Stream ids by session, oldest first; a session's entry moves to the end when it begins a stream. */
  private readonly bySession = new Map<string, { ids: string[]; expiresAt: number }>();

  constructor(private readonly maxStreams = 200_000) {}

  async begin(sessionId: string, messageId: string, ttlSeconds: number): Promise<void> {
    const expiresAt = Date.now() + ttlSeconds * 1000;
    // the session's record, reused: its streams still kept, in order, then this one
    const known = this.bySession.get(sessionId);
    const ids = known?.ids ?? [];
    let kept = 0;
    for (const id of ids) if (this.streams.has(id)) ids[kept++] = id;
    ids.length = kept;
    ids.push(messageId);
    while (ids.length > STREAMS_KEPT_PER_SESSION) {
      const old = ids.shift();
      if (old !== undefined) this.streams.delete(old);
    }
    // moved to the end: the map stays in order of each session's latest stream
    this.bySession.delete(sessionId);
    if (known) known.expiresAt = expiresAt;
    this.bySession.set(sessionId, known ?? { ids, expiresAt });
    if (this.streams.size >= this.maxStreams) {
      const oldest = this.streams.keys().next().value;
      if (oldest !== undefined) this.streams.delete(oldest);
    }
    this.streams.set(messageId, {
      sessionId,
      parts: [],
      packed: undefined,
      joined: false,
      complete: false,
      expiresAt,
    });
    if (this.bySession.size > this.maxStreams) {
      const oldest = this.bySession.keys().next().value;
      if (oldest !== undefined) this.bySession.delete(oldest);
    }
  }

  async append(messageId: string, parts: string[]): Promise<void> {
    const entry = this.live(messageId);
    if (!entry || entry.complete) return;
    entry.parts.push(...parts);
  }

  async complete(messageId: string, _ttlSeconds?: number, last?: readonly string[]): Promise<void> {
    const entry = this.live(messageId);
    if (!entry || entry.complete) return;
    if (last && last.length > 0) entry.parts.push(...last);
    entry.complete = true;
    const { text, joined } = packText(entry.parts);
    entry.packed = text.length > PACK_ABOVE_BYTES ? deflateRawSync(text, PACK_OPTIONS) : text;
    entry.joined = joined;
    entry.parts = [];
  }

  async read(messageId: string, from = 0): Promise<RecordedStream | undefined> {
    const entry = this.live(messageId);
    if (!entry) return undefined;
    const { packed } = entry;
    const parts =
      packed === undefined
        ? entry.parts
        : unpackText(typeof packed === 'string' ? packed : inflateRawSync(packed).toString(), entry.joined);
    return { messageId, sessionId: entry.sessionId, parts: parts.slice(from), complete: entry.complete };
  }

  async latest(sessionId: string): Promise<string | undefined> {
    const entry = this.bySession.get(sessionId);
    if (!entry || entry.expiresAt <= Date.now()) return undefined;
    return entry.ids.at(-1);
  }

  /**
   * Bytes the session's recorded replies take as stored (JSON text of live parts, the packed text of small
   * completed ones, deflated bytes of large ones): what `docs/api.md` bounds per session, and what the memory test measures.
   */
  storedBytes(sessionId: string): number {
    let bytes = 0;
    for (const id of this.bySession.get(sessionId)?.ids ?? []) {
      const entry = this.live(id);
      if (!entry) continue;
      bytes += entry.packed !== undefined ? entry.packed.length : JSON.stringify(entry.parts).length;
    }
    return bytes;
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
