import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { BackendTables, Db } from './schema.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

/** An open database: the Kysely handle, which dialect it speaks, and how to close it. */
export interface BackendDatabase {
  db: Db;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres://... : PostgreSQL through a pg Pool. */
  databaseUrl?: string | undefined;
  /** SQLite file used when no databaseUrl is given (its folder is created). */
  sqliteFile?: string;
  /** PostgreSQL: the schema to use (search_path), e.g. one per test file. */
  schema?: string;
  poolSize?: number;
}

/** Opens SQLite (default) or PostgreSQL (when a URL is given). Run migrations separately. */
export function openDatabase(options: OpenDatabaseOptions): BackendDatabase {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  const file = options.sqliteFile ?? './data/backend.sqlite';
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  // With WAL, NORMAL stays consistent and survives a process crash; only an OS crash or power loss can
  // roll back the last commits. FULL would fsync every commit while the event loop waits.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<BackendTables>({
    dialect: new SqliteDialect({ database: cachingStatements(sqlite) }),
  });
  return { db, kind: 'sqlite', close: () => db.destroy() };
}

/** Prepared statements kept, by SQL text; the backend's queries come from a small set of builders. */
const STATEMENT_CACHE_LIMIT = 500;

/**
 * The database as Kysely's SQLite driver sees it, with each statement prepared once: the driver
 * prepares every query it runs, which was a tenth of the backend's time per request. SQLite
 * recompiles a cached statement by itself when the schema changes. Bounded: cleared when full.
 */
function cachingStatements(sqlite: SQLite.Database): {
  prepare(sql: string): SQLite.Statement;
  close(): void;
} {
  const statements = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_LIMIT) statements.clear();
        statements.set(sql, statement);
      }
      return statement;
    },
    close() {
      statements.clear();
      sqlite.close();
    },
  };
}

function openPostgres(url: string, options: OpenDatabaseOptions): BackendDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    ...(options.schema ? { options: `-c search_path=${quoteIdent(options.schema)}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = new Kysely<BackendTables>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe schema name: ${name}`);
  return name;
}
