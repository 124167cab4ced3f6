/**
 * A cached knowledge answer: the guarded text, and `grounding`, the quoted passages it was written from
 * (their sources and text): a hit is used only when this turn quotes exactly the same passages.
 */
export interface CachedReply {
  text: string;
  grounding: string;
}

/** Where knowledge answers are cached, keyed by prompt version, knowledge version and normalised question. */
export interface ReplyCache {
  get(key: string): CachedReply | undefined;
  set(key: string, value: CachedReply): void;
  readonly size: number;
}

/**
 * A bounded least-recently-used cache in process memory: at most `maxEntries` answers (default 1,000;
 * a few KB each), the least recently read one dropped first. A Map keeps insertion order, so a read
 * re-inserts the entry and the first key is the oldest. Per replica; a restart empties it.
 */
export class LruReplyCache implements ReplyCache {
  private readonly entries = new Map<string, CachedReply>();

  constructor(private readonly maxEntries = 1000) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): CachedReply | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: CachedReply): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}

/**
 * A question normalised for the cache: lower case, accents and punctuation dropped, whitespace
 * collapsed ("Do you deliver to Midtown?" and "do you deliver to midtown" share an answer).
 */
export function normaliseQuestion(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
