import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../core/ports/index.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../testing/test-databases.ts';
import { WebhookDispatcher } from './webhook-dispatcher.ts';

const OPTIONS = {
  pollMs: 600_000,
  maxAttempts: 5,
  retryBaseMs: 60_000,
  retryMaxMs: 600_000,
  timeoutMs: 1000,
};

/** A pending outbox row for `orderId`'s `status` event, created at `createdAt`. */
function row(id: string, orderId: string, status: string, createdAt: string) {
  return {
    id,
    event_id: `evt_${id}`,
    subscription_id: 'sub_1',
    payload: JSON.stringify({ id: `evt_${id}`, data: { orderId, status } }),
    status: 'pending',
    attempts: 0,
    next_attempt_at: createdAt,
    last_error: null,
    created_at: createdAt,
    delivered_at: null,
  };
}

describe.each(DATABASE_KINDS)('webhook dispatcher on %s', (kind) => {
  let t: TestDatabase;
  /** What the stub receiver saw, in order: `start <status>` when a POST begins, `end <status>` when answered. */
  let seen: string[];

  const stubFetch = (async (_url: string, init: RequestInit) => {
    const status = (JSON.parse(String(init.body)) as { data: { status: string } }).data.status;
    seen.push(`start ${status}`);
    await new Promise((r) => setTimeout(r, 5));
    seen.push(`end ${status}`);
    return new Response(null, { status: 204 });
  }) as typeof fetch;

  const dispatcher = () =>
    new WebhookDispatcher(t.database.db, systemClock, pino({ level: 'silent' }), OPTIONS, stubFetch);

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await t.database.db
      .insertInto('webhook_subscriptions')
      .values({ id: 'sub_1', url: 'http://127.0.0.1:9/hooks', secret: 'whsec_x', created_at: '2026-01-01' })
      .execute();
  });
  afterAll(async () => t?.destroy());
  beforeEach(async () => {
    seen = [];
    await t.database.db.deleteFrom('webhook_outbox').execute();
  });

  it("sends one order's events one after another, oldest first", async () => {
    const at = new Date(Date.now() - 60_000);
    const iso = (ms: number) => new Date(at.getTime() + ms).toISOString();
    await t.database.db
      .insertInto('webhook_outbox')
      .values([row('b', 'ord_1', 'paid', iso(1)), row('a', 'ord_1', 'placed', iso(0))])
      .execute();
    expect(await dispatcher().tick()).toBe(2);
    expect(seen).toEqual(['start placed', 'end placed', 'start paid', 'end paid']);
  });
});
