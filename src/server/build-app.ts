import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import type { BotContext } from './bot-context.ts';
import type { BotDeps } from './bot-deps.ts';
import type { BotConfig } from './config/parse-bot-config.ts';
import { ConversationService } from './conversation/conversation-service.ts';
import { ApiError } from './http/api-error.ts';
import { registerCors } from './http/cors.ts';
import { toErrorReply } from './http/error-body.ts';
import { lazyChildLoggerFactory } from './http/lazy-child-logger.ts';
import { registerLoadShedding, registerTurnGate } from './http/load-shedding.ts';
import { botLoggerOptions } from './http/log-redaction.ts';
import { pathOf } from './http/path-of.ts';
import { RateLimits } from './http/rate-limits.ts';
import { fastifyTrustProxy } from './http/trust-proxy.ts';
import { TurnGate } from './http/turn-gate.ts';
import { UTILIZATION_SAMPLES, UtilizationWindow } from './http/utilization-window.ts';
import { BotMetrics } from './metrics/bot-metrics.ts';
import { registerChatRoutes } from './routes/chat-routes.ts';
import { registerOpsRoutes } from './routes/ops-routes.ts';
import { registerParseRoute } from './routes/parse-route.ts';
import { registerSessionRoutes } from './routes/session-routes.ts';
import { registerWebRoutes } from './routes/web-routes.ts';
import { registerWebhookRoute } from './routes/webhook-route.ts';
import { registerWsRoute } from './routes/ws-route.ts';

/** Probes, metrics and the HMAC-signed webhook are not limited per address. */
const UNLIMITED = new Set(['/healthz', '/readyz', '/metrics', '/webhooks/backend']);

/**
 * The bot service as a Fastify app (not listening): every door of docs/api.md over one
 * ConversationService. `startBot` wires real adapters and listens; tests inject fakes.
 */
export async function buildApp(deps: BotDeps, config: Readonly<BotConfig>): Promise<FastifyInstance> {
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: botLoggerOptions(config.logLevel) }),
    bodyLimit: config.bodyLimitBytes,
    // Slow clients: a request (headers and body) must arrive within requestTimeoutMs, its headers within
    // headersTimeoutMs; Node checks every connectionsCheckingInterval. Responses (SSE, WebSocket) are not
    // limited by these.
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    http: {
      headersTimeout: config.headersTimeoutMs,
      connectionsCheckingInterval: Math.max(50, Math.min(2_000, Math.floor(config.requestTimeoutMs / 4))),
    },
    logController: new LogController({
      disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace',
    }),
    // request.log made only when a request logs something (pino's child redacts its bindings at once)
    childLoggerFactory: lazyChildLoggerFactory,
    return503OnClosing: true,
    trustProxy: fastifyTrustProxy(config.trustProxy),
    // Errors raised before routing (a bad URL encoding, ...) get the same error body.
    frameworkErrors: (error, _request, reply) => {
      const { status, body } = toErrorReply(error);
      (reply as unknown as { code(n: number): { send(b: unknown): void } }).code(status).send(body);
    },
  });
  const metrics = new BotMetrics();
  // first: a request shed under pressure costs no other hook's work
  await registerLoadShedding(app, config.shedding, metrics);
  const utilization =
    config.shedding.maxEventLoopUtilization > 0
      ? new UtilizationWindow(config.shedding.sampleIntervalMs, UTILIZATION_SAMPLES)
      : undefined;
  if (utilization) app.addHook('onClose', async () => utilization.stop());
  const turns = new TurnGate(
    config.shedding.maxTurnsInFlight,
    utilization && { window: utilization, max: config.shedding.maxEventLoopUtilization },
  );
  registerTurnGate(app, turns, config.shedding, metrics);
  const ctx: BotContext = {
    deps,
    config,
    metrics,
    conversation: new ConversationService(deps, config, metrics, app.log),
    limits: new RateLimits(config, metrics, deps.redis),
    turns,
  };

  app.setErrorHandler((error, request, reply) => {
    const { status, body, retryAfterSeconds } = toErrorReply(error);
    // a store outage is logged by the Redis watcher (rate-limited), not once per refused request
    if (status >= 500 && body.error.code !== 'STORE_UNAVAILABLE')
      request.log.error({ err: error, path: pathOf(request.url) }, 'http.error');
    if (retryAfterSeconds !== undefined) reply.header('retry-after', String(retryAfterSeconds));
    if (reply.sent || reply.raw.headersSent) return;
    return reply.code(status).send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      error: { code: 'NOT_FOUND', message: `No route ${request.method} ${pathOf(request.url)}` },
    }),
  );
  registerCors(app, config.corsOrigins);
  // callback-style hooks: an async one costs a promise (and a microtask) per request
  app.addHook('onRequest', (request, _reply, done) => {
    if (UNLIMITED.has(pathOf(request.url))) done();
    else ctx.limits.consumeIpThen(request.ip, done);
  });

  await app.register(websocket, { options: { maxPayload: config.bodyLimitBytes } });
  registerOpsRoutes(app, ctx);
  registerSessionRoutes(app, ctx);
  registerChatRoutes(app, ctx);
  registerParseRoute(app, ctx);
  registerWsRoute(app, ctx);
  registerWebhookRoute(app, ctx, config.webhookSecret ?? '');
  registerWebRoutes(app, deps.webRoot);
  app.decorate('botContext', ctx);

  // Graceful close: let requests in flight finish (up to 5 s), then drop every remaining connection
  // (keep-alive sockets, streams whose client vanished) so closing never waits on a client's timeout.
  let inFlight = 0;
  const left = () => {
    inFlight--;
  };
  app.addHook('onRequest', (_request, reply, done) => {
    inFlight++;
    reply.raw.on('close', left); // a response closes once: no once-wrapper per request
    done();
  });
  app.addHook('preClose', async () => {
    const deadline = Date.now() + 5_000;
    while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    app.server.closeAllConnections();
  });
  return app;
}

export { ApiError };
