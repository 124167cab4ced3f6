import type { Db } from '../db/schema.ts';
import type { BackendContext } from './backend-context.ts';

/** Transactions that wrote outbox rows (see `noteOutboxWrite`); weak, so they go with their transaction. */
const wroteOutbox = new WeakSet<Db>();

/** Records that `trx` inserted webhook outbox rows: `runTransaction` wakes the dispatcher once it commits. */
export function noteOutboxWrite(trx: Db): void {
  wroteOutbox.add(trx);
}

/**
 * Runs `work` in a transaction on `ctx.db` and returns its result. When `work` wrote outbox rows, the
 * webhook dispatcher is woken after the commit (not before: on PostgreSQL it would not see them yet);
 * a rolled-back transaction wakes nothing. Errors from `work` roll back and are rethrown as they are.
 */
export async function runTransaction<T>(ctx: BackendContext, work: (trx: Db) => Promise<T>): Promise<T> {
  let used: Db | undefined;
  const result = await ctx.db.transaction().execute((trx) => {
    used = trx;
    return work(trx);
  });
  if (used !== undefined && wroteOutbox.has(used)) ctx.outbox.notify();
  return result;
}
