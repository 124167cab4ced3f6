import { fileURLToPath } from 'node:url';
import { withBotNodeFlags } from '../bot-node-flags.ts';
import { type ReadyProcess, spawnReady } from '../spawn-ready.ts';
import type { BenchBackend } from './spawn-bench-backend.ts';

const CLI = fileURLToPath(new URL('../../../bin/maitre.mjs', import.meta.url));

/** The webhook secret every bench bot runs with (the bench never signs a real webhook). */
export const BENCH_WEBHOOK_SECRET = 'bench-webhook-secret-0123456789';

/** How to start a bench bot (`spawnBenchBot`). */
export interface BenchBotOptions {
  venue: string;
  /** The bench's temp folder (the bot's DATA_DIR). */
  dataDir: string;
  /** The backend it talks to (spawnBenchBackend). */
  backend: Pick<BenchBackend, 'url' | 'serviceToken'>;
  /** WORKERS (default 1). */
  workers?: number;
  /** Redis stores under this URL and key prefix; memory stores when absent (as `npm start`). */
  redis?: { url: string; prefix: string };
  /** Turn load shedding off, so every turn is a whole turn and CPU per turn compares (default: on, as deployed). */
  noShedding?: boolean;
  /** Extra Node flags before the bot's own (e.g. `--cpu-prof`). */
  nodeArgs?: string[];
  /** How long to wait for it to listen (ms, default 120,000: a cold knowledge index takes a while). */
  timeoutMs?: number;
}

/**
 * Starts `maitre serve` for a bench or a profiling script, as deployed (the bot's Node flags, cluster
 * workers), silent, with the rate limits lifted far above any bench rate. Resolves once it listens
 * (its URL in `url`); rejects with its output when it does not start.
 */
export function spawnBenchBot(options: BenchBotOptions): Promise<ReadyProcess> {
  return spawnReady(
    [...withBotNodeFlags(options.nodeArgs ?? [], process.env.NODE_OPTIONS), CLI, 'serve'],
    {
      PORT: '0',
      LOG_LEVEL: 'silent',
      VENUE: options.venue,
      DATA_DIR: options.dataDir,
      BACKEND_URL: options.backend.url,
      BACKEND_SERVICE_TOKEN: options.backend.serviceToken,
      RATE_LIMIT_PER_IP: '1000000',
      RATE_LIMIT_SESSIONS_PER_IP: '1000000',
      RATE_LIMIT_PER_SESSION: '100000',
      WEBHOOK_SECRET: BENCH_WEBHOOK_SECRET,
      WORKERS: String(options.workers ?? 1),
      SESSION_TTL_SECONDS: '600',
      ...(options.redis ? { REDIS_URL: options.redis.url, REDIS_PREFIX: options.redis.prefix } : {}),
      ...(options.noShedding
        ? {
            SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
            SHED_MAX_TURNS_IN_FLIGHT: '0',
            SHED_MAX_EVENT_LOOP_UTILIZATION: '0',
          }
        : {}),
    },
    /listening on (\S+)/,
    options.timeoutMs ?? 120_000,
  );
}
