import { rmSync } from 'node:fs';
import type { Command } from 'commander';
import { loadVenue } from '../../domain/load-venue.ts';
import { parseBotConfig } from '../../server/config/parse-bot-config.ts';
import { prepareWebRoot } from '../../server/prepare-web-root.ts';
import { startBot } from '../../server/start-bot.ts';
import { waitForShutdown } from '../wait-for-shutdown.ts';

/** `maitre serve`: the bot service alone, against BACKEND_URL (memory or Redis sessions). */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the bot service (HTTP, SSE, WebSocket) against a running backend (BACKEND_URL)')
    .option('--venue <name>', 'venue folder under restaurants/ (env VENUE)')
    .option('--port <port>', 'port to listen on (env PORT, default 8080)')
    .action(async (opts: { venue?: string; port?: string }) => {
      const env = { ...process.env };
      if (opts.venue) env.VENUE = opts.venue;
      if (opts.port) env.PORT = opts.port;
      const config = parseBotConfig(env);
      const venue = loadVenue(config.venue);
      const webRoot = await prepareWebRoot(venue);
      const bot = await startBot(config, { venue, webRoot });
      process.stdout.write(`Maitre bot listening on ${bot.url}\n`);
      await waitForShutdown(async () => {
        await bot.close();
        rmSync(webRoot, { recursive: true, force: true });
      });
    });
}
