import type { Db } from '../db/schema.ts';
import { IDEMPOTENCY_TTL_MS } from './backend-context.ts';

/** Deletes idempotency keys older than 24 h; returns how many. */
export async function purgeExpiredKeys(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString();
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
