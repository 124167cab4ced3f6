import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KnowledgeIndexError } from '../../errors/knowledge-index-error.ts';
import {
  CONTRACT_DIMENSIONS,
  CONTRACT_ENTRIES,
  describeKnowledgeIndexContract,
} from './knowledge-index.contract.ts';
import { OramaIndex } from './orama-index.ts';

const dirs: string[] = [];
async function tempFile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'maitre-orama-'));
  dirs.push(dir);
  return join(dir, 'knowledge', 'index.json');
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describeKnowledgeIndexContract('embedded (Orama, in memory)', async () => new OramaIndex());
describeKnowledgeIndexContract(
  'embedded (Orama, persisted)',
  async () => new OramaIndex({ file: await tempFile() }),
);

/** How many contract entries are not menu chunks. */
async function countWithoutMenu(): Promise<number> {
  const index = new OramaIndex();
  await index.open(CONTRACT_DIMENSIONS);
  await index.upsert(CONTRACT_ENTRIES);
  await index.remove({ kind: 'menu' });
  return index.count();
}

describe('OramaIndex persistence', () => {
  it('restores chunks, meta and search behaviour from its file after a restart', async () => {
    const file = await tempFile();
    const first = new OramaIndex({ file });
    await first.open(CONTRACT_DIMENSIONS);
    await first.upsert(CONTRACT_ENTRIES);
    await first.setMeta('menuVersion', 'v7');
    await first.close();

    const second = new OramaIndex({ file });
    await second.open(CONTRACT_DIMENSIONS);
    expect(await second.count()).toBe(CONTRACT_ENTRIES.length);
    expect(await second.getMeta('menuVersion')).toBe('v7');
    // Stemming survives the restore ("deliveries" finds "Deliveries" and "deliver"-less "bring" does not).
    expect((await second.searchText('deliveries', 5)).map((h) => h.chunk.id)).toContain('delivery#1');
    expect((await second.searchVector(CONTRACT_ENTRIES[2]!.vector, 1))[0]?.chunk.id).toBe('hours#1');
    expect((await second.searchText('pizza', 5, { diet: 'vegan' })).length).toBe(0);
  });

  it('saves a batch once, when it settles, also when it throws; searches inside it see its changes', async () => {
    const file = await tempFile();
    const exists = () =>
      access(file).then(
        () => true,
        () => false,
      );
    const first = new OramaIndex({ file });
    await first.open(CONTRACT_DIMENSIONS);
    const inside = await first.batch(async () => {
      await first.upsert(CONTRACT_ENTRIES);
      await first.setMeta('menuVersion', 'v1');
      const seen = { saved: await exists(), count: await first.count() };
      await first.remove({ kind: 'menu' });
      return seen;
    });
    expect(inside).toEqual({ saved: false, count: CONTRACT_ENTRIES.length });
    expect(await exists()).toBe(true);

    await expect(
      first.batch(async () => {
        await first.setMeta('menuVersion', 'v2');
        throw new Error('embedder down');
      }),
    ).rejects.toThrow('embedder down');
    await first.close();

    const second = new OramaIndex({ file });
    await second.open(CONTRACT_DIMENSIONS);
    expect(await second.count()).toBe(await countWithoutMenu());
    expect(await second.getMeta('menuVersion')).toBe('v2');
  });

  it('starts empty when the file holds vectors of other dimensions, or is not an index file', async () => {
    const file = await tempFile();
    const first = new OramaIndex({ file });
    await first.open(CONTRACT_DIMENSIONS);
    await first.upsert(CONTRACT_ENTRIES);
    const other = new OramaIndex({ file });
    await other.open(CONTRACT_DIMENSIONS * 2);
    expect(await other.count()).toBe(0);

    await writeFile(file, '{"not":"an index"}');
    const broken = new OramaIndex({ file });
    await broken.open(CONTRACT_DIMENSIONS);
    expect(await broken.count()).toBe(0);
    expect(await broken.getMeta('menuVersion')).toBeUndefined();
  });

  it('refuses a vector of the wrong size and use before open with KnowledgeIndexError', async () => {
    const index = new OramaIndex();
    await expect(index.count()).rejects.toBeInstanceOf(KnowledgeIndexError);
    await index.open(CONTRACT_DIMENSIONS);
    await expect(
      index.upsert([{ chunk: CONTRACT_ENTRIES[0]!.chunk, vector: [1, 0] }]),
    ).rejects.toBeInstanceOf(KnowledgeIndexError);
  });

  it('matches short words exactly: "fee" does not find "free" or "feed"', async () => {
    const index = new OramaIndex();
    await index.open(CONTRACT_DIMENSIONS);
    await index.upsert([
      {
        chunk: { ...CONTRACT_ENTRIES[2]!.chunk, id: 'a#1', text: 'Free parking behind the shop.' },
        vector: CONTRACT_ENTRIES[0]!.vector,
      },
    ]);
    expect(await index.searchText('fee', 5)).toEqual([]);
  });
});
