import type { Command } from 'commander';
import { parseBackendConfig, startBackend } from '../../backend/index.ts';
import { waitForShutdown } from '../wait-for-shutdown.ts';

/** `maitre backend`: runs the reference restaurant backend alone. */
export function registerBackendCommand(program: Command): void {
  program
    .command('backend')
    .description('run the reference restaurant backend (menu, carts, orders, payments, webhooks)')
    .option('--venue <name>', 'venue folder under restaurants/ to seed on first start (env VENUE)')
    .option('--port <port>', 'port to listen on (env BACKEND_PORT)')
    .action(async (opts: { venue?: string; port?: string }) => {
      const env = { ...process.env };
      if (opts.venue) env.VENUE = opts.venue;
      if (opts.port) env.BACKEND_PORT = opts.port;
      const backend = await startBackend(parseBackendConfig(env));
      process.stdout.write(`Maitre backend listening on ${backend.url}\n`);
      await waitForShutdown(() => backend.close());
    });
}
