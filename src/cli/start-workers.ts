import cluster, { type Worker } from 'node:cluster';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { MaitreError } from '../errors/index.ts';
import { withBotNodeFlags } from '../server/bot-node-flags.ts';
import { checkRedisReachable } from '../sessions/redis-connection.ts';

const CLI = fileURLToPath(new URL('../../bin/maitre.mjs', import.meta.url));

/** What a worker sends its primary once its bot listens. */
export const LISTENING = 'maitre.worker.listening';
/** What the primary sends a worker to make it close and exit. */
export const SHUTDOWN = 'maitre.worker.shutdown';

/** A worker dying this soon after it started counts as a crash loop. */
const QUICK_EXIT_MS = 10_000;
const MAX_QUICK_EXITS = 5;

export interface WorkerPool {
  /** The URL the workers listen on (one port, shared through node:cluster). */
  url: string;
  /** Asks every worker to close (requests in flight finish), waits up to 10 s each, then kills. */
  close(): Promise<void>;
}

/**
 * In the cluster primary: forks `count` bot workers, each running `maitre <args>` with `env` added, and
 * resolves once every one listens (they share one port: node:cluster hands each new connection to the
 * next worker in turn). A worker that exits unexpectedly is replaced, unless workers keep dying within
 * 10 s of starting (then the pool stops and the process exits with status 1). Rejects when a worker
 * exits before listening (its own error was printed on the shared stderr) or after `timeoutMs`.
 */
export async function startWorkers(
  count: number,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<WorkerPool> {
  const log = pino({ base: { service: 'bot-primary' } });
  cluster.setupPrimary({
    exec: CLI,
    args,
    execArgv: withBotNodeFlags(process.execArgv, process.env.NODE_OPTIONS),
  });
  const started = new Map<Worker, number>();
  let closing = false;
  // a worker failing before all listen fails the start instead of being replaced
  let ready = false;
  let quickExits = 0;

  const fork = (): Worker => {
    const worker = cluster.fork(env);
    started.set(worker, Date.now());
    worker.on('exit', (code, signal) => {
      const ranMs = Date.now() - (started.get(worker) ?? 0);
      started.delete(worker);
      if (closing || !ready) return;
      log.error({ pid: worker.process.pid, code, signal, ranMs }, 'worker.exited');
      if (ranMs < QUICK_EXIT_MS && ++quickExits >= MAX_QUICK_EXITS) {
        log.fatal({ quickExits }, 'worker.crash_loop');
        void close().then(() => process.exit(1));
        return;
      }
      fork();
    });
    return worker;
  };

  const close = async (): Promise<void> => {
    closing = true;
    await Promise.all(
      [...started.keys()].map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            const force = setTimeout(() => worker.process.kill('SIGKILL'), 10_000);
            worker.once('exit', () => {
              clearTimeout(force);
              resolve();
            });
            if (worker.isConnected()) worker.send({ type: SHUTDOWN });
            else worker.process.kill('SIGTERM');
          }),
      ),
    );
  };

  const first = Array.from({ length: count }, fork);
  try {
    const urls = await Promise.all(
      first.map(
        (worker) =>
          new Promise<string>((resolve, reject) => {
            const timer = setTimeout(
              () => reject(new Error('a bot worker did not start in time')),
              timeoutMs,
            );
            worker.on('message', (message: { type?: unknown; url?: unknown }) => {
              if (message?.type === LISTENING && typeof message.url === 'string') {
                clearTimeout(timer);
                resolve(message.url);
              }
            });
            worker.once('exit', (code) => {
              clearTimeout(timer);
              reject(
                new MaitreError(
                  'WORKER_START_FAILED',
                  `a bot worker stopped before listening (status ${code}); its error is above`,
                ),
              );
            });
          }),
      ),
    );
    ready = true;
    log.info({ workers: count, url: urls[0] }, 'workers.started');
    return { url: urls[0] ?? '', close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Checks in the primary, before any worker starts, what every worker would find wrong at once, so the
 * operator reads one line instead of one per worker: Redis answers (ConfigError naming REDIS_URL) and
 * the port is free (the listening error `main` reports). Node's cluster listens in the primary for its
 * workers, so a port free here is free for them.
 */
export async function preflightWorkers(config: {
  redisUrl?: string | undefined;
  port: number;
}): Promise<void> {
  if (config.redisUrl) await checkRedisReachable(config.redisUrl);
  if (config.port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException & { port?: number }) => {
      error.port = config.port;
      reject(error);
    });
    probe.listen(config.port, () => probe.close(() => resolve()));
  });
}

/** In a cluster worker: tells the primary this worker's bot listens at `url`. */
export function reportListening(url: string): void {
  if (cluster.isWorker) process.send?.({ type: LISTENING, url });
}
