import type { Menu } from '../../domain/index.ts';
import { migrateToLatest } from './migrate.ts';
import type { BackendDatabase } from './open-database.ts';
import { seedVenue } from './seed-venue.ts';

/** Migrates and, on first start, seeds the venue's menu. Returns whether it seeded. */
export async function prepareDatabase(database: BackendDatabase, menu: Menu, now: Date): Promise<boolean> {
  await migrateToLatest(database);
  return seedVenue(database.db, menu, now);
}
