import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { WebhookSubscriptionRequest } from '../../../contract/backend-api.ts';
import { requireService } from '../auth.ts';
import type { RouteDeps } from '../route-deps.ts';
import { validate } from '../validate.ts';

/** Webhook subscriptions (service token). */
export function registerWebhookRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.post('/api/webhooks/subscriptions', async (request, reply) => {
    requireService(request, deps.auth);
    const body = validate(WebhookSubscriptionRequest, request.body, 'body');
    return reply.code(201).send(await deps.subscriptions.create(body.url, body.secret));
  });

  app.get('/api/webhooks/subscriptions', async (request) => {
    requireService(request, deps.auth);
    return deps.subscriptions.list();
  });

  app.delete('/api/webhooks/subscriptions/:id', async (request, reply) => {
    requireService(request, deps.auth);
    const { id } = validate(z.object({ id: z.string().min(1).max(100) }), request.params, 'params');
    await deps.subscriptions.remove(id);
    return reply.code(204).send();
  });
}
