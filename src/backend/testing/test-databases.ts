import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { onMissingService, serviceAvailable, TEST_POSTGRES_URL } from '../../testing/test-services.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { type BackendDatabase, type DatabaseKind, openDatabase } from '../db/open-database.ts';
import { dropPgliteSchema, openPgliteDatabase, openPgliteHandle } from './pglite-database.ts';

/** PostgreSQL used by tests; override with TEST_DATABASE_URL (see src/testing/test-services.ts). */
export { TEST_POSTGRES_URL };

/** A fresh, migrated database for one test file, and how to throw it away. */
export interface TestDatabase {
  kind: DatabaseKind;
  database: BackendDatabase;
  /** Opens another handle on the same database (a restarted backend). */
  reopen(): BackendDatabase;
  /**
   * Config fields that point a backend at this same database. On PGlite there is no URL
   * (`databaseUrl` undefined with kind `postgres`): a suite that needs one skips that case.
   */
  config: { databaseUrl?: string; dataDir: string };
  /** `server` for a PostgreSQL server, `pglite` for the embedded fallback, `sqlite` for SQLite. */
  runtime: 'sqlite' | 'server' | 'pglite';
  destroy(): Promise<void>;
}

/** The two storage engines; storage tests run `describe.each(DATABASE_KINDS)`. */
export const DATABASE_KINDS: DatabaseKind[] = ['sqlite', 'postgres'];

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'maitre-backend-'));
    const file = join(dataDir, 'backend.sqlite');
    const open = () => openDatabase({ sqliteFile: file });
    const database = open();
    await migrateToLatest(database);
    return {
      kind,
      runtime: 'sqlite',
      database,
      reopen: open,
      config: { dataDir },
      async destroy() {
        await database.close().catch(() => {});
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  if (!(await postgresServerForTests())) {
    const database = await openPgliteDatabase(schema);
    await migrateToLatest(database);
    return {
      kind,
      runtime: 'pglite',
      database,
      reopen: () => openPgliteHandle(schema),
      config: { dataDir: tmpdir() },
      async destroy() {
        await database.close().catch(() => {});
        await dropPgliteSchema(schema);
      },
    };
  }
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const databaseUrl = withSearchPath(TEST_POSTGRES_URL, schema);
  const open = () => openDatabase({ databaseUrl, schema, poolSize: 10 });
  const database = open();
  await migrateToLatest(database);
  return {
    kind,
    runtime: 'server',
    database,
    reopen: open,
    config: { databaseUrl, dataDir: tmpdir() },
    async destroy() {
      await database.close().catch(() => {});
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

/** A postgres URL whose connections use `schema` (libpq `options=-c search_path=...`). */
export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

/**
 * Whether the PostgreSQL server of the tests answers. When it does not: on a laptop, one line says the
 * PostgreSQL suites run on PGlite and this returns false; in CI it throws (see test-services.ts).
 */
export async function postgresServerForTests(): Promise<boolean> {
  if (await serviceAvailable('postgres')) return true;
  onMissingService('postgres', TEST_POSTGRES_URL, 'the PostgreSQL suites run on PGlite (embedded) instead');
  return false;
}
