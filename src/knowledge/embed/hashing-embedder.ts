import type { Embedder } from '../../core/ports/knowledge-retriever.ts';
import { CONCEPT_LEXICON } from './concept-lexicon.ts';
import { textFeatures } from './text-features.ts';

/**
 * Shares of the three blocks of the vector in a cosine (they sum to 1): each block is scaled to length
 * √share, so cos(a, b) = Σ share × cos(block a, block b) when both texts have every block.
 */
export interface HashingShares {
  /** Stemmed content words and bigrams of adjacent ones (bigram weight `bigramWeight`). */
  words: number;
  /** Character 3- and 4-grams of content words, with `<` `>` boundary marks: typo tolerance. */
  chargrams: number;
  /** Concepts of the lexicon the text expresses (embed/concept-lexicon.ts), one dimension each. */
  concepts: number;
}

/** Tuned on the tuned eval set only (eval/knowledge/<venue>.yaml). */
export const DEFAULT_HASHING_SHARES: HashingShares = { words: 0.45, chargrams: 0.2, concepts: 0.35 };

/** A bigram's weight against a unigram's in the words block. */
export const BIGRAM_WEIGHT = 0.6;

/** Dimensions reserved for concepts (one per lexicon concept, the rest unused) and for character n-grams. */
const CONCEPT_DIMS = 64;
const CHARGRAM_SHARE_OF_REST = 0.25;

export interface HashingEmbedderOptions {
  /** Vector length; default 512 (64 concept dimensions, a quarter of the rest character n-grams). */
  dimensions?: number;
  shares?: Partial<HashingShares>;
}

/**
 * The offline default embedder: feature hashing ("the hashing trick", Weinberger et al. 2009) of stemmed
 * word unigrams and bigrams and of character 3/4-grams of each content word, plus one dimension per
 * concept of a small restaurant lexicon. Counts get sublinear TF (1 + ln tf); words and n-grams are hashed
 * by 32-bit FNV-1a into their own block of dimensions with a hash-derived sign. Each block is scaled to
 * length √share (HashingShares), so a passage's length does not drown the concepts it shares with a
 * question; the vector has unit length (a text with no feature gets a unit vector on dimension 0).
 *
 * No model file, no download, no network; deterministic. Measured on this machine (Node 20, 2 vCPU,
 * `node --expose-gc --import tsx`): importing the module with its dependencies (`stemmer`, `stopword`)
 * and embedding a first text takes 50–65 ms including tsx's transpiling, and adds 0.5 MB of heap (the
 * lexicon; the stem cache grows with the vocabulary, capped at 50,000 words); embedding runs at about
 * 40 µs per chunk (bench/knowledge-bench.ts: 100,000 synthetic chunks in 4.1 s).
 */
export class HashingEmbedder implements Embedder {
  readonly id: string;
  readonly dimensions: number;
  private readonly shares: HashingShares;
  private readonly conceptIndex: Map<string, number>;
  private readonly chargramDims: number;
  private readonly wordDims: number;

  constructor(options: HashingEmbedderOptions = {}) {
    this.dimensions = options.dimensions ?? 512;
    if (this.dimensions < CONCEPT_DIMS * 2)
      throw new RangeError(`dimensions must be at least ${CONCEPT_DIMS * 2}`);
    this.shares = { ...DEFAULT_HASHING_SHARES, ...options.shares };
    this.conceptIndex = new Map(CONCEPT_LEXICON.slice(0, CONCEPT_DIMS).map((c, i) => [c.id, i]));
    const rest = this.dimensions - CONCEPT_DIMS;
    this.chargramDims = Math.round(rest * CHARGRAM_SHARE_OF_REST);
    this.wordDims = rest - this.chargramDims;
    const s = this.shares;
    this.id = `hashing-v3:${this.dimensions}:${s.words}/${s.chargrams}/${s.concepts}`;
  }

  async embed(texts: readonly string[]): Promise<number[][]> {
    return texts.map((t) => this.embedOne(t));
  }

  /** One text's vector (synchronous; `embed` wraps it). */
  embedOne(text: string): number[] {
    const { words, stems, concepts } = textFeatures(text);
    const wordCounts = new Map<string, number>();
    const gramCounts = new Map<string, number>();
    const bump = (m: Map<string, number>, key: string, by: number) => m.set(key, (m.get(key) ?? 0) + by);
    for (let i = 0; i < stems.length; i++) {
      bump(wordCounts, `w:${stems[i]}`, 1);
      if (i + 1 < stems.length) bump(wordCounts, `b:${stems[i]} ${stems[i + 1]}`, 1);
      const marked = `<${words[i]}>`;
      for (const n of [3, 4]) {
        for (let j = 0; j + n <= marked.length; j++) bump(gramCounts, marked.slice(j, j + n), 1);
      }
    }
    const conceptBlock = new Array<number>(CONCEPT_DIMS).fill(0);
    for (const [concept, n] of concepts) {
      const at = this.conceptIndex.get(concept);
      if (at !== undefined) conceptBlock[at]! += 1 + Math.log(n);
    }
    const wordBlock = hashBlock(wordCounts, this.wordDims, (key) =>
      key.startsWith('b:') ? BIGRAM_WEIGHT : 1,
    );
    const gramBlock = hashBlock(gramCounts, this.chargramDims, () => 1);
    const blocks: [number[], number][] = [
      [conceptBlock, this.shares.concepts],
      [gramBlock, this.shares.chargrams],
      [wordBlock, this.shares.words],
    ];
    const vector: number[] = [];
    for (const [block, share] of blocks) {
      const norm = Math.hypot(...block);
      const scale = norm === 0 ? 0 : Math.sqrt(share) / norm;
      for (const v of block) vector.push(v * scale);
    }
    const total = Math.hypot(...vector);
    if (total === 0) {
      vector[0] = 1;
      return vector;
    }
    return vector.map((v) => v / total);
  }
}

/** Sublinear-TF counts hashed into `dims` buckets with a hash-derived sign. */
function hashBlock(counts: Map<string, number>, dims: number, weight: (key: string) => number): number[] {
  const block = new Array<number>(dims).fill(0);
  for (const [key, n] of counts) {
    const h = fnv1a(key);
    block[h % dims]! += (h >>> 31 === 1 ? -1 : 1) * weight(key) * (1 + Math.log(n));
  }
  return block;
}

/** 32-bit FNV-1a over UTF-16 code units, as an unsigned integer. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
