import { performance } from 'node:perf_hooks';
import { syntheticChunks } from './bench/knowledge-bench.ts';
import { HashingEmbedder } from './src/knowledge/embed/hashing-embedder.ts';
import { OramaIndex } from './src/knowledge/index/orama-index.ts';
import { embeddingText } from './src/knowledge/ingest/knowledge-base.ts';
const n = Number(process.argv[2]);
const chunks = syntheticChunks(n);
const e = new HashingEmbedder(); const idx = new OramaIndex(); await idx.open(512);
for (let i = 0; i < chunks.length; i += 1000) { const b = chunks.slice(i, i + 1000); const v = await e.embed(b.map(embeddingText)); await idx.upsert(b.map((chunk, j) => ({ chunk, vector: v[j]! }))); }
for (const q of ['deliver riverton', 'what time does the pizza open on monday', 'fee']) {
  let t = performance.now(); await idx.searchText(q, 20); const tt = performance.now() - t;
  const [v] = await e.embed([q]); t = performance.now(); await idx.searchVector(v!, 20); const tv = performance.now() - t;
  console.log(q, 'text', tt.toFixed(1), 'vector', tv.toFixed(1));
}
