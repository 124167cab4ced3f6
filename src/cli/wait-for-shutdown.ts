import cluster from 'node:cluster';
import { SHUTDOWN } from './start-workers.ts';

/**
 * Resolves after SIGINT or SIGTERM, once `close` has run; a second signal exits at once. In a cluster
 * worker the primary decides: the worker closes on the primary's shutdown message, on SIGTERM, or when
 * the primary is gone, ignores SIGINT (Ctrl+C reaches the whole process group; the primary relays it),
 * and exits once closed.
 */
export function waitForShutdown(close: () => Promise<void>): Promise<void> {
  if (cluster.isWorker) return workerShutdown(close);
  return new Promise((resolve) => {
    let closing = false;
    const onSignal = (): void => {
      if (closing) process.exit(130);
      closing = true;
      process.stdout.write('\nStopping...\n');
      close().then(resolve, (error: unknown) => {
        process.stderr.write(`maitre: error while stopping: ${(error as Error).message}\n`);
        process.exitCode = 1;
        resolve();
      });
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

function workerShutdown(close: () => Promise<void>): Promise<void> {
  return new Promise(() => {
    let closing = false;
    const stop = (): void => {
      if (closing) return;
      closing = true;
      close().then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`maitre: worker error while stopping: ${(error as Error).message}\n`);
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', () => {});
    process.on('SIGTERM', stop);
    process.on('disconnect', stop);
    process.on('message', (message: { type?: unknown }) => {
      if (message?.type === SHUTDOWN) stop();
    });
  });
}
