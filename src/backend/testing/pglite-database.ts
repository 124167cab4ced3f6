import type { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import type { BackendDatabase } from '../db/open-database.ts';
import type { BackendTables } from '../db/schema.ts';

/**
 * The backend's PostgreSQL code on PGlite (PostgreSQL compiled to WebAssembly, in this process), for
 * the test suites on a machine without a PostgreSQL server. One PGlite per process (it takes seconds
 * to start and hundreds of MB); each `openPgliteDatabase` handle works in its own schema.
 *
 * PGlite has one connection, so the pool below hands it to one Kysely connection at a time (a FIFO
 * mutex); a transaction holds it until commit. Results are shaped like node-postgres's (`command`,
 * `rowCount`, `int8` as a string), which is what Kysely's PostgresDialect reads.
 */
let shared: Promise<PGlite> | undefined;
let holder: Promise<void> = Promise.resolve();
let currentSchema: string | undefined;

function pglite(): Promise<PGlite> {
  shared ??= import('@electric-sql/pglite').then(({ PGlite, types }) =>
    PGlite.create({
      parsers: { [types.INT8]: (value: string) => value, [types.NUMERIC]: (value: string) => value },
    }),
  );
  return shared;
}

/** Waits for the connection; resolves with the function that gives it back. */
function acquire(): Promise<() => void> {
  let release!: () => void;
  const mine = new Promise<void>((resolve) => {
    release = resolve;
  });
  const previous = holder;
  holder = previous.then(() => mine);
  return previous.then(() => release);
}

const COMMANDS = ['INSERT', 'UPDATE', 'DELETE', 'MERGE', 'SELECT'] as const;

function commandOf(sql: string): string {
  const first = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
  if ((COMMANDS as readonly string[]).includes(first)) return first;
  if (first === 'WITH') {
    const main = /\)\s*(insert|update|delete|merge|select)\b[^)]*$/i.exec(sql)?.[1];
    return main ? main.toUpperCase() : 'SELECT';
  }
  return first;
}

function pool(schema: string): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      const db = await pglite();
      const release = await acquire();
      if (currentSchema !== schema) {
        try {
          await db.exec(`set search_path to "${schema}"`);
        } catch (error) {
          release();
          throw error;
        }
        currentSchema = schema;
      }
      const client = {
        async query(sql: string, parameters: readonly unknown[]) {
          const result = await db.query(sql, [...parameters]);
          return {
            command: commandOf(sql),
            rowCount: result.affectedRows ?? result.rows.length,
            rows: result.rows,
          };
        },
        release,
      };
      return client as unknown as PostgresPoolClient;
    },
    async end() {},
  };
}

/** Creates `schema` in the process's PGlite (if needed) and opens a handle working in it. */
export async function openPgliteDatabase(schema: string): Promise<BackendDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`unsafe schema name: ${schema}`);
  const db = await pglite();
  const release = await acquire();
  try {
    await db.exec(`create schema if not exists "${schema}"`);
  } finally {
    release();
  }
  return openPgliteHandle(schema);
}

/** Another handle on an existing schema (a restarted backend). */
export function openPgliteHandle(schema: string): BackendDatabase {
  const kysely = new Kysely<BackendTables>({ dialect: new PostgresDialect({ pool: pool(schema) }) });
  return { db: kysely, kind: 'postgres', close: () => kysely.destroy() };
}

/** Drops a schema made by `openPgliteDatabase`. */
export async function dropPgliteSchema(schema: string): Promise<void> {
  const db = await pglite();
  const release = await acquire();
  try {
    await db.exec(`drop schema if exists "${schema}" cascade`);
    if (currentSchema === schema) currentSchema = undefined;
  } finally {
    release();
  }
}
