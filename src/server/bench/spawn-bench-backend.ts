import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { spawnReady } from '../spawn-ready.ts';

const CLI = fileURLToPath(new URL('../../../bin/maitre.mjs', import.meta.url));

/** A running reference backend process for a bench: its URL, service token, pid and `stop()`. */
export interface BenchBackend {
  url: string;
  serviceToken: string;
  pid: number | undefined;
  /** Sends `signal` (SIGTERM by default; SIGINT lets `--cpu-prof` write its profile), resolves once it exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts the reference backend (`maitre backend`) in its own process, SQLite in `dataDir`, on a free
 * loopback port, with a fresh random service token. `nodeArgs` go before the script (e.g. `--cpu-prof`).
 * Rejects when it does not become ready within two minutes.
 */
export async function spawnBenchBackend(
  dataDir: string,
  venue: string,
  nodeArgs: string[] = [],
): Promise<BenchBackend> {
  const serviceToken = randomBytes(24).toString('hex');
  const backend = await spawnReady(
    [...nodeArgs, CLI, 'backend'],
    {
      DATA_DIR: dataDir,
      BACKEND_PORT: '0',
      LOG_LEVEL: 'silent',
      VENUE: venue,
      BACKEND_SERVICE_TOKEN: serviceToken,
    },
    /listening on (\S+)/,
    120_000,
  );
  return { url: backend.url, serviceToken, pid: backend.child.pid, stop: (signal) => backend.stop(signal) };
}
