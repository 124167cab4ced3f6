import { loadVenue } from './src/domain/load-venue.ts';
import { HashingEmbedder } from './src/knowledge/embed/hashing-embedder.ts';
import { OramaIndex } from './src/knowledge/index/orama-index.ts';
import { createKnowledgeBase } from './src/knowledge/ingest/knowledge-base.ts';
import { fixedClock } from './src/testing/fixed-clock.ts';
import { InMemoryBackend } from './src/testing/in-memory-backend.ts';
import { loadKnowledgeQuestions } from './eval/knowledge/knowledge-questions.ts';
import { isExpectedChunk } from './eval/knowledge/run-retrieval-eval.ts';
const [venueId, ...ids] = process.argv.slice(2);
const qs = loadKnowledgeQuestions(`eval/knowledge/${venueId}.yaml`);
const venue = loadVenue(venueId!);
const kb = await createKnowledgeBase({ venue, backend: new InMemoryBackend(venue.menu), index: new OramaIndex(), embedder: new HashingEmbedder(), clock: fixedClock(process.env.AT ?? '2026-12-03T00:00:00Z') });
await kb.ensureFresh();
for (const id of ids) {
  const q = qs.find(x => x.id === id)!;
  console.log('##', id, q.q, JSON.stringify(q.expect));
  for (const mode of ['text', 'vector'] as const) {
    const hits = await kb.search({ text: q.q, k: 20, mode });
    const r = hits.findIndex(h => isExpectedChunk(h.chunk, q.expect));
    console.log(' ', mode, 'rank', r + 1, hits.slice(0, 3).map(h => `${h.chunk.id}(${h.score.toFixed(2)}) ${h.chunk.text.slice(0, 60)}`).join(' | '));
    if (r >= 0) console.log('    expected:', hits[r]!.chunk.id, hits[r]!.score.toFixed(2), hits[r]!.chunk.context, '::', hits[r]!.chunk.text.slice(0, 100));
  }
}
