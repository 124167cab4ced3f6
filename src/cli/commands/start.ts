import type { Command } from 'commander';
import { parseBackendConfig, startBackend } from '../../backend/index.ts';
import { waitForShutdown } from '../wait-for-shutdown.ts';

/** `maitre start` (npm start): the whole system on embedded defaults. */
export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('run Maitre on embedded defaults (SQLite, in-memory sessions, no API key)')
    .option('--venue <name>', 'venue folder under restaurants/ (env VENUE, default spice-route)')
    .action(async (opts: { venue?: string }) => {
      const env = { ...process.env };
      if (opts.venue) env.VENUE = opts.venue;
      const config = parseBackendConfig(env);
      const backend = await startBackend(config);
      process.stdout.write(
        [
          `Maitre is running (venue ${config.venue}).`,
          `  Restaurant backend: ${backend.url}   try: curl '${backend.url}/api/menu?diet=vegan'`,
          `  Chat in a terminal:  npm run chat   (in another terminal)`,
          `Press Ctrl+C to stop.`,
          '',
        ].join('\n'),
      );
      await waitForShutdown(() => backend.close());
    });
}
