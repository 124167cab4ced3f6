import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { silentLogger } from '../core/ports/logger.ts';
import { loadVenue } from '../domain/load-venue.ts';
import type { Venue } from '../domain/venue.ts';
import { ConfigError } from '../errors/index.ts';
import { buildApp } from './build-app.ts';
import type { BotConfig } from './config/parse-bot-config.ts';
import { createBotDeps } from './create-bot-deps.ts';
import { DemoKitchen } from './demo-kitchen.ts';
import { registerWebhook } from './register-webhook.ts';

export interface RunningBot {
  url: string;
  app: FastifyInstance;
  /** Resolves once the webhook subscription is registered (or rejects after retries). */
  webhookRegistered: Promise<void>;
  close(): Promise<void>;
}

/**
 * Wires the bot (core, backend client, memory or Redis adapters), listens on HOST:PORT and subscribes to
 * the backend's order-status webhooks. `backend` overrides BACKEND_URL/BACKEND_SERVICE_TOKEN (embedded).
 */
export async function startBot(
  config: Readonly<BotConfig>,
  options: {
    backend?: { url: string; serviceToken: string };
    venue?: Venue;
    webRoot?: string;
    /** Moves orders through their lifecycle a few seconds apart (`maitre start` demo). */
    demoKitchen?: boolean | { delaySeconds: number };
  } = {},
): Promise<RunningBot> {
  const backendUrl = options.backend?.url ?? config.backendUrl;
  const serviceToken = options.backend?.serviceToken ?? config.backendServiceToken;
  if (!backendUrl) throw new ConfigError('BACKEND_URL', 'is required (the restaurant backend to talk to)');
  if (!serviceToken) throw new ConfigError('BACKEND_SERVICE_TOKEN', 'is required with BACKEND_URL');
  const venue = options.venue ?? loadVenue(config.venue);
  const secret = config.webhookSecret ?? randomBytes(24).toString('base64url');
  const effective: BotConfig = { ...config, webhookSecret: secret };
  const wired = createBotDeps(effective, venue, { url: backendUrl, serviceToken });
  const kitchen = options.demoKitchen
    ? new DemoKitchen({
        backendUrl,
        serviceToken,
        logger: wired.deps.logger ?? silentLogger,
        ...(typeof options.demoKitchen === 'object'
          ? { delaySeconds: options.demoKitchen.delaySeconds }
          : {}),
      })
    : undefined;
  const deps = {
    ...wired.deps,
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
    ...(kitchen
      ? { onOrderEvent: (event: Parameters<DemoKitchen['onOrderEvent']>[0]) => kitchen.onOrderEvent(event) }
      : {}),
  };
  const app = await buildApp(deps, Object.freeze(effective));
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await wired.close();
    if ((error as { code?: unknown }).code === 'EADDRINUSE')
      throw new ConfigError(
        'PORT',
        `${config.port} is already in use on ${config.host}; choose another with PORT`,
      );
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const logger = app.log;
  logger.info({ url, venue: venue.id, redis: Boolean(config.redisUrl) }, 'bot.started');
  if (!config.webhookSecret && config.redisUrl)
    logger.warn({}, 'bot.webhook_secret_generated: set WEBHOOK_SECRET so replicas share one subscription');
  const webhookRegistered = registerWebhook({
    backendUrl,
    serviceToken,
    publicUrl: config.publicUrl ?? url,
    secret,
    logger,
  });
  webhookRegistered.catch((err: unknown) => logger.error({ err }, 'webhook.subscribe_failed'));
  return {
    url,
    app,
    webhookRegistered,
    close: async () => {
      kitchen?.stop();
      await app.close();
      await wired.deps.lock.close();
      await wired.close();
    },
  };
}
