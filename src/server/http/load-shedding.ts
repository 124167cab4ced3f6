import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SheddingConfig } from '../config/parse-bot-config.ts';
import type { BotMetrics } from '../metrics/bot-metrics.ts';

/**
 * Only the API (`/v1/...`: sessions, turns, streams, sockets) is shed: that is where the work is. The web
 * chat's files are cheap and let the page load and show a kind message; probes and metrics answer
 * under pressure (a busy replica is alive, and says how busy it is); the HMAC-signed webhook is
 * cheap and retried by the backend anyway.
 */
function shed(url: string): boolean {
  return url.startsWith('/v1/');
}

/** The body of a shed request (docs/api.md, `503 OVERLOADED`). */
export const OVERLOADED_BODY = {
  error: {
    code: 'OVERLOADED',
    message: 'The service is busy; try again shortly.',
  },
} as const;

/**
 * Sheds load before it queues (@fastify/under-pressure): while the mean event-loop delay of the last
 * sample, the V8 heap used or the resident set size is above its threshold (`config`, from the
 * `SHED_*` variables), every API request (`/v1/...`) is answered at once with
 * `503 OVERLOADED` and `Retry-After`, before its body is read, its session loaded or its turn run.
 * Register it first, so no other hook spends work on a request that is shed. Counts each shed
 * request in `maitre_shed_total{reason}`.
 */
export async function registerLoadShedding(
  app: FastifyInstance,
  config: Readonly<SheddingConfig>,
  metrics: BotMetrics,
): Promise<void> {
  const retryAfter = String(config.retryAfterSeconds);
  await app.register(underPressure, {
    maxEventLoopDelay: config.maxEventLoopDelayMs,
    maxHeapUsedBytes: config.maxHeapUsedBytes,
    maxRssBytes: config.maxRssBytes,
    sampleInterval: config.sampleIntervalMs,
    retryAfter: config.retryAfterSeconds,
    // under-pressure sends what the handler returns (its typings say void); undefined lets the request in
    pressureHandler: ((request: FastifyRequest, reply: FastifyReply, type: string) => {
      if (!shed(request.url)) return undefined;
      metrics.shed.inc({ reason: type });
      reply.code(503).header('retry-after', retryAfter);
      return OVERLOADED_BODY;
    }) as unknown as (request: FastifyRequest, reply: FastifyReply, type: string) => void,
  });
}
