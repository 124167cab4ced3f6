import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onMissingService, TEST_POSTGRES_URL } from '../testing/test-services.ts';
import { parseBackendConfig } from './config/backend-config.ts';
import { startBackend } from './start-backend.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './testing/test-databases.ts';

describe.each(DATABASE_KINDS)('startBackend on %s with the default venue', (kind) => {
  let t: TestDatabase;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'maitre-start-'));
    if (kind === 'postgres') t = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await t?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates and seeds the database on first start and serves the menu; restarts keep the data', async (ctx) => {
    if (kind === 'postgres' && t.runtime === 'pglite') {
      onMissingService(
        'postgres',
        TEST_POSTGRES_URL,
        'startBackend with DATABASE_URL is skipped (PGlite has no URL)',
      );
      ctx.skip();
    }
    const env = {
      BACKEND_PORT: '0',
      DATA_DIR: join(dataDir, 'nested'),
      LOG_LEVEL: 'silent',
      BACKEND_SERVICE_TOKEN: 'start-test-service-token',
      ...(kind === 'postgres' ? { DATABASE_URL: t.config.databaseUrl as string } : {}),
    };
    const config = parseBackendConfig(env);
    expect(config.venue).toBe('spice-route');
    const first = await startBackend(config);
    let itemCount = 0;
    try {
      expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      if (kind === 'sqlite') expect(existsSync(join(dataDir, 'nested', 'spice-route.sqlite'))).toBe(true);
      const vegan = (await (await fetch(`${first.url}/api/menu?diet=vegan`)).json()) as {
        items: { diet: string }[];
      };
      expect(vegan.items.length).toBeGreaterThan(0);
      expect(vegan.items.every((i) => i.diet === 'vegan')).toBe(true);
      const all = (await (await fetch(`${first.url}/api/menu`)).json()) as {
        venue: { id: string };
        items: unknown[];
      };
      expect(all.venue.id).toBe('spice-route');
      itemCount = all.items.length;
    } finally {
      await first.close();
    }
    const second = await startBackend(config);
    try {
      const all = (await (await fetch(`${second.url}/api/menu`)).json()) as { items: unknown[] };
      expect(all.items).toHaveLength(itemCount);
    } finally {
      await second.close();
    }
  });
});
