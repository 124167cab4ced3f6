/**
 * The least a SQL database must offer the pgvector index: run one parameterised statement (`$1`, `$2`…)
 * and give back its rows. Implemented over node-postgres (`createPgSqlRunner`) and PGlite
 * (`openPgliteSqlRunner`). Parameters are always passed separately, never spliced into `sql`.
 */
export interface SqlRunner {
  /** `pg` or `pglite`: which runtime runs the statements (logs, error messages). */
  readonly runtime: 'pg' | 'pglite';
  /** Runs one statement; rejects with the driver's error. */
  query<Row extends Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<{ rows: Row[] }>;
  /** Releases the connection(s) the runner owns; a runner lent by its caller does nothing. */
  close(): Promise<void>;
}
