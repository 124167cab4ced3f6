import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { loadVenue } from '../../domain/load-venue.ts';
import { parseBotConfig } from '../../server/config/parse-bot-config.ts';
import { prepareWebRoot } from '../../server/prepare-web-root.ts';
import { startBot } from '../../server/start-bot.ts';
import { preflightWorkers, reportListening, startWorkers } from '../start-workers.ts';
import { waitForShutdown } from '../wait-for-shutdown.ts';

/**
 * `maitre serve`: the bot service alone, against BACKEND_URL (memory or Redis sessions). With WORKERS > 1
 * (Redis required) this process becomes a cluster primary running WORKERS bot processes on one port.
 */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the bot service (HTTP, SSE, WebSocket) against a running backend (BACKEND_URL)')
    .option('--venue <name>', 'venue folder under restaurants/ (env VENUE)')
    .option('--port <port>', 'port to listen on (env PORT, default 8080)')
    // set by `maitre start` on its workers: the embedded backend's demo kitchen
    .addOption(new Option('--demo-kitchen').hideHelp())
    .action(async (opts: { venue?: string; port?: string; demoKitchen?: boolean }) => {
      const env = { ...process.env };
      if (opts.venue) env.VENUE = opts.venue;
      if (opts.port) env.PORT = opts.port;
      const config = parseBotConfig(env);
      if (config.workers > 1 && cluster.isPrimary) {
        await preflightWorkers(config);
        const pool = await startWorkers(
          config.workers,
          ['serve', ...(opts.demoKitchen ? ['--demo-kitchen'] : [])],
          {
            ...workerEnv(env),
            // one secret for all workers, so they keep one webhook subscription and verify its signatures
            WEBHOOK_SECRET: config.webhookSecret ?? randomBytes(24).toString('base64url'),
          },
        );
        process.stdout.write(`Maitre bot listening on ${pool.url} (${config.workers} workers)\n`);
        await waitForShutdown(() => pool.close());
        return;
      }
      const venue = loadVenue(config.venue);
      const webRoot = await prepareWebRoot(venue);
      const bot = await startBot(config, { venue, webRoot, demoKitchen: Boolean(opts.demoKitchen) });
      if (cluster.isWorker) reportListening(bot.url);
      else process.stdout.write(`Maitre bot listening on ${bot.url}\n`);
      await waitForShutdown(async () => {
        await bot.close();
        rmSync(webRoot, { recursive: true, force: true });
      });
    });
}

/** The variables a worker needs beyond the inherited environment (what the command line set). */
function workerEnv(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['VENUE', 'PORT'] as const) {
    const value = env[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}
