import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBackendConfig, startBackend } from '../backend/index.ts';
import { BackendClient } from '../backend-client/backend-client.ts';
import type { BackendFactory } from '../core/scenarios/run-scenario.ts';
import { withPolicies } from './with-policies.ts';

/**
 * A real reference backend per scenario (SQLite in a temp folder, on a free port) reached through the
 * HTTP client; the scenario's stock, availability and policies are written into the seeded menu.
 */
export const httpBackendFactory: BackendFactory = async (venue, setup) => {
  const dir = mkdtempSync(join(tmpdir(), 'maitre-scenario-'));
  const menu = withPolicies(structuredClone(venue.menu), setup.policies ?? {});
  for (const item of menu.items) {
    if (setup.stock && item.id in setup.stock) item.stock = setup.stock[item.id] ?? null;
    if (setup.unavailable?.includes(item.id)) item.available = false;
  }
  const config = parseBackendConfig({
    VENUE: venue.id,
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    DATABASE_URL: '',
  });
  const backend = await startBackend(
    { ...config, port: 0, host: '127.0.0.1', serviceToken: 'scenario-service-token-0123456789' },
    { venue: { ...venue, menu } },
  );
  return {
    port: new BackendClient({ baseUrl: backend.url, serviceToken: backend.serviceToken }),
    close: async () => {
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
