import type { KnowledgeRetriever } from '../core/ports/knowledge-retriever.ts';
import type { Venue } from '../domain/venue.ts';
import { HashingEmbedder } from '../knowledge/embed/hashing-embedder.ts';
import { OramaIndex } from '../knowledge/index/orama-index.ts';
import { createKnowledgeBase } from '../knowledge/ingest/knowledge-base.ts';
import { fixedClock } from './fixed-clock.ts';
import { InMemoryBackend } from './in-memory-backend.ts';

const built = new Map<string, Promise<KnowledgeRetriever>>();

/**
 * The venue's knowledge as the bot builds it by default (in-memory Orama index, offline hashing
 * embedder), over its documents and the menu of an in-memory backend; built once per venue id and
 * shared by the tests and scenario runs that ask for it.
 */
export function venueKnowledge(venue: Venue): Promise<KnowledgeRetriever> {
  let found = built.get(venue.id);
  if (!found) {
    found = (async () => {
      const base = await createKnowledgeBase({
        venue,
        backend: new InMemoryBackend(venue.menu),
        index: new OramaIndex(),
        embedder: new HashingEmbedder(),
        clock: fixedClock(),
      });
      await base.ensureFresh();
      return base;
    })();
    built.set(venue.id, found);
  }
  return found;
}
