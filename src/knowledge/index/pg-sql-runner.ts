import pg from 'pg';
import type { SqlRunner } from './sql-runner.ts';

/**
 * A `SqlRunner` over a node-postgres pool. Given a `connectionString`, it opens its own pool (at most
 * `poolSize` connections, default 4) and ends it on `close()`; given a `pool`, it borrows it and leaves
 * it open.
 */
export function createPgSqlRunner(
  options: { connectionString: string; poolSize?: number } | { pool: pg.Pool },
): SqlRunner {
  const owned = !('pool' in options);
  const pool =
    'pool' in options
      ? options.pool
      : new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 4 });
  return {
    runtime: 'pg',
    async query<Row extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      const result = await pool.query(sql, [...params]);
      return { rows: result.rows as Row[] };
    },
    async close() {
      if (owned) await pool.end();
    },
  };
}
