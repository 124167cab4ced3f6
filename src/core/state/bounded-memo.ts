/**
 * Results of a pure function remembered by string key, for inputs that repeat from message to message
 * (words, phrases). Bounded by emptying it whole when it holds `limit` entries: no bookkeeping on a
 * hit, and a burst of new keys costs one recomputation each. Store `null` for "no result", since
 * `get` answers `undefined` for a key it does not hold.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();

  /** `limit`: entries held at most (a positive integer). */
  constructor(private readonly limit: number) {}

  /** The value remembered for `key`, or undefined. */
  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  /** Remembers `value` for `key` (emptying the memo first when full) and returns it. */
  set(key: string, value: V): V {
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }

  /** Forgets every entry (the function's inputs changed meaning, e.g. a phrase was added). */
  clear(): void {
    this.entries.clear();
  }
}
