import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SheddingConfig } from '../config/parse-bot-config.ts';
import type { BotMetrics } from '../metrics/bot-metrics.ts';

/** Probes and metrics are answered under pressure: a busy replica is alive, and says how busy it is. */
const NEVER_SHED = new Set(['/healthz', '/readyz', '/metrics']);

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
 * `SHED_*` variables), every request but the probes and `/metrics` is answered at once with
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
      if (NEVER_SHED.has(request.url.split('?')[0] ?? '')) return undefined;
      metrics.shed.inc({ reason: type });
      reply.code(503).header('retry-after', retryAfter);
      return OVERLOADED_BODY;
    }) as unknown as (request: FastifyRequest, reply: FastifyReply, type: string) => void,
  });
}
