import type { Compilable, CompiledQuery, QueryResult } from 'kysely';
import type { Db } from './schema.ts';

/** What `build` receives in place of each value: a marker string that must become a bound parameter. */
const MARK = '\u0000fixed-query-value:';

interface Template {
  compiled: CompiledQuery;
  /** For each parameter of `compiled`: the name of the value it takes, or null to keep it as compiled. */
  names: (string | null)[];
}

/**
 * A query whose shape never changes, built and compiled once per database dialect and then run with
 * each call's values: building and compiling Kysely's syntax tree per request was a quarter of the
 * backend's time. `build` gets stand-ins for the values and must only bind them (compare, set or
 * insert them; never test them in JavaScript, list them with `in`, or leave one out): compiling
 * checks that each stand-in it read became a parameter. The database must have no Kysely plugins
 * (a compiled query does not go through them again). Runs on `db`, which may be a transaction.
 */
export function fixedQuery<V extends object, R>(
  build: (db: Db, values: V) => Compilable<R>,
): (db: Db, values: V) => Promise<QueryResult<R>> {
  // keyed by the dialect adapter, which a database shares with its transactions
  const templates = new WeakMap<object, Template>();
  return (db, values) => {
    const adapter = db.getExecutor().adapter;
    let template = templates.get(adapter);
    if (!template) {
      template = compileTemplate(db, build);
      templates.set(adapter, template);
    }
    const { compiled, names } = template;
    const parameters = names.map((name, i) =>
      name === null ? compiled.parameters[i] : (values as Record<string, unknown>)[name],
    );
    return db.executeQuery<R>({ ...compiled, parameters } as CompiledQuery<R>);
  };
}

function compileTemplate<V, R>(db: Db, build: (db: Db, values: V) => Compilable<R>): Template {
  const read = new Set<string>();
  const standIns = new Proxy(
    {},
    {
      get(_, key) {
        const name = String(key);
        read.add(name);
        return `${MARK}${name}`;
      },
    },
  ) as V;
  const compiled = build(db, standIns).compile();
  const names = compiled.parameters.map((p) =>
    typeof p === 'string' && p.startsWith(MARK) ? p.slice(MARK.length) : null,
  );
  const bound = new Set(names);
  const unbound = [...read].filter((name) => !bound.has(name));
  if (unbound.length > 0 || compiled.sql.includes(MARK)) {
    throw new Error(`fixedQuery: values not bound as parameters: ${unbound.join(', ') || compiled.sql}`);
  }
  return { compiled, names };
}
