import { fixedQuery } from '../db/fixed-query.ts';
import type { IdempotencyKeyTable } from '../db/schema.ts';

/**
 * The queries over `idempotency_keys` that order placement runs, each compiled once (fixedQuery) and
 * run on the caller's transaction. A key is (customer_id, key); `created_at` is an ISO-8601 UTC time.
 */
export const idempotencyKeys = {
  /** Deletes the customer's `key` when it was created before `before` (it expired). */
  deleteExpired: fixedQuery((db, v: { customerId: string; key: string; before: string }) =>
    db
      .deleteFrom('idempotency_keys')
      .where('customer_id', '=', v.customerId)
      .where('key', '=', v.key)
      .where('created_at', '<', v.before),
  ),

  /** Inserts the key row unless it exists: one affected row when this submission owns the key. */
  claim: fixedQuery((db, row: IdempotencyKeyTable) =>
    db
      .insertInto('idempotency_keys')
      .values({
        customer_id: row.customer_id,
        key: row.key,
        request_hash: row.request_hash,
        status_code: row.status_code,
        response: row.response,
        created_at: row.created_at,
      })
      .onConflict((oc) => oc.columns(['customer_id', 'key']).doNothing()),
  ),

  /** Stores the answer (status and JSON body) to replay for the key. */
  storeResponse: fixedQuery(
    (db, v: { customerId: string; key: string; statusCode: number; response: string }) =>
      db
        .updateTable('idempotency_keys')
        .set({ status_code: v.statusCode, response: v.response })
        .where('customer_id', '=', v.customerId)
        .where('key', '=', v.key),
  ),

  /** The key's row (its request hash and stored answer). */
  find: fixedQuery((db, v: { customerId: string; key: string }) =>
    db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('customer_id', '=', v.customerId)
      .where('key', '=', v.key),
  ),
};
