import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { spawnReady } from '../spawn-ready.ts';

const CLI = fileURLToPath(new URL('../../../bin/maitre.mjs', import.meta.url));

/** A running reference backend process for a bench: its URL, service token, pid and `stop()`. */
export interface BenchBackend {
  url: string;
  serviceToken: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * Starts the reference backend (`maitre backend`) in its own process, SQLite in `dataDir`, on a free
 * loopback port, with a fresh random service token. Rejects when it does not become ready.
 */
export async function spawnBenchBackend(dataDir: string, venue: string): Promise<BenchBackend> {
  const serviceToken = randomBytes(24).toString('hex');
  const backend = await spawnReady(
    [CLI, 'backend'],
    {
      DATA_DIR: dataDir,
      BACKEND_PORT: '0',
      LOG_LEVEL: 'silent',
      VENUE: venue,
      BACKEND_SERVICE_TOKEN: serviceToken,
    },
    /listening on (\S+)/,
  );
  return { url: backend.url, serviceToken, pid: backend.child.pid, stop: () => backend.stop() };
}
