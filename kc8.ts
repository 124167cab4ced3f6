import { performance } from 'node:perf_hooks';
import { syntheticChunks } from './bench/knowledge-bench.ts';
import { HashingEmbedder } from './src/knowledge/embed/hashing-embedder.ts';
import { OramaIndex } from './src/knowledge/index/orama-index.ts';
import { embeddingText } from './src/knowledge/ingest/knowledge-base.ts';
import { search } from '@orama/orama';
const n = Number(process.argv[2]);
const chunks = syntheticChunks(n);
const e = new HashingEmbedder(); const idx = new OramaIndex(); await idx.open(512);
for (let i = 0; i < chunks.length; i += 1000) { const b = chunks.slice(i, i + 1000); const v = await e.embed(b.map(embeddingText)); await idx.upsert(b.map((chunk, j) => ({ chunk, vector: v[j]! }))); }
const db = (idx as any).db;
for (const q of ['deliver', 'riverton', 'fee', 'monday', 'open', 'pizza', 'kalo']) {
  for (const tol of [0, 1]) {
    const t = performance.now(); const r = await search(db, { term: q, properties: ['text', 'context'], tolerance: tol, threshold: 1, limit: 50 }); 
    console.log(q, tol, (performance.now() - t).toFixed(1), r.count);
  }
}
const [v] = await e.embed(['do you deliver to riverton']);
for (const s of [0.2, -1]) { const t = performance.now(); const r = await search(db, { mode: 'vector', vector: { value: v, property: 'vector' }, similarity: s, limit: 20 }); console.log('vec', s, (performance.now() - t).toFixed(1), r.count); }
