import type { SqlRunner } from './sql-runner.ts';

/**
 * A `SqlRunner` over PGlite (PostgreSQL compiled to WebAssembly, in-process), with its bundled pgvector
 * and fuzzystrmatch extensions loaded. `dataDir`: a directory to persist in; none keeps the database in memory.
 * PGlite is imported here, lazily, so a deployment that never asks for it never loads it: opening takes
 * 3–7 s and adds about 700 MB of resident memory (WebAssembly heap), measured on this machine (Node 20,
 * PGlite 0.4.6), so it is a runtime for tests and single-process fallbacks, not the embedded default.
 * `close()` closes the database.
 */
export async function openPgliteSqlRunner(options: { dataDir?: string } = {}): Promise<SqlRunner> {
  const [{ PGlite }, { vector }, { fuzzystrmatch }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/vector'),
    import('@electric-sql/pglite/contrib/fuzzystrmatch'),
  ]);
  const db = await PGlite.create({
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    extensions: { vector, fuzzystrmatch },
  });
  return {
    runtime: 'pglite',
    async query<Row extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<Row>(sql, [...params]);
      return { rows: result.rows };
    },
    async close() {
      if (!db.closed) await db.close();
    },
  };
}
