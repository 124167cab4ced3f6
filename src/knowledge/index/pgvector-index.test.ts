import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeIndexError } from '../../errors/index.ts';
import { onMissingService, TEST_POSTGRES_URL } from '../../testing/test-services.ts';
import {
  CONTRACT_DIMENSIONS,
  CONTRACT_ENTRIES,
  describeKnowledgeIndexContract,
} from './knowledge-index.contract.ts';
import { createPgSqlRunner } from './pg-sql-runner.ts';
import { openPgliteSqlRunner } from './pglite-sql-runner.ts';
import { createPgvectorIndex } from './pgvector-index.ts';
import type { SqlRunner } from './sql-runner.ts';

/** The server PostgreSQL of the test environment; override with TEST_DATABASE_URL. */
const SERVER_URL = TEST_POSTGRES_URL;

/** One PGlite for the file (it takes seconds to start); every index gets its own table. */
let pglite: SqlRunner | undefined;
const pgliteRunner = async (): Promise<SqlRunner> => {
  pglite ??= await openPgliteSqlRunner();
  return pglite;
};
let tables = 0;
afterAll(async () => {
  await pglite?.close();
});

describeKnowledgeIndexContract('pgvector on PGlite', async () =>
  createPgvectorIndex({ runner: await pgliteRunner(), collection: `contract_${++tables}` }),
);

/** Why the server suite cannot run, or undefined when it can (the `vector` extension is installable). */
async function serverSkipReason(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query(`select 1 from pg_available_extensions where name = 'vector'`);
    return rows.length === 0 ? `the vector extension is not installed on ${redact(SERVER_URL)}` : undefined;
  } catch (error) {
    // In CI this throws: a missing PostgreSQL is an error there, never a skip.
    onMissingService('postgres', SERVER_URL, 'the pgvector server suite is skipped (its PGlite twin runs)');
    return `no PostgreSQL at ${redact(SERVER_URL)} (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    await client.end().catch(() => {});
  }
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//');
}

const skipServer = await serverSkipReason();
const serverSchema = `kidx_${randomBytes(5).toString('hex')}`;
let server: SqlRunner | undefined;
if (skipServer === undefined)
  afterAll(async () => {
    await server?.query(`drop schema if exists "${serverSchema}" cascade`);
    await server?.close();
  });

describeKnowledgeIndexContract(
  'pgvector on the server PostgreSQL',
  async () => {
    server ??= createPgSqlRunner({ connectionString: SERVER_URL });
    return createPgvectorIndex({ runner: server, schema: serverSchema, collection: `contract_${++tables}` });
  },
  { skip: skipServer },
);

describe('pgvector index (PGlite)', () => {
  let runner: SqlRunner;
  beforeAll(async () => {
    runner = await pgliteRunner();
  });

  it('loads fuzzystrmatch from PGlite, so typos are tolerated', async () => {
    const index = createPgvectorIndex({ runner, collection: 'trgm_check' });
    await index.open(CONTRACT_DIMENSIONS);
    expect(index.typoTolerant).toBe(true);
    await index.close();
  });

  it('without typo tolerance, still finds by stem and no longer by a near spelling', async () => {
    const index = createPgvectorIndex({ runner, collection: 'no_typos', typos: false });
    await index.open(CONTRACT_DIMENSIONS);
    expect(index.typoTolerant).toBe(false);
    await index.upsert(CONTRACT_ENTRIES);
    expect(
      (await index.searchText('deliveries', 5, { kind: 'document' })).map((h) => h.chunk.id).sort(),
    ).toEqual(['delivery#1', 'delivery#2']);
    expect(await index.searchText('margerita', 5)).toEqual([]);
  });

  it('builds an HNSW index when asked for one and still finds the nearest', async () => {
    const index = createPgvectorIndex({ runner, collection: 'hnsw', annIndex: 'hnsw' });
    await index.open(CONTRACT_DIMENSIONS);
    await index.upsert(CONTRACT_ENTRIES);
    const { rows } = await runner.query<{ n: number }>(
      `select count(*)::int as n from pg_indexes where tablename = 'kn_hnsw' and indexdef like '%USING hnsw%'`,
    );
    expect(rows[0]?.n).toBe(1);
    const [first] = await index.searchVector(CONTRACT_ENTRIES[6]!.vector, 1);
    expect(first?.chunk.id).toBe('menu:peanut-noodles');
  });

  it('ranks an exact word above a near spelling of it', async () => {
    const index = createPgvectorIndex({ runner, collection: 'exact_first' });
    await index.open(CONTRACT_DIMENSIONS);
    const [a, b] = [CONTRACT_ENTRIES[4]!, CONTRACT_ENTRIES[5]!];
    await index.upsert([
      { chunk: { ...a.chunk, text: 'Basil pesto pasta.' }, vector: a.vector },
      { chunk: { ...b.chunk, text: 'Basel sausage roll.' }, vector: b.vector },
    ]);
    const hits = await index.searchText('basil', 5);
    expect(hits.map((h) => h.chunk.text)).toEqual(['Basil pesto pasta.', 'Basel sausage roll.']);
  });

  it('keeps its rows across a second index on the same table, and recreates it for other dimensions', async () => {
    const first = createPgvectorIndex({ runner, collection: 'Reopen Me!' });
    await first.open(CONTRACT_DIMENSIONS);
    await first.upsert(CONTRACT_ENTRIES);
    await first.setMeta('embedder', 'hashing-v1');
    const second = createPgvectorIndex({ runner, collection: 'Reopen Me!' });
    await second.open(CONTRACT_DIMENSIONS);
    expect(await second.count()).toBe(CONTRACT_ENTRIES.length);
    await second.open(3);
    expect(await second.count()).toBe(0);
    expect(await second.getMeta('embedder')).toBe('hashing-v1');
    await second.upsert([{ chunk: CONTRACT_ENTRIES[0]!.chunk, vector: [0, 0, 1] }]);
    expect(await second.count()).toBe(1);
  });

  it('names a wrong vector length, an unopened index and an empty remove with typed errors', async () => {
    const index = createPgvectorIndex({ runner, collection: 'errors' });
    await expect(index.count()).rejects.toBeInstanceOf(KnowledgeIndexError);
    await index.open(CONTRACT_DIMENSIONS);
    await expect(index.searchVector([1, 0], 3)).rejects.toMatchObject({ code: 'KNOWLEDGE_INDEX_FAILED' });
    await expect(index.remove({})).rejects.toMatchObject({
      code: 'KNOWLEDGE_INDEX_FAILED',
      operation: 'remove',
    });
  });

  it('stores a quote, a backslash and SQL in text as data', async () => {
    const index = createPgvectorIndex({ runner, collection: 'quoting' });
    await index.open(CONTRACT_DIMENSIONS);
    const base = CONTRACT_ENTRIES[0]!;
    const text = `It's "fine"; drop table x; -- \\ $1 ?| 'delivery'`;
    await index.upsert([{ chunk: { ...base.chunk, text }, vector: base.vector }]);
    const [hit] = await index.searchText("it's fine", 1);
    expect(hit?.chunk.text).toBe(text);
  });

  it('persists to a data directory across runners', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dataDir = mkdtempSync(join(tmpdir(), 'maitre-pglite-'));
    try {
      const writer = createPgvectorIndex({ runtime: 'pglite', dataDir, collection: 'venue' });
      await writer.open(CONTRACT_DIMENSIONS);
      await writer.upsert(CONTRACT_ENTRIES);
      await writer.setMeta('menuVersion', 'v7');
      await writer.close();
      const reader = createPgvectorIndex({ runtime: 'pglite', dataDir, collection: 'venue' });
      await reader.open(CONTRACT_DIMENSIONS);
      expect(await reader.count()).toBe(CONTRACT_ENTRIES.length);
      expect(await reader.getMeta('menuVersion')).toBe('v7');
      await reader.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(skipServer === undefined || skipServer.startsWith('no PostgreSQL'))(
  'pgvector index on a server PostgreSQL without the extension',
  () => {
    it('fails to open with a typed error that says how to install pgvector', async () => {
      const index = createPgvectorIndex({
        runtime: 'pg',
        connectionString: SERVER_URL,
        collection: 'absent',
      });
      await expect(index.open(CONTRACT_DIMENSIONS)).rejects.toMatchObject({
        code: 'KNOWLEDGE_INDEX_FAILED',
        operation: 'open',
        message: expect.stringContaining('CREATE EXTENSION vector'),
      });
      await index.close();
    });
  },
);
