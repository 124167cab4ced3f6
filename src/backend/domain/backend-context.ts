import type { Logger } from 'pino';
import type { Clock, IdSource } from '../../core/ports/index.ts';
import type { Db } from '../db/schema.ts';
import type { MenuCatalog } from './menu-catalog.ts';
import type { OutboxSignal } from './outbox-signal.ts';

/**
 * What the backend's services share: the database, the menu, time, ids, a logger, and the signal that
 * wakes the webhook dispatcher when a transaction commits outbox rows (see runTransaction).
 */
export interface BackendContext {
  db: Db;
  catalog: MenuCatalog;
  clock: Clock;
  ids: IdSource;
  logger: Logger;
  outbox: OutboxSignal;
}

/** Milliseconds an idempotency key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
