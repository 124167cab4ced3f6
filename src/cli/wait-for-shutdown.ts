/** Resolves after SIGINT or SIGTERM, once `close` has run; a second signal exits at once. */
export function waitForShutdown(close: () => Promise<void>): Promise<void> {
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
