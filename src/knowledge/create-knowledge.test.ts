import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadVenue } from '../domain/load-venue.ts';
import { ConfigError } from '../errors/config-error.ts';
import { KnowledgeIndexError } from '../errors/knowledge-index-error.ts';
import { fixedClock } from '../testing/fixed-clock.ts';
import { InMemoryBackend } from '../testing/in-memory-backend.ts';
import { createKnowledge } from './create-knowledge.ts';

const venue = loadVenue('spice-route');
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('createKnowledge', () => {
  it('defaults to the hashing embedder and the embedded index, persisted under the data directory', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'maitre-knowledge-'));
    dirs.push(dataDir);
    const kb = await createKnowledge({
      venue,
      backend: new InMemoryBackend(venue.menu),
      dataDir,
      clock: fixedClock(),
    });
    const [hit] = await kb.search({ text: 'BYOB?' });
    expect(hit?.chunk.source.document).toBe('contact');
    expect(hit?.chunk.text).toContain('bring your own wine or beer');
    expect((await stat(join(dataDir, 'knowledge', 'spice-route.orama.json'))).size).toBeGreaterThan(1000);
    await kb.close();
  });

  it('refuses Qdrant without its URL with a ConfigError; pgvector without a database URL uses PGlite', async () => {
    const backend = new InMemoryBackend(venue.menu);
    await expect(createKnowledge({ venue, backend, index: 'qdrant' })).rejects.toBeInstanceOf(ConfigError);
    const kb = await createKnowledge({ venue, backend, index: 'pgvector' });
    await kb.close();
  });

  it('loads the Qdrant adapter when chosen: an unreachable server fails opening with KnowledgeIndexError', async () => {
    const failed = await createKnowledge({
      venue,
      backend: new InMemoryBackend(venue.menu),
      index: 'qdrant',
      qdrant: { url: 'http://127.0.0.1:9' },
    }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(KnowledgeIndexError);
    expect((failed as KnowledgeIndexError).details).toMatchObject({ index: 'qdrant', operation: 'open' });
  });
});
