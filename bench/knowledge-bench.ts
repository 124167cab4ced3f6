import { performance } from 'node:perf_hooks';
import type { KnowledgeChunk } from '../src/core/ports/knowledge-retriever.ts';
import { HashingEmbedder } from '../src/knowledge/embed/hashing-embedder.ts';
import { OramaIndex } from '../src/knowledge/index/orama-index.ts';
import { embeddingText } from '../src/knowledge/ingest/knowledge-base.ts';
import { HybridRetriever } from '../src/knowledge/retrieve/hybrid-retriever.ts';
import { mulberry32 } from '../src/testing/mulberry32.ts';

export interface KnowledgeBenchRow {
  chunks: number;
  /** Embedding every chunk and upserting it into the in-memory Orama index, in ms. */
  buildMs: number;
  /** Of which embedding (hashing embedder), in ms. */
  embedMs: number;
  queries: number;
  /** Hybrid search (embed the query, full text + vector top 20 each, RRF, top 5), in ms. */
  queryP50: number;
  queryP99: number;
  /** Heap growth over the build, in MB (approximate; garbage collection may run anytime). */
  heapMb: number;
}

export interface KnowledgeBenchOptions {
  sizes?: readonly number[];
  /** Queries timed per size (after 5 warm-up queries). */
  queries?: (size: number) => number;
  seed?: number;
}

const TOPICS = [
  'delivery',
  'pickup',
  'hours',
  'payment',
  'refund',
  'catering',
  'allergen',
  'parking',
  'reservation',
  'menu',
];
const NOUNS = [
  'fee',
  'order',
  'driver',
  'card',
  'table',
  'party',
  'pizza',
  'curry',
  'salad',
  'dessert',
  'kitchen',
  'area',
  'minimum',
  'tip',
  'gift card',
  'holiday',
  'patio',
  'notice',
  'deposit',
  'crust',
];
const VERBS = [
  'accept',
  'deliver',
  'refund',
  'prepare',
  'serve',
  'book',
  'cancel',
  'charge',
  'collect',
  'include',
];
const PLACES = [
  'Riverton',
  'Oak Hollow',
  'Midtown',
  'Downtown',
  'East Side',
  'Land Park',
  'Harbor',
  'Old Town',
  'Hillcrest',
  'Lakeview',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TEMPLATES: ((p: () => string, n: () => number) => string)[] = [
  (p, n) => `We ${p()} every ${p()} within ${n() % 9} miles of ${p()}; the ${p()} is $${n() % 20}.99.`,
  (p, n) =>
    `On ${p()} the ${p()} opens at ${n() % 12}:00 am and the ${p()} stops ${n() % 60} minutes before closing.`,
  (p, n) =>
    `Each ${p()} over $${n() % 300} needs ${n() % 72} hours' notice; we ${p()} the ${p()} on request.`,
  (p) => `The ${p()} comes with ${p()}, ${p()} and ${p()}, and we can ${p()} it for a ${p()}.`,
];

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vo',
  'bel',
  'dri',
  'no',
  'sa',
  'ter',
  'qui',
  'ma',
  'zel',
  'po',
  'fin',
];

/**
 * `n` synthetic document chunks from templates and word lists, the same for the same seed. Half the
 * words come from the restaurant word lists, half from a vocabulary of 4,000 made-up words drawn with a
 * Zipf-like skew, so the index's vocabulary grows with its size as real text does.
 */
export function syntheticChunks(n: number, seed = 42): KnowledgeChunk[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const vocabulary = Array.from({ length: 4000 }, (_, i) => {
    let w = '';
    for (let j = i + 1; j > 0; j = Math.floor(j / SYLLABLES.length)) w += SYLLABLES[j % SYLLABLES.length];
    return w;
  });
  const domain = [...NOUNS, ...VERBS, ...PLACES, ...DAYS];
  const words = {
    pickWord: () =>
      random() < 0.5 ? pick(domain) : vocabulary[Math.floor(vocabulary.length * random() ** 2)]!,
  };
  const chunks: KnowledgeChunk[] = [];
  for (let i = 0; i < n; i++) {
    const topic = pick(TOPICS);
    const text = pick(TEMPLATES)(
      () => words.pickWord(),
      () => Math.floor(random() * 1000),
    );
    const document = `${topic}-${i % 50}`;
    const title = `${topic[0]!.toUpperCase()}${topic.slice(1)} ${i % 50}`;
    const section = `${pick(NOUNS)} and ${pick(NOUNS)}`;
    chunks.push({
      id: `${document}#${i}`,
      text,
      context: `${title} > ${section}`,
      source: { kind: 'document', document, title, section },
    });
  }
  return chunks;
}

/** Queries made the way customers ask, from the same word lists. */
function syntheticQueries(n: number, seed: number): string[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: n }, () => {
    switch (Math.floor(random() * 4)) {
      case 0:
        return `do you ${pick(VERBS)} to ${pick(PLACES)}?`;
      case 1:
        return `what time does the ${pick(NOUNS)} open on ${pick(DAYS).toLowerCase()}`;
      case 2:
        return `how much is the ${pick(NOUNS)} for a ${pick(NOUNS)}`;
      default:
        return `can i ${pick(VERBS)} a ${pick(NOUNS)} ${pick(TOPICS)}`;
    }
  });
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Index build time and hybrid query latency (p50/p99) of the embedded defaults (in-memory Orama index,
 * hashing embedder) over 1,000 and 100,000 synthetic chunks. Wall-clock ms on this machine.
 */
export async function runKnowledgeBench(options: KnowledgeBenchOptions = {}): Promise<KnowledgeBenchRow[]> {
  const sizes = options.sizes ?? [1_000, 100_000];
  const rows: KnowledgeBenchRow[] = [];
  for (const size of sizes) {
    const chunks = syntheticChunks(size, options.seed ?? 42);
    const embedder = new HashingEmbedder();
    const index = new OramaIndex();
    await index.open(embedder.dimensions);
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    let embedMs = 0;
    for (let i = 0; i < chunks.length; i += 1000) {
      const batch = chunks.slice(i, i + 1000);
      const e0 = performance.now();
      const vectors = await embedder.embed(batch.map(embeddingText));
      embedMs += performance.now() - e0;
      await index.upsert(batch.map((chunk, j) => ({ chunk, vector: vectors[j]! })));
    }
    const buildMs = performance.now() - start;
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    const retriever = new HybridRetriever(embedder, index);
    const count = options.queries?.(size) ?? (size > 10_000 ? 60 : 300);
    const queries = syntheticQueries(count + 5, (options.seed ?? 42) + size);
    const times: number[] = [];
    for (const [i, text] of queries.entries()) {
      const t0 = performance.now();
      await retriever.search({ text, k: 5 });
      if (i >= 5) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    await index.close();
    rows.push({
      chunks: size,
      buildMs: Math.round(buildMs),
      embedMs: Math.round(embedMs),
      queries: times.length,
      queryP50: round(percentile(times, 50)),
      queryP99: round(percentile(times, 99)),
      heapMb: Math.round(heapMb),
    });
  }
  return rows;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/** The knowledge rows of `npm run bench` as a small table. */
export function formatKnowledgeBench(rows: readonly KnowledgeBenchRow[]): string {
  const lines = [
    'Knowledge index (in-memory Orama + hashing embedder; hybrid search, top 5)',
    '  chunks     build ms  of which embed  query p50  query p99  heap MB',
  ];
  for (const r of rows)
    lines.push(
      `  ${String(r.chunks).padEnd(9)}  ${r.buildMs.toFixed(0).padStart(8)}  ${r.embedMs.toFixed(0).padStart(14)}  ${r.queryP50.toFixed(2).padStart(9)}  ${r.queryP99.toFixed(2).padStart(9)}  ${r.heapMb.toFixed(0).padStart(7)}`,
    );
  return lines.join('\n');
}
