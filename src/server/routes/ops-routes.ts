import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import { parse } from 'yaml';
import type { BotContext } from '../bot-context.ts';

const OPENAPI_PATH = new URL('../../../openapi/bot.yaml', import.meta.url);

let openapiCache: unknown;
/** openapi/bot.yaml as an object (read once). */
export function loadBotOpenapi(): unknown {
  openapiCache ??= parse(readFileSync(OPENAPI_PATH, 'utf8'));
  return openapiCache;
}

async function check(probe: () => Promise<unknown>, timeoutMs = 2_000): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      }),
    ]);
    return 'ok';
  } catch (error) {
    return `failed: ${(error as Error).message}`.slice(0, 200);
  } finally {
    clearTimeout(timer);
  }
}

export function registerOpsRoutes(app: FastifyInstance, ctx: BotContext): void {
  // the process is up; with Redis, whether its connection is ready (`redis: false` while unreachable)
  app.get('/healthz', async () =>
    ctx.deps.redisUp ? { status: 'ok', redis: ctx.deps.redisUp() } : { status: 'ok' },
  );

  app.get('/readyz', async (_request, reply) => {
    const checks = {
      backend: await check(ctx.deps.checkBackend ?? (() => ctx.deps.backend.getMenu())),
      sessions: await check(() => ctx.deps.sessions.get('readyz-probe')),
      store: await check(() => ctx.deps.store.ping()),
      ...(ctx.deps.redisUp ? { redis: ctx.deps.redisUp() ? 'ok' : 'failed: not connected' } : {}),
    };
    const ready = Object.values(checks).every((c) => c === 'ok');
    if (!ready)
      return reply.code(503).send({
        status: 'not_ready',
        checks,
        error: { code: 'NOT_READY', message: 'A dependency is unreachable.', details: { checks } },
      });
    return { status: 'ready', checks };
  });

  app.get('/metrics', async (_request, reply) => {
    const extra = ctx.deps.metricsRegistry;
    const registry = extra ? Registry.merge([ctx.metrics.registry, extra]) : ctx.metrics.registry;
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });

  app.get('/v1/openapi.json', async () => loadBotOpenapi());
}
