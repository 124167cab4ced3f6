import { Migrator, sql } from 'kysely';
import { migrations } from './migrations.ts';
import type { BackendDatabase } from './open-database.ts';

/** Brings the database to the latest migration. Throws with the failing migration's error. */
export async function migrateToLatest(database: BackendDatabase): Promise<void> {
  // Kysely looks for its bookkeeping tables in every schema unless told which one; on PostgreSQL
  // name the current schema so databases sharing a server (one schema per test) stay apart.
  let migrationTableSchema: string | undefined;
  if (database.kind === 'postgres') {
    const row = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
    migrationTableSchema = row.rows[0]?.schema;
  }
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(error)}`, {
      cause: error,
    });
  }
}
