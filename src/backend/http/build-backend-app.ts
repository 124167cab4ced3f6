import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import pino, { type Logger } from 'pino';
import { type Clock, type IdSource, systemClock } from '../../core/ports/index.ts';
import type { Venue } from '../../domain/index.ts';
import type { BackendConfig } from '../config/backend-config.ts';
import type { BackendDatabase } from '../db/open-database.ts';
import { prepareDatabase } from '../db/prepare-database.ts';
import { CartService } from '../domain/cart-service.ts';
import { createBackendContext } from '../domain/create-backend-context.ts';
import { CustomerCancel } from '../domain/customer-cancel.ts';
import { CustomerData } from '../domain/customer-data.ts';
import { OrderLifecycle } from '../domain/order-lifecycle.ts';
import { OrderService } from '../domain/order-service.ts';
import { purgeExpiredKeys } from '../domain/purge-expired-keys.ts';
import type { PaymentProvider } from '../payments/payment-provider.ts';
import { PaymentService } from '../payments/payment-service.ts';
import { SandboxPaymentProvider } from '../payments/sandbox-payment-provider.ts';
import { SubscriptionService } from '../webhooks/subscription-service.ts';
import { WebhookDispatcher } from '../webhooks/webhook-dispatcher.ts';
import { frameworkErrors, installErrorHandling } from './install-error-handling.ts';
import type { RouteDeps } from './route-deps.ts';
import { registerAuthRoutes } from './routes/auth-routes.ts';
import { registerCartRoutes } from './routes/cart-routes.ts';
import { registerCustomerDataRoutes } from './routes/customer-data-routes.ts';
import { registerMenuRoutes } from './routes/menu-routes.ts';
import { registerMetaRoutes } from './routes/meta-routes.ts';
import { registerOrderRoutes } from './routes/order-routes.ts';
import { registerPaymentPageRoutes } from './routes/payment-page-routes.ts';
import { registerWebhookRoutes } from './routes/webhook-routes.ts';

export interface BackendDeps {
  /** An open database; buildBackendApp migrates it and seeds `venue` when it holds no menu. */
  database: BackendDatabase;
  venue: Venue;
  logger?: Logger;
  clock?: Clock;
  ids?: IdSource;
  paymentProvider?: PaymentProvider;
  /** Used by the webhook dispatcher (tests may inject). */
  fetch?: typeof fetch;
}

export type BackendApp = FastifyInstance & {
  backend: {
    dispatcher: WebhookDispatcher;
    serviceToken: string;
    /** Every registered (method, url), Fastify style (`/api/carts/:id`); HEAD routes left out. */
    routes: Array<{ method: string; url: string }>;
  };
};

/**
 * Builds the backend's Fastify app (not listening). The webhook dispatcher starts when the app is
 * ready (if `config.webhook.enabled`) and stops when it closes; the database stays the caller's.
 */
export async function buildBackendApp(deps: BackendDeps, config: BackendConfig): Promise<BackendApp> {
  const logger = deps.logger ?? pino({ level: config.logLevel, base: { service: 'backend' } });
  const clock = deps.clock ?? systemClock;
  const seeded = await prepareDatabase(deps.database, deps.venue.menu, clock.now());
  if (seeded) logger.info({ event: 'backend.seeded', venue: deps.venue.id }, 'backend.seeded');
  const ctx = await createBackendContext(deps.database.db, logger, {
    clock,
    ...(deps.ids ? { ids: deps.ids } : {}),
  });

  // pino's Logger and Fastify's base logger type differ only nominally.
  const app = Fastify({
    loggerInstance: logger as unknown as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimitBytes,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors,
  });
  installErrorHandling(app);
  const routes: Array<{ method: string; url: string }> = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url });
    }
  });

  const serviceToken = config.serviceToken ?? `dev-${randomBytes(18).toString('hex')}`;
  let publicUrl = config.publicUrl ?? `http://${config.host}:${config.port}`;
  app.addHook('onListen', async () => {
    if (config.publicUrl) return;
    const address = app.server.address();
    if (address && typeof address === 'object') publicUrl = `http://${config.host}:${address.port}`;
  });
  const provider = deps.paymentProvider ?? new SandboxPaymentProvider(() => publicUrl);

  const carts = new CartService(ctx);
  const routeDeps: RouteDeps = {
    ctx,
    auth: {
      serviceToken,
      operatorToken: config.operatorToken,
      tokenSecret: config.tokenSecret ?? randomBytes(32).toString('hex'),
      now: () => clock.now().getTime(),
    },
    customerTokenTtlSeconds: config.customerTokenTtlSeconds,
    carts,
    orders: new OrderService(ctx),
    lifecycle: new OrderLifecycle(ctx),
    cancels: new CustomerCancel(ctx),
    customers: new CustomerData(ctx, carts),
    payments: new PaymentService(ctx, provider),
    subscriptions: new SubscriptionService(ctx),
  };
  registerMenuRoutes(app, routeDeps);
  registerAuthRoutes(app, routeDeps);
  registerCartRoutes(app, routeDeps);
  registerOrderRoutes(app, routeDeps);
  registerCustomerDataRoutes(app, routeDeps);
  registerWebhookRoutes(app, routeDeps);
  registerPaymentPageRoutes(app, routeDeps);
  registerMetaRoutes(app, routeDeps);

  const dispatcher = new WebhookDispatcher(ctx.db, clock, logger, config.webhook, deps.fetch, ctx.outbox);
  if (config.webhook.enabled) {
    app.addHook('onReady', async () => dispatcher.start());
  }
  app.addHook('onClose', async () => dispatcher.stop());
  // Housekeeping: forget idempotency keys after 24 h (at start, then hourly).
  let purge: NodeJS.Timeout | undefined;
  const runPurge = () =>
    purgeExpiredKeys(ctx.db, clock.now()).then(
      (n) => n > 0 && logger.info({ event: 'idempotency.purged', count: n }, 'idempotency.purged'),
      (error: unknown) =>
        logger.warn({ event: 'idempotency.purge_failed', err: String(error) }, 'idempotency.purge_failed'),
    );
  app.addHook('onReady', async () => {
    void runPurge();
    purge = setInterval(runPurge, 3_600_000).unref();
  });
  app.addHook('onClose', async () => clearInterval(purge));
  return Object.assign(app as FastifyInstance, { backend: { dispatcher, serviceToken, routes } });
}
