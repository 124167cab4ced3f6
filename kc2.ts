import { loadVenue } from './src/domain/load-venue.ts';
import { chunkDocuments } from './src/knowledge/chunk/chunk-documents.ts';
import { chunkMenu } from './src/knowledge/chunk/chunk-menu.ts';
import { HashingEmbedder } from './src/knowledge/embed/hashing-embedder.ts';
import { OramaIndex } from './src/knowledge/index/orama-index.ts';
import { InMemoryBackend } from './src/testing/in-memory-backend.ts';
const v = loadVenue('pizzeria');
const menu = await new InMemoryBackend(v.menu).getMenu();
const chunks = [...chunkDocuments(v.documents), ...chunkMenu(menu)];
console.log(chunkMenu(menu)[0]);
const e = new HashingEmbedder();
const idx = new OramaIndex();
await idx.open(e.dimensions);
const vecs = await e.embed(chunks.map(c => c.context + '\n' + c.text));
await idx.upsert(chunks.map((chunk, i) => ({ chunk, vector: vecs[i]! })));
console.log(await idx.count());
for (const q of ['what are your hours', 'what time do you close tonight', 'is google pay accepted', 'how much extra do you charge to bring it to my house', 'delivry fee', 'do you deliver']) {
  const t = await idx.searchText(q, 3);
  const [qv] = await e.embed([q]);
  const vv = await idx.searchVector(qv!, 3);
  console.log(q, '\n T:', t.map(h => `${h.chunk.id} ${h.score.toFixed(2)} ${h.chunk.text.slice(0,50)}`), '\n V:', vv.map(h => `${h.chunk.id} ${h.score.toFixed(2)} ${h.chunk.text.slice(0,50)}`));
}
console.log((await idx.searchText('pizza', 5, { diet: 'vegetarian', allergenFree: ['milk'] })).map(h => `${h.chunk.id} ${h.chunk.diet} ${h.chunk.allergens}`));
console.log((await idx.searchText('pizza', 5, { diet: 'vegan' })).map(h => `${h.chunk.id} ${h.chunk.diet} ${h.chunk.allergens}`));
console.log(await idx.remove({ kind: 'menu' }), await idx.count());
