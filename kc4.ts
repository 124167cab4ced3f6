import { loadVenue } from './src/domain/load-venue.ts';
import { chunkDocuments } from './src/knowledge/chunk/chunk-documents.ts';
import { chunkMenu } from './src/knowledge/chunk/chunk-menu.ts';
import { HashingEmbedder } from './src/knowledge/embed/hashing-embedder.ts';
import { OramaIndex } from './src/knowledge/index/orama-index.ts';
import { InMemoryBackend } from './src/testing/in-memory-backend.ts';
const v = loadVenue('pizzeria');
const menu = await new InMemoryBackend(v.menu).getMenu();
const chunks = [...chunkDocuments(v.documents), ...chunkMenu(menu)];
const e = new HashingEmbedder();
const idx = new OramaIndex();
await idx.open(e.dimensions);
const vecs = await e.embed(chunks.map(c => c.context + '\n' + c.text));
await idx.upsert(chunks.map((chunk, i) => ({ chunk, vector: vecs[i]! })));
for (const q of process.argv.slice(2)) {
  const t = await idx.searchText(q, 5);
  console.log(q, t.map(h => `${h.chunk.id} ${h.score.toFixed(2)}`).join(', '));
}
