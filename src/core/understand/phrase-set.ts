import type { Token } from './normalize.ts';

/** A fixed set of word sequences, matched against token norms. Built once; matching allocates nothing. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const words = p.trim().split(/\s+/);
      const first = words[0] as string;
      const list = this.byFirst.get(first) ?? [];
      list.push(words);
      this.byFirst.set(first, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Index of the first token where a phrase starts, and its length; -1 when none. */
  find(tokens: readonly Token[], from = 0): { at: number; length: number } | undefined {
    for (let i = from; i < tokens.length; i++) {
      const len = this.matchAt(tokens, i);
      if (len > 0) return { at: i, length: len };
    }
    return undefined;
  }

  /** The phrases of one word (for typo matching of a lone word). */
  singleWords(): string[] {
    return [...this.byFirst.entries()].filter(([, list]) => list.some((w) => w.length === 1)).map(([w]) => w);
  }

  has(tokens: readonly Token[]): boolean {
    for (let i = 0; i < tokens.length; i++) if (this.matchAt(tokens, i) > 0) return true;
    return false;
  }

  /** Length of the longest phrase starting exactly at token `i`, 0 when none. */
  matchAt(tokens: readonly Token[], i: number): number {
    const list = this.byFirst.get((tokens[i] as Token | undefined)?.norm ?? '');
    if (!list) return 0;
    outer: for (const words of list) {
      for (let k = 1; k < words.length; k++) if (tokens[i + k]?.norm !== words[k]) continue outer;
      return words.length;
    }
    return 0;
  }
}
