import type { FastifyInstance } from 'fastify';
import { verifyWebhookSignature } from '../../backend/webhooks/sign-webhook.ts';
import { OrderStatusEvent } from '../../contract/backend-api.ts';
import type { BotContext } from '../bot-context.ts';
import { ApiError, validationFailed } from '../http/api-error.ts';

/** Keep event ids long after the signature window closes, so a replay can never slip through. */
const SEEN_TTL_SECONDS = 7 * 86_400;

/** POST /webhooks/backend: signed order-status events → pushes into the order's conversation. */
export function registerWebhookRoute(app: FastifyInstance, ctx: BotContext, secret: string): void {
  app.register(async (scope) => {
    // The signature covers the raw bytes: keep the body as text here.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));
    scope.post('/webhooks/backend', async (request) => {
      const raw = typeof request.body === 'string' ? request.body : '';
      const header = request.headers['maitre-signature'];
      const now = (ctx.deps.clock?.now() ?? new Date()).getTime() / 1000;
      const valid =
        secret.length > 0 &&
        verifyWebhookSignature(
          secret,
          typeof header === 'string' ? header : undefined,
          raw,
          now,
          ctx.config.webhookToleranceSeconds,
        );
      if (!valid) {
        ctx.metrics.webhooks.inc({ result: 'bad_signature' });
        throw new ApiError(
          401,
          'SIGNATURE_INVALID',
          'Missing or invalid Maitre-Signature, or its time is out of range.',
        );
      }
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        throw new ApiError(400, 'INVALID_JSON', 'The webhook body is not JSON.');
      }
      const parsed = OrderStatusEvent.safeParse(json);
      if (!parsed.success) throw validationFailed(parsed.error.issues);
      const event = parsed.data;
      if (!(await ctx.deps.store.markSeen(`webhook:${event.id}`, SEEN_TTL_SECONDS))) {
        ctx.metrics.webhooks.inc({ result: 'duplicate' });
        request.log.info({ eventId: event.id }, 'webhook.replay_refused');
        return { received: true, duplicate: true };
      }
      const { sessionId, stale } = await ctx.conversation.notifyOrderStatus({
        id: event.id,
        orderId: event.data.orderId,
        status: event.data.status,
        createdAt: event.createdAt,
      });
      if (stale) {
        ctx.metrics.webhooks.inc({ result: 'stale' });
        return { received: true, duplicate: false, delivered: false };
      }
      ctx.metrics.webhooks.inc({ result: sessionId ? 'pushed' : 'unknown_order' });
      ctx.deps.onOrderEvent?.(event);
      return { received: true, duplicate: false, delivered: sessionId !== undefined };
    });
  });
}
