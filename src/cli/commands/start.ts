import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { Command } from 'commander';
import { parseBackendConfig, startBackend } from '../../backend/index.ts';
import { loadVenue } from '../../domain/load-venue.ts';
import { parseBotConfig } from '../../server/config/parse-bot-config.ts';
import { prepareWebRoot } from '../../server/prepare-web-root.ts';
import { startBot } from '../../server/start-bot.ts';
import { preflightWorkers, startWorkers } from '../start-workers.ts';
import { waitForShutdown } from '../wait-for-shutdown.ts';

/** `maitre start` (npm start): backend (embedded unless BACKEND_URL), bot and web chat on embedded defaults. */
export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('run Maitre on embedded defaults (SQLite, in-memory sessions, no API key) and print the URL')
    .option('--venue <name>', 'venue folder under restaurants/ (env VENUE, default spice-route)')
    .option('--port <port>', 'bot port (env PORT, default 8080)')
    .option('--no-kitchen', 'do not move orders along by themselves (the embedded demo kitchen)')
    .action(async (opts: { venue?: string; port?: string; kitchen: boolean }) => {
      const env = { ...process.env };
      if (opts.venue) env.VENUE = opts.venue;
      if (opts.port) env.PORT = opts.port;
      const botConfig = parseBotConfig(env);
      const venue = loadVenue(botConfig.venue);
      if (botConfig.workers > 1) await preflightWorkers(botConfig);
      const backend = botConfig.backendUrl ? undefined : await startBackend(parseBackendConfig(env));
      const kitchen = Boolean(backend) && opts.kitchen;
      let bot: { url: string; close(): Promise<void> };
      let webRoot: string | undefined;
      try {
        if (botConfig.workers > 1) {
          // WORKERS bot processes (node:cluster, Redis required) on one port; this process keeps the backend
          bot = await startWorkers(botConfig.workers, ['serve', ...(kitchen ? ['--demo-kitchen'] : [])], {
            VENUE: botConfig.venue,
            PORT: String(botConfig.port),
            WEBHOOK_SECRET: botConfig.webhookSecret ?? randomBytes(24).toString('base64url'),
            ...(backend ? { BACKEND_URL: backend.url, BACKEND_SERVICE_TOKEN: backend.serviceToken } : {}),
          });
        } else {
          webRoot = await prepareWebRoot(venue);
          bot = await startBot(botConfig, {
            venue,
            webRoot,
            demoKitchen: kitchen,
            ...(backend ? { backend: { url: backend.url, serviceToken: backend.serviceToken } } : {}),
          });
        }
      } catch (error) {
        await backend?.close();
        if (webRoot) rmSync(webRoot, { recursive: true, force: true });
        throw error;
      }
      process.stdout.write(
        [
          '',
          `Maitre is running (venue ${botConfig.venue}${botConfig.workers > 1 ? `, ${botConfig.workers} bot workers` : ''}).`,
          '',
          `  Open the chat:       ${bot.url}/`,
          `  Bot API:             ${bot.url}/v1/openapi.json   (docs/api.md)`,
          backend
            ? `  Restaurant backend:  ${backend.url}   try: curl '${backend.url}/api/menu?diet=vegan'`
            : `  Restaurant backend:  ${botConfig.backendUrl}`,
          kitchen
            ? '  Demo kitchen:        moves each order along every 8 s, so its status changes in the chat (--no-kitchen: off)'
            : '',
          '',
          'Press Ctrl+C to stop.',
          '',
        ].join('\n'),
      );
      await waitForShutdown(async () => {
        await bot.close();
        await backend?.close();
        if (webRoot) rmSync(webRoot, { recursive: true, force: true });
      });
    });
}
