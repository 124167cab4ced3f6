import type {
  IndexedChunk,
  IndexMatch,
  KnowledgeFilter,
  KnowledgeIndex,
} from '../../core/ports/knowledge-retriever.ts';
import { KnowledgeIndexError, type KnowledgeIndexOperation } from '../../errors/index.ts';
import { checkVector } from './check-vector.ts';
import { KnowledgeChunkSchema } from './knowledge-chunk-schema.ts';
import { admittedDiets } from './match-knowledge-filter.ts';
import { createPgSqlRunner } from './pg-sql-runner.ts';
import { openPgliteSqlRunner } from './pglite-sql-runner.ts';
import type { SqlRunner } from './sql-runner.ts';

/**
 * Where the pgvector index runs: a PostgreSQL server with the `vector` extension (`runtime: 'pg'`),
 * PGlite in-process (`runtime: 'pglite'`, imported only then; `dataDir` persists, none is in memory), or
 * a runner the caller made (`runner`, closed on `close()` only when `ownsRunner`).
 */
export type PgvectorConnection =
  | { runtime: 'pg'; connectionString: string; poolSize?: number }
  | { runtime: 'pglite'; dataDir?: string }
  | { runner: SqlRunner; ownsRunner?: boolean };

/**
 * `collection`: names the table (`kn_<collection>`, lower-cased, anything but `[a-z0-9_]` becomes `_`,
 * at most 40 characters) and its meta table (`…_meta`); one per venue. `schema`: where the tables go
 * (default `public`; created if missing). `annIndex: 'hnsw'` adds an HNSW cosine index for large
 * collections (approximate: with a filter, fewer than `k` rows may come back); the default scans exactly,
 * which is fast enough for a venue's few thousand chunks.
 */
export type PgvectorIndexOptions = PgvectorConnection & {
  collection: string;
  schema?: string;
  annIndex?: 'none' | 'hnsw';
  /** `false` turns typo tolerance off even where fuzzystrmatch exists (default on when it does). */
  typos?: boolean;
};

/** Query words shorter than this are matched exactly (by stem) only: a typo in "tea" is another word. */
const TYPO_MIN_LETTERS = 5;
/**
 * Weight of the typo score (share of the query's long words that are one edit from a word of the chunk,
 * 0..1) against `ts_rank_cd` (about 0.1 per matched word): a near spelling ranks a chunk where no stem
 * matched and breaks ties among stem matches; it does not outrank a chunk matching more stems.
 */
const TYPO_WEIGHT = 0.05;
/** Rows per upsert statement (three array parameters, however many rows). */
const UPSERT_BATCH = 500;
/** Words of a query kept (longer queries are cut): bounds the statement's work. */
const MAX_QUERY_WORDS = 32;

/**
 * `KnowledgeIndex` on PostgreSQL + pgvector, over any `SqlRunner` (node-postgres or PGlite).
 *
 * Table `kn_<collection>`: `id` (primary key), `chunk` (jsonb, the whole chunk), generated columns
 * `document`, `kind`, `diet`, `category` (filters), `body` (context + text) and
 * `tsv = to_tsvector('english', context || ' ' || text)` (GIN index), and `embedding vector(n)`.
 *
 * Full text (`searchText`): the query is split into words (letters and digits only) in code, passed as
 * parameters, and turned into `to_tsquery('english', 'w1 | w2 | …')` (an OR of the words' English stems,
 * stop words dropped); matches are ranked by `ts_rank_cd`. Typo tolerance, when the fuzzystrmatch
 * extension is installed (contrib, like pg_trgm; PGlite bundles it): a query word of
 * {@link TYPO_MIN_LETTERS}+ letters that is not a stop word is near a chunk when one of the chunk's words
 * (generated column `words`: lower-cased, unstemmed; GIN index) is within one edit
 * (`levenshtein_less_equal`). The edit distances are computed against the collection's vocabulary (table
 * `…_vocab`, every word ever upserted), not row by row; rows holding a near form are then found through
 * the `words` index (`&&`). The typo score is the share of the query's long words that are near. A row is
 * a hit when a stem matches or a word is near; score = `ts_rank_cd + TYPO_WEIGHT × typo score`.
 * pg_trgm's `word_similarity` was tried first and dropped: one substituted letter in a six-letter word
 * ("ginjer" for "ginger") scores 0.43, below what keeps unrelated words out.
 *
 * Vectors (`searchVector`): `1 - (embedding <=> q)` (cosine similarity), exact unless `annIndex: 'hnsw'`.
 * Filters are SQL conditions on the generated columns and on `chunk->'allergens'` (`?|`). A collection
 * opened with other dimensions than it was created with is dropped and created again (its vectors came
 * from another embedder); its meta is kept. Errors: `KnowledgeIndexError` (`KNOWLEDGE_INDEX_FAILED`).
 */
export class PgvectorIndex implements KnowledgeIndex {
  readonly name = 'pgvector';
  readonly #options: PgvectorIndexOptions;
  readonly #table: string;
  readonly #meta: string;
  readonly #vocab: string;
  readonly #prefix: string;
  #runner: SqlRunner | undefined;
  #dimensions: number | undefined;
  #fuzzy = false;

  constructor(options: PgvectorIndexOptions) {
    this.#options = options;
    const schema = options.schema ?? 'public';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
      throw new KnowledgeIndexError(this.name, 'open', `schema "${schema}" must match [a-z_][a-z0-9_]*`);
    const base = `kn_${options.collection.toLowerCase().replace(/[^a-z0-9_]/g, '_')}`.slice(0, 40);
    this.#prefix = base;
    this.#table = `"${schema}"."${base}"`;
    this.#meta = `"${schema}"."${base}_meta"`;
    this.#vocab = `"${schema}"."${base}_vocab"`;
  }

  /** Whether typo tolerance (fuzzystrmatch) is on; known after `open`. */
  get typoTolerant(): boolean {
    return this.#fuzzy;
  }

  async open(dimensions: number): Promise<void> {
    if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 16_000)
      throw new KnowledgeIndexError(
        this.name,
        'open',
        `dimensions must be an integer in 1..16000, got ${dimensions}`,
      );
    await this.#run('open', async (db) => {
      await db.query('create extension if not exists vector').catch((cause: unknown) => {
        throw new KnowledgeIndexError(
          this.name,
          'open',
          'the pgvector extension is not available on this PostgreSQL (install it, then CREATE EXTENSION vector)',
          { cause },
        );
      });
      this.#fuzzy =
        this.#options.typos !== false &&
        (await db.query('create extension if not exists fuzzystrmatch').then(
          () => true,
          () => false,
        ));
      const schema = this.#options.schema ?? 'public';
      await db.query(`create schema if not exists "${schema}"`);
      const existing = await db.query<{ dims: number }>(
        `select atttypmod as dims from pg_attribute where attrelid = to_regclass($1) and attname = 'embedding'`,
        [this.#table],
      );
      const current = existing.rows[0]?.dims;
      if (current !== undefined && current !== dimensions) await db.query(`drop table ${this.#table}`);
      const body = `coalesce(chunk->>'context', '') || ' ' || coalesce(chunk->>'text', '')`;
      await db.query(`create table if not exists ${this.#table} (
        id text primary key,
        chunk jsonb not null,
        document text generated always as (chunk #>> '{source,document}') stored,
        kind text generated always as (chunk #>> '{source,kind}') stored,
        diet text generated always as (chunk->>'diet') stored,
        category text generated always as (chunk->>'category') stored,
        body text generated always as (${body}) stored,
        tsv tsvector generated always as (to_tsvector('english'::regconfig, ${body})) stored,
        words text[] generated always as (tsvector_to_array(to_tsvector('simple'::regconfig, ${body}))) stored,
        embedding vector(${dimensions}) not null
      )`);
      await db.query(`create index if not exists "${this.#prefix}_tsv" on ${this.#table} using gin (tsv)`);
      await db.query(
        `create index if not exists "${this.#prefix}_words" on ${this.#table} using gin (words)`,
      );
      await db.query(`create index if not exists "${this.#prefix}_document" on ${this.#table} (document)`);
      await db.query(`create index if not exists "${this.#prefix}_kind" on ${this.#table} (kind)`);
      if (this.#options.annIndex === 'hnsw')
        await db.query(
          `create index if not exists "${this.#prefix}_hnsw" on ${this.#table} using hnsw (embedding vector_cosine_ops)`,
        );
      await db.query(`create table if not exists ${this.#meta} (key text primary key, value text not null)`);
      await db.query(`create table if not exists ${this.#vocab} (word text primary key)`);
      this.#dimensions = dimensions;
    });
  }

  async upsert(entries: readonly IndexedChunk[]): Promise<void> {
    const dims = this.#opened('upsert');
    const byId = new Map<string, IndexedChunk>();
    for (const entry of entries) byId.set(entry.chunk.id, entry);
    const unique = [...byId.values()];
    for (const entry of unique) checkVector(this.name, 'upsert', entry.vector, dims);
    await this.#run('upsert', async (db) => {
      for (let start = 0; start < unique.length; start += UPSERT_BATCH) {
        const batch = unique.slice(start, start + UPSERT_BATCH);
        await db.query(
          `insert into ${this.#table} (id, chunk, embedding)
           select u.id, u.chunk::jsonb, u.embedding::vector
           from unnest($1::text[], $2::text[], $3::text[]) as u(id, chunk, embedding)
           on conflict (id) do update set chunk = excluded.chunk, embedding = excluded.embedding`,
          [
            batch.map((e) => e.chunk.id),
            batch.map((e) => JSON.stringify(e.chunk)),
            batch.map((e) => vectorLiteral(e.vector)),
          ],
        );
        await db.query(
          `insert into ${this.#vocab} (word)
           select distinct x from ${this.#table} t, unnest(t.words) as x where t.id = any($1::text[])
           on conflict (word) do nothing`,
          [batch.map((e) => e.chunk.id)],
        );
      }
    });
  }

  async remove(match: { document?: string; kind?: 'document' | 'menu' }): Promise<number> {
    this.#opened('remove');
    if (match.document === undefined && match.kind === undefined)
      throw new KnowledgeIndexError(this.name, 'remove', 'name a document or a kind to remove');
    return this.#run('remove', async (db) => {
      const { rows } = await db.query<{ n: number }>(
        `with gone as (
           delete from ${this.#table}
           where ($1::text is null or document = $1) and ($2::text is null or kind = $2)
           returning 1)
         select count(*)::int as n from gone`,
        [match.document ?? null, match.kind ?? null],
      );
      return rows[0]?.n ?? 0;
    });
  }

  async searchText(text: string, k: number, filter?: KnowledgeFilter): Promise<IndexMatch[]> {
    this.#opened('search');
    const words = [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, MAX_QUERY_WORDS);
    if (words.length === 0 || k < 1) return [];
    const near = this.#fuzzy ? words.filter((w) => [...w].length >= TYPO_MIN_LETTERS) : [];
    const params: unknown[] = [words.join(' | '), TYPO_WEIGHT, Math.floor(k)];
    if (this.#fuzzy) params.push(near);
    const where = filterSql(filter, params);
    // Without fuzzystrmatch, levenshtein_less_equal does not exist: the typo part is left out of the SQL.
    const typoCtes = this.#fuzzy
      ? `, near as (select w from unnest($4::text[]) as w where length(to_tsvector('english', w)) > 0),
      near_forms as (
        select near.w, array_agg(v.word) as forms from near join ${this.#vocab} v
          on length(v.word) between length(near.w) - 1 and length(near.w) + 1
         and levenshtein_less_equal(near.w, v.word, 1) <= 1
        group by near.w),
      typo as (
        select coalesce((select array_agg(f) from near_forms, unnest(forms) as f), '{}') as forms,
               greatest((select count(*) from near), 1) as words)`
      : '';
    const typoScore = this.#fuzzy
      ? `(select count(*) from near_forms nf where t.words && nf.forms)::float8 / typo.words`
      : '0';
    const sql = `
      with q as (select to_tsquery('english', $1) as q)${typoCtes}
      select t.id, t.chunk, ts_rank_cd(t.tsv, q.q) + $2::float8 * ${typoScore} as score
      from ${this.#table} t, q${this.#fuzzy ? ', typo' : ''}
      where (t.tsv @@ q.q${this.#fuzzy ? ' or t.words && typo.forms' : ''}) and ${where}
      order by score desc, t.id
      limit $3::int`;
    return this.#run('search', async (db) => toMatches((await db.query<MatchRow>(sql, params)).rows));
  }

  async searchVector(vector: readonly number[], k: number, filter?: KnowledgeFilter): Promise<IndexMatch[]> {
    const dims = this.#opened('search');
    checkVector(this.name, 'search', vector, dims);
    if (k < 1) return [];
    const params: unknown[] = [vectorLiteral(vector), Math.floor(k)];
    const where = filterSql(filter, params);
    const sql = `
      select id, chunk, 1 - (embedding <=> $1::vector) as score
      from ${this.#table} t
      where ${where}
      order by embedding <=> $1::vector, id
      limit $2::int`;
    return this.#run('search', async (db) => toMatches((await db.query<MatchRow>(sql, params)).rows));
  }

  async count(): Promise<number> {
    this.#opened('count');
    return this.#run('count', async (db) => {
      const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from ${this.#table}`);
      return rows[0]?.n ?? 0;
    });
  }

  async getMeta(key: string): Promise<string | undefined> {
    this.#opened('meta');
    return this.#run('meta', async (db) => {
      const { rows } = await db.query<{ value: string }>(`select value from ${this.#meta} where key = $1`, [
        key,
      ]);
      return rows[0]?.value;
    });
  }

  async setMeta(key: string, value: string): Promise<void> {
    this.#opened('meta');
    await this.#run('meta', async (db) => {
      await db.query(
        `insert into ${this.#meta} (key, value) values ($1, $2)
         on conflict (key) do update set value = excluded.value`,
        [key, value],
      );
    });
  }

  async close(): Promise<void> {
    const runner = this.#runner;
    this.#runner = undefined;
    this.#dimensions = undefined;
    const owned = !('runner' in this.#options) || this.#options.ownsRunner === true;
    if (runner !== undefined && owned) await this.#run('close', () => runner.close(), runner);
  }

  #opened(operation: KnowledgeIndexOperation): number {
    if (this.#dimensions === undefined)
      throw new KnowledgeIndexError(
        this.name,
        operation,
        'the index is not open (call open(dimensions) first)',
      );
    return this.#dimensions;
  }

  async #connect(): Promise<SqlRunner> {
    if (this.#runner !== undefined) return this.#runner;
    const o = this.#options;
    const runner =
      'runner' in o
        ? o.runner
        : o.runtime === 'pg'
          ? createPgSqlRunner({
              connectionString: o.connectionString,
              ...(o.poolSize === undefined ? {} : { poolSize: o.poolSize }),
            })
          : await openPgliteSqlRunner(o.dataDir === undefined ? {} : { dataDir: o.dataDir });
    this.#runner = runner;
    return runner;
  }

  async #run<T>(
    operation: KnowledgeIndexOperation,
    work: (db: SqlRunner) => Promise<T>,
    runner?: SqlRunner,
  ): Promise<T> {
    try {
      return await work(runner ?? (await this.#connect()));
    } catch (error) {
      if (error instanceof KnowledgeIndexError) throw error;
      // The driver's error carries the statement's parameters (a customer's words): keep its message only.
      const problem = error instanceof Error ? error.message : String(error);
      const code = (error as { code?: unknown }).code;
      const cause = Object.assign(new Error(problem), typeof code === 'string' ? { code } : {});
      throw new KnowledgeIndexError(this.name, operation, problem, { cause });
    }
  }
}

/** Makes a pgvector index; nothing connects until `open`. */
export function createPgvectorIndex(options: PgvectorIndexOptions): PgvectorIndex {
  return new PgvectorIndex(options);
}

interface MatchRow extends Record<string, unknown> {
  id: string;
  chunk: unknown;
  score: number | string;
}

function toMatches(rows: MatchRow[]): IndexMatch[] {
  return rows.map((row) => ({ chunk: KnowledgeChunkSchema.parse(row.chunk), score: Number(row.score) }));
}

/** SQL conditions for `filter` over table alias `t`, appending their values to `params` (`$n`). */
function filterSql(filter: KnowledgeFilter | undefined, params: unknown[]): string {
  const conditions: string[] = ['true'];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter?.kind !== undefined) conditions.push(`t.kind = ${param(filter.kind)}`);
  if (filter?.diet !== undefined)
    conditions.push(`t.diet = any(${param(admittedDiets(filter.diet))}::text[])`);
  if (filter?.category !== undefined) conditions.push(`t.category = ${param(filter.category)}`);
  if (filter?.allergenFree !== undefined)
    conditions.push(
      `jsonb_typeof(t.chunk->'allergens') = 'array' and not ((t.chunk->'allergens') ?| ${param(filter.allergenFree)}::text[])`,
    );
  return conditions.join(' and ');
}

/** pgvector's text form, `[0.1,0.2,…]`, passed as a parameter and cast with `::vector`. */
function vectorLiteral(vector: readonly number[]): string {
  return `[${vector.join(',')}]`;
}
