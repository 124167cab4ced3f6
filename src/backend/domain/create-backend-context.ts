import type { Logger } from 'pino';
import { type Clock, type IdSource, randomIds, systemClock } from '../../core/ports/index.ts';
import type { Db } from '../db/schema.ts';
import type { BackendContext } from './backend-context.ts';
import { loadMenuCatalog } from './menu-catalog.ts';
import { OutboxSignal } from './outbox-signal.ts';

/** Loads the stored menu and bundles what the services share. */
export async function createBackendContext(
  db: Db,
  logger: Logger,
  options: { clock?: Clock; ids?: IdSource } = {},
): Promise<BackendContext> {
  return {
    db,
    catalog: await loadMenuCatalog(db),
    clock: options.clock ?? systemClock,
    ids: options.ids ?? randomIds,
    logger,
    outbox: new OutboxSignal(),
  };
}
